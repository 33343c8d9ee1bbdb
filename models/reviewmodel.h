#pragma once

#include "core/galleryreview.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace vitrine {

// The findings of a gallery review as a table: image place, problem, message. The review panel
// shows it; the key role leads back to the image.
class ReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PlaceColumn, ProblemColumn, MessageColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: the staged image's key
        SeverityRole,               // int: ReviewFinding::Severity
        KindRole,                   // int: ReviewFinding::Kind
    };

    explicit ReviewModel(QObject *parent = nullptr);

    // Replaces the findings. Only the rows that differ change (rows of the same problem of the
    // same image are updated in place, the others removed or inserted), so a review re-run keeps
    // the view's selection and scroll position and costs the view no full relayout.
    void setFindings(const QList<ReviewFinding> &findings);
    const QList<ReviewFinding> &findings() const;
    // Shown beside each problem, so errors stand out from warnings (the view supplies its
    // style's icons).
    void setSeverityIcons(const QIcon &error, const QIcon &warning);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Missing alt text", "Alt text too long", ...
    static QString problemTitle(ReviewFinding::Kind kind);

private:
    QList<ReviewFinding> m_findings;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace vitrine
