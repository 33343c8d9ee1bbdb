#pragma once

#include <QDialog>

class QLabel;

namespace vitrine {

// Help ▸ About Vitrine: what it is, its version, its licence and the Qt it runs on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text, as shown (rich text).
    QString text() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace vitrine
