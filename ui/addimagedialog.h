#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace vitrine {

class AltTextLineEdit;
class ImageUrlField;

// Adds an image by URL, with optional alt text. Both fields validate as the user types; OK stays
// disabled while anything is wrong and its tooltip (and the line under the field) says why.
class AddImageDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddImageDialog(QWidget *parent = nullptr);

    // The store's alt text limit for new images (0: none).
    void setAltLimit(int limit);
    void setProductName(const QString &name);

    QString url() const;     // trimmed
    QString altText() const; // trimmed, NFC
    bool isAcceptable() const;
    // Why OK is disabled; empty when it is enabled.
    QString problem() const;

    ImageUrlField *urlField() const;
    AltTextLineEdit *altEdit() const;

private:
    void revalidate();

    QLabel *m_intro = nullptr;
    ImageUrlField *m_url = nullptr;
    AltTextLineEdit *m_alt = nullptr;
    QLabel *m_altFeedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vitrine
