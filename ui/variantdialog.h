#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vitrine {

// Links the selected image(s) to product variants, typed as comma-separated variant ids. An empty
// list unlinks them (the image is shown for every variant).
class VariantDialog : public QDialog {
    Q_OBJECT
public:
    explicit VariantDialog(QWidget *parent = nullptr);

    void setImageCount(int count);
    void setVariantIds(const QStringList &ids);
    // The ids as typed, trimmed, without empties or repeats.
    QStringList variantIds() const;

    // "123, 456 ,,456" → {"123", "456"}; an id with spaces inside is an error (reason filled).
    static QStringList parse(const QString &text, QString *reason = nullptr);

private:
    void revalidate();

    QLabel *m_intro = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vitrine
