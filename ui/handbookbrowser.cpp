#include "ui/handbookbrowser.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vitrine {

HandbookBrowser::HandbookBrowser(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("handbookBrowser"));
    setWindowTitle(tr("Vitrine Handbook"));
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("handbookText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(homePage(), QTextDocument::MarkdownResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QUrl HandbookBrowser::homePage() {
    return QUrl(QStringLiteral("qrc:/vitrine/handbook/README.md"));
}

QTextBrowser *HandbookBrowser::browser() const {
    return m_browser;
}

} // namespace vitrine
