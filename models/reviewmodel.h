#pragma once

#include "core/galleryreview.h"

#include <QAbstractTableModel>

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

    // Replaces the findings. Rows are reset only when they differ, so a review re-run after an
    // unrelated change keeps the view's selection and scroll position.
    void setFindings(const QList<ReviewFinding> &findings);
    const QList<ReviewFinding> &findings() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Missing alt text", "Alt text too long", ...
    static QString problemTitle(ReviewFinding::Kind kind);

private:
    QList<ReviewFinding> m_findings;
};

} // namespace vitrine
