#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace vitrine {

// Publishing every product with staged edits, in one window: the summary ("12 products, 40
// edits → 64 requests, about 16 seconds at the store's 4 requests a second"), then one progress
// with Cancel, then what happened product by product (failures with the store's message; their
// edits stay staged). No networking: publishConfirmed/cancelRequested go to the controller.
class CatalogPublishDialog : public QDialog {
    Q_OBJECT
public:
    enum class Stage { Preview, Publishing, Done };
    Q_ENUM(Stage)

    explicit CatalogPublishDialog(QWidget *parent = nullptr);

    // seconds: at the store's rate; 0 when it has no known limit.
    void showPreview(const QString &storeName, int products, int edits, int requests,
                     double seconds, double requestsPerSecond);
    Stage stage() const { return m_stage; }
    QString summaryText() const;

public Q_SLOTS:
    void setProductProgress(int index, int count, const QString &title);
    void setRequestProgress(qint64 sent, qint64 planned);
    // A product is done: ok, or its message (its edits stay staged).
    void addResult(const QString &title, bool ok, const QString &message);
    void finish(const QString &outcome);
    // While publishing, closing means "stop": asks to cancel (once) and stays open.
    void reject() override;

Q_SIGNALS:
    void publishConfirmed();
    void cancelRequested();

private:
    QLabel *m_summary = nullptr;
    QLabel *m_current = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_results = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    Stage m_stage = Stage::Preview;
    bool m_cancelling = false;
};

} // namespace vitrine
