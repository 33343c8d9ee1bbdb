#include "ui/imageurlfield.h"

#include "core/validation.h"
#include "ui/theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vitrine {

ImageUrlField::ImageUrlField(QWidget *parent)
    : QWidget(parent) {
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("imageUrl"));
    m_edit->setPlaceholderText(QStringLiteral("https://cdn.example.com/images/sofa-front.jpg"));
    m_edit->setClearButtonEnabled(true);
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("urlFeedback"));
    m_feedback->setWordWrap(true);
    QFont small = m_feedback->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_feedback->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ImageUrlField::revalidate);
    revalidate();
}

QString ImageUrlField::url() const {
    return m_edit->text().trimmed();
}

void ImageUrlField::setUrl(const QString &url) {
    m_edit->setText(url);
}

void ImageUrlField::setRejectedUrl(const QString &url, const QString &reason) {
    m_rejectedUrl = url.trimmed();
    m_rejectedReason = reason;
    revalidate();
}

bool ImageUrlField::isAcceptable() const {
    return m_acceptable;
}

QString ImageUrlField::problem() const {
    return m_problem;
}

QLineEdit *ImageUrlField::lineEdit() const {
    return m_edit;
}

void ImageUrlField::revalidate() {
    const bool was = m_acceptable;
    const ValidationResult verdict = validateImageUrl(m_edit->text());
    if (!verdict)
        m_problem = verdict.message;
    else if (!m_rejectedUrl.isEmpty() && url() == m_rejectedUrl)
        m_problem = m_rejectedReason;
    else
        m_problem.clear();
    m_acceptable = m_problem.isEmpty();

    // An empty field is not an error yet: say what to type, in the normal colour.
    const bool untouched = m_edit->text().trimmed().isEmpty();
    QPalette palette = m_feedback->palette();
    palette.setColor(QPalette::WindowText,
                     untouched || m_acceptable
                         ? this->palette().color(QPalette::Disabled, QPalette::WindowText)
                         : Theme::color(Theme::Role::Failed, this->palette()));
    m_feedback->setPalette(palette);
    m_feedback->setText(m_acceptable ? tr("The store downloads the image from this address.")
                                     : m_problem);
    if (was != m_acceptable)
        Q_EMIT acceptableChanged(m_acceptable);
}

} // namespace vitrine
