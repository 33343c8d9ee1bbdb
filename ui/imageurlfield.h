#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace vitrine {

// A URL line edit that validates as the user types (http/https, well-formed; core/validation.h)
// and says what is wrong right under it. Used by the add-image and replace-URL dialogs.
class ImageUrlField : public QWidget {
    Q_OBJECT
public:
    explicit ImageUrlField(QWidget *parent = nullptr);

    QString url() const; // trimmed
    void setUrl(const QString &url);
    // A URL that is valid but must not be accepted (e.g. the image's current one), with the reason.
    void setRejectedUrl(const QString &url, const QString &reason);
    bool isAcceptable() const;
    // Why the URL cannot be used; empty when it can. Empty input says what to type.
    QString problem() const;
    QLineEdit *lineEdit() const;

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    void revalidate();

    QLineEdit *m_edit = nullptr;
    QLabel *m_feedback = nullptr;
    QString m_rejectedUrl;
    QString m_rejectedReason;
    QString m_problem;
    bool m_acceptable = false;
};

} // namespace vitrine
