#include "ui/replaceurldialog.h"

#include "ui/icons.h"
#include "ui/imageurlfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vitrine {

ReplaceUrlDialog::ReplaceUrlDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("replaceUrlDialog"));
    setWindowTitle(tr("Replace image URL"));
    setWindowIcon(Icons::get(Icons::Id::ReplaceUrl));
    setMinimumWidth(520);
    m_current = new QLabel;
    m_current->setObjectName(QStringLiteral("currentUrl"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    m_url = new ImageUrlField;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url->lineEdit(), &QLineEdit::textChanged, this, &ReplaceUrlDialog::revalidate);

    auto *intro = new QLabel(tr("The image keeps its place, alt text and variants; the store "
                                "downloads the picture from the new address when you publish."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Current URL:"), m_current);
    form->addRow(tr("&New URL:"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_url->setFocus();
    revalidate();
}

void ReplaceUrlDialog::setCurrentUrl(const QString &url) {
    m_current->setText(url);
    m_url->setRejectedUrl(url, tr("This is the image's current address."));
    m_url->setUrl(url);
    m_url->lineEdit()->selectAll();
    revalidate();
}

QString ReplaceUrlDialog::url() const {
    return m_url->url();
}

bool ReplaceUrlDialog::isAcceptable() const {
    return m_url->isAcceptable();
}

ImageUrlField *ReplaceUrlDialog::urlField() const {
    return m_url;
}

void ReplaceUrlDialog::revalidate() {
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_url->isAcceptable());
    ok->setToolTip(m_url->problem());
}

} // namespace vitrine
