#include "ui/variantdialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vitrine {

VariantDialog::VariantDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("variantDialog"));
    setWindowTitle(tr("Set variants"));
    setMinimumWidth(420);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("variantIds"));
    m_edit->setPlaceholderText(tr("e.g. 40123, 40124"));
    m_edit->setClearButtonEnabled(true);
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set variants"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &VariantDialog::revalidate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Variant ids:"), m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(m_buttons);
    setImageCount(1);
    revalidate();
}

void VariantDialog::setImageCount(int count) {
    m_intro->setText(count == 1 ? tr("Show this image only for these variants. Separate ids with "
                                     "commas; leave empty to show it for every variant.")
                                : tr("Show these %1 images only for these variants. Separate ids "
                                     "with commas; leave empty to show them for every variant.")
                                      .arg(count));
}

void VariantDialog::setVariantIds(const QStringList &ids) {
    m_edit->setText(ids.join(QStringLiteral(", ")));
}

QStringList VariantDialog::variantIds() const {
    return parse(m_edit->text());
}

QStringList VariantDialog::parse(const QString &text, QString *reason) {
    static const QRegularExpression innerSpace(QStringLiteral("\\s"));
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString id = part.trimmed();
        if (id.isEmpty() || ids.contains(id))
            continue;
        if (id.contains(innerSpace)) {
            if (reason)
                *reason = tr("“%1” is not a variant id: ids have no spaces; separate them with "
                             "commas.")
                              .arg(id);
            return {};
        }
        ids << id;
    }
    if (reason)
        reason->clear();
    return ids;
}

void VariantDialog::revalidate() {
    QString reason;
    const QStringList ids = parse(m_edit->text(), &reason);
    const bool ok = reason.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    QPalette palette = m_feedback->palette();
    if (!ok) {
        palette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, palette));
        m_feedback->setText(reason);
    } else {
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
        m_feedback->setText(
            ids.isEmpty()
                ? tr("No variant: shown for every variant.")
                : (ids.size() == 1 ? tr("1 variant: %1") : tr("%1 variants: %2").arg(ids.size()))
                      .arg(ids.join(QStringLiteral(", "))));
    }
    m_feedback->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(reason);
}

} // namespace vitrine
