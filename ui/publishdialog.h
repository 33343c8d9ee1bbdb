#pragma once

#include "core/publishplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace vitrine {

// Publishing in three steps, in one window: the preview ("2 reorders, 3 alt text edits, 1 delete →
// 6 requests", with the requests themselves a click away), the progress with Cancel, and the
// results, where every failed edit is listed with the store's own message. The dialog does no
// networking: publishConfirmed/cancelRequested go to the controller, which feeds progress back.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    enum class Stage { Preview, Sending, Done };
    Q_ENUM(Stage)

    explicit PublishDialog(QWidget *parent = nullptr);

    // Step 1. productName as a sentence names it (ProductName::inSentence; empty: "this
    // product"). imagesRemovedByDeleteAll counts a delete-all request's images in the summary.
    void showPreview(const QString &storeName, const QString &productName, const PublishPlan &plan,
                     int imagesRemovedByDeleteAll = 0);
    Stage stage() const;
    QString summaryText() const;

public Q_SLOTS:
    // Step 2, fed by the controller while requests go out.
    void setProgress(int done, int total, const QString &current = {});
    void addResult(const QString &what, bool ok, const QString &storeMessage = {});
    // Step 3. outcome is one sentence ("Published 5 of 6 edits."); the failures listed so far stay.
    void finish(const QString &outcome);
    // While sending, closing means "stop": asks to cancel (once) and stays open.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void publishConfirmed();
    void cancelRequested();

private:
    void startSending();
    void showPage(int index);
    void fitToContents();

    QStackedWidget *m_pages = nullptr;
    // Preview page
    QLabel *m_headline = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_showRequests = nullptr;
    QListWidget *m_requests = nullptr;
    // Sending page
    QLabel *m_sendingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    // Results page
    QLabel *m_outcome = nullptr;
    QLabel *m_failuresLabel = nullptr;
    QListWidget *m_failures = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    Stage m_stage = Stage::Preview;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_cancelling = false;
};

} // namespace vitrine
