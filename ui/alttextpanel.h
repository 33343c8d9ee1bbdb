#pragma once

#include <QPointer>
#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vitrine {

class AltTextCounter;
class EditSession;
class ThumbnailCache;

// The alt text side panel: shows the selected image(s) and edits their alt text with a live
// "n / limit" counter. The limit is the store's for these images (SHOPLINE: 255 for new images,
// 512 for existing ones; the smallest applies to a mixed selection). Over the limit the counter
// turns red and Apply is disabled with the reason; one text can be applied to many images at once,
// as one undo step.
class AltTextPanel : public QWidget {
    Q_OBJECT
public:
    explicit AltTextPanel(ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    void setEditSession(EditSession *session);
    // The selection to follow; its model must list the gallery's rows in order.
    void setSelectionModel(QItemSelectionModel *selection);

    QList<int> rows() const;
    QString text() const;
    // Why Apply is disabled; empty when it is enabled or there is simply nothing to apply.
    QString problem() const;
    bool canApply() const;

    QPlainTextEdit *editor() const;
    AltTextCounter *counter() const;
    QPushButton *applyButton() const;

public Q_SLOTS:
    bool apply();
    void revert();
    // Puts the cursor in the text field (F2 on a multi-selection lands here).
    void focusEditor();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    bool isDirty() const;
    void revalidate();
    void updatePreview();
    void thumbnailArrived(const QUrl &url);
    QList<QUrl> previewUrls() const;
    QString currentCommonAlt(bool *mixed) const;

    QPointer<ThumbnailCache> m_thumbnails;
    QPointer<EditSession> m_session;
    QPointer<QItemSelectionModel> m_selection;
    QList<int> m_rows;
    QString m_loadedText;
    bool m_mixed = false;
    QString m_problem;

    QLabel *m_title = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_limitNote = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    AltTextCounter *m_counter = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace vitrine
