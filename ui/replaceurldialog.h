#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace vitrine {

class ImageUrlField;

// Points an existing image at another URL (where the store can change an image's source). The new
// URL validates as the user types and must differ from the current one.
class ReplaceUrlDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReplaceUrlDialog(QWidget *parent = nullptr);

    void setCurrentUrl(const QString &url);
    QString url() const;
    bool isAcceptable() const;
    ImageUrlField *urlField() const;

private:
    void revalidate();

    QLabel *m_current = nullptr;
    ImageUrlField *m_url = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vitrine
