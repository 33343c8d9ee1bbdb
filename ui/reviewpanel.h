#pragma once

#include "core/galleryreview.h"
#include "core/productimage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace vitrine {

class DuplicatePairView;
class EditSession;
class ReviewModel;
class SpellChecker;
class ThumbnailCache;

// The gallery review (QA): every problem of the staged gallery — missing, overlong or
// meaningless alt text, duplicates, broken and tiny images — in a list that leads to the image,
// with an export to CSV or JSON. It follows the session and the thumbnail cache by itself: an
// edit re-runs the review on the next turn of the event loop, thumbnails arriving at most every
// 50 ms, and only what changed is judged again (IncrementalReview) and changes rows
// (ReviewModel). Hidden, it does nothing until shown. Showing it loads every image of the
// gallery so broken and tiny ones can be judged.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    ReviewPanel(EditSession *session, ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    void setProduct(const QString &productId, const QString &title);
    void setMinimumSide(int pixels);
    // The dictionary of the alt-spelling rule (not owned; null: spelling is not checked).
    void setSpellChecker(const SpellChecker *checker);
    // The product's variants (names, which image each shows), for alt-misses-variant (empty:
    // not known).
    void setVariants(const VariantLinks &variants);

    ReviewModel *model() const;
    QTreeView *view() const;
    QLabel *summaryLabel() const;
    QPushButton *exportButton() const;
    // The pair of a selected duplicate-picture finding, side by side.
    DuplicatePairView *duplicatePairView() const;

    // What the review sees now (the staged gallery and what is known of each image).
    QList<ReviewImage> reviewImages() const;
    // Writes the findings to path: JSON when it ends in .json, CSV otherwise. False with *error
    // (a sentence) when the file cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void refresh();
    void exportWithDialog();

Q_SIGNALS:
    // The reviewer activated a finding: show that image.
    void imageActivated(const QString &key);
    // The reviewer asked to delete an image (the later copy of a duplicate picture).
    void deleteRequested(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void scheduleRefresh();
    void scheduleBatchedRefresh();
    void requestAllThumbnails();
    void showSelectedPair();

    QPointer<EditSession> m_session;
    QPointer<ThumbnailCache> m_thumbnails;
    IncrementalReview m_review;
    ReviewModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_export;
    QTimer *m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    bool m_stale = false; // something changed while the panel was hidden
    DuplicatePairView *m_pair;
    const SpellChecker *m_spelling = nullptr;
    VariantLinks m_variants;
    QString m_productId;
    QString m_productTitle;
    int m_minimumSide = 300;
};

} // namespace vitrine
