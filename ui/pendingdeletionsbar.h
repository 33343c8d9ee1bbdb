#pragma once

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QUrl>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace vitrine {

class EditSession;
class ThumbnailCache;

// The images staged for deletion, above the gallery. A deleted image has no card any more, so
// this strip is where it stays visible until the store has really deleted it: each one with its
// thumbnail, where it was, and — when publishing its deletion failed or was not sent — the
// store's message; "Keep Image" takes it back (EditSession::keepImages, one undo step), and
// "Publish Again…" retries. Hidden while nothing is staged for deletion.
class PendingDeletionsBar : public QFrame {
    Q_OBJECT
public:
    // Neither is owned; the thumbnail cache may be null (no pictures).
    PendingDeletionsBar(EditSession *session, ThumbnailCache *thumbnails,
                        QWidget *parent = nullptr);

    // The images listed, failed deletions first, then in the store's order.
    QStringList listedIds() const;
    // The line shown under an image: the store's message for a failed deletion, or what happens
    // on publishing. Empty when id is not listed.
    QString messageOf(const QString &id) const;
    int failedCount() const;
    QString headlineText() const;
    // The "Keep Image" button of a listed image; null when id is not listed.
    QPushButton *keepButton(const QString &id) const;
    QPushButton *keepAllButton() const { return m_keepAll; }
    QPushButton *publishAgainButton() const { return m_publishAgain; }

Q_SIGNALS:
    // The user kept these images (they are back in the gallery).
    void imagesKept(const QStringList &ids);
    // "Publish Again…": retry the staged deletions (and whatever else is pending).
    void publishRequested();
    void statusMessage(const QString &message);

private:
    struct Row {
        QWidget *widget = nullptr;
        QLabel *picture = nullptr;
        QLabel *message = nullptr;
        QPushButton *keep = nullptr;
        QUrl url;
    };

    void rebuild();
    void keep(const QStringList &ids);
    void updatePicture(const QUrl &url);
    void setPicture(const Row &row);

    QPointer<EditSession> m_session;
    QPointer<ThumbnailCache> m_thumbnails;
    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QPushButton *m_publishAgain = nullptr;
    QPushButton *m_keepAll = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QStringList m_ids;
    QHash<QString, Row> m_rows;
    // Where each deleted image was in the gallery when it was deleted (its badge's number then),
    // by store id; images deleted in an earlier session go by their place as loaded.
    QHash<QString, int> m_placeWhenDeleted;
    int m_failed = 0;
};

} // namespace vitrine
