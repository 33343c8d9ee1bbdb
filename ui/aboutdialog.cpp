#include "ui/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

namespace vitrine {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Vitrine"));

    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    // The licence is the one of LICENSE and the package's copyright file (MIT).
    const QString body =
        QStringLiteral("<h2>Vitrine %1</h2>").arg(QStringLiteral(VITRINE_VERSION).toHtmlEscaped()) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("Edit the image galleries of your store's products: reorder, describe, "
                    "clean up, then publish with the fewest requests.")
                     .toHtmlEscaped()) +
        QStringLiteral("<p>%1</p>").arg(tr("Released under the MIT licence.").toHtmlEscaped()) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("Built with Qt %1, running on Qt %2.")
                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                     .toHtmlEscaped());
    m_text = new QLabel(body);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::text() const {
    return m_text->text();
}

} // namespace vitrine
