#include "ui/addimagedialog.h"

#include "core/validation.h"
#include "ui/alttextlineedit.h"
#include "ui/icons.h"
#include "ui/imageurlfield.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitrine {

AddImageDialog::AddImageDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("addImageDialog"));
    setWindowTitle(tr("Add image by URL"));
    setWindowIcon(Icons::get(Icons::Id::AddImage));
    setMinimumWidth(520);

    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_url = new ImageUrlField;
    m_alt = new AltTextLineEdit;
    m_alt->setObjectName(QStringLiteral("altText"));
    m_altFeedback = new QLabel;
    m_altFeedback->setObjectName(QStringLiteral("altFeedback"));
    m_altFeedback->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add image"));
    ok->setIcon(Icons::get(Icons::Id::AddImage));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &ImageUrlField::acceptableChanged, this, &AddImageDialog::revalidate);
    connect(m_url->lineEdit(), &QLineEdit::textChanged, this, &AddImageDialog::revalidate);
    connect(m_alt, &QLineEdit::textChanged, this, &AddImageDialog::revalidate);

    auto *form = new QFormLayout;
    form->addRow(tr("Image &URL:"), m_url);
    form->addRow(tr("&Alt text:"), m_alt);
    form->addRow(QString(), m_altFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setProductName(QString());
    m_url->setFocus();
    revalidate();
}

void AddImageDialog::setAltLimit(int limit) {
    m_alt->setLimit(limit);
    revalidate();
}

void AddImageDialog::setProductName(const QString &name) {
    m_intro->setText((name.isEmpty()
                          ? tr("The image is added at the end of the gallery.")
                          : tr("The image is added at the end of the gallery of %1.").arg(name)) +
                     QLatin1Char(' ') + tr("It reaches the store when you publish."));
}

QString AddImageDialog::url() const {
    return m_url->url();
}

QString AddImageDialog::altText() const {
    return normalizedAltText(m_alt->text().trimmed());
}

bool AddImageDialog::isAcceptable() const {
    return problem().isEmpty();
}

QString AddImageDialog::problem() const {
    if (!m_url->isAcceptable())
        return m_url->problem();
    if (!m_alt->isAcceptable())
        return m_alt->refusal();
    return {};
}

ImageUrlField *AddImageDialog::urlField() const {
    return m_url;
}

AltTextLineEdit *AddImageDialog::altEdit() const {
    return m_alt;
}

void AddImageDialog::revalidate() {
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const QString why = problem();
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why);
    QPalette palette = m_altFeedback->palette();
    if (!m_alt->isAcceptable()) {
        palette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, this->palette()));
        m_altFeedback->setText(m_alt->refusal());
    } else {
        palette.setColor(QPalette::WindowText,
                         this->palette().color(QPalette::Disabled, QPalette::WindowText));
        m_altFeedback->setText(m_alt->text().trimmed().isEmpty()
                                   ? tr("Optional, but recommended: without it the image is "
                                        "invisible to screen readers and search engines.")
                                   : QString());
    }
    m_altFeedback->setPalette(palette);
}

} // namespace vitrine
