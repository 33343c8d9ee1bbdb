#include "ui/catalogpublishdialog.h"

#include "ui/icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace vitrine {

CatalogPublishDialog::CatalogPublishDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Publish All"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Requests sent"));
    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("Products published"));
    m_buttons = new QDialogButtonBox(this);
    m_publish = m_buttons->addButton(tr("&Publish All"), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();
    m_current->hide();
    m_progress->hide();
    m_results->hide();
    connect(m_publish, &QPushButton::clicked, this, [this] {
        m_stage = Stage::Publishing;
        m_publish->hide();
        m_current->show();
        m_progress->show();
        m_results->show();
        m_current->setText(tr("Starting…"));
        Q_EMIT publishConfirmed();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CatalogPublishDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_current);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    resize(520, 220);
}

void CatalogPublishDialog::showPreview(const QString &storeName, int products, int edits,
                                       int requests, double seconds, double requestsPerSecond) {
    m_stage = Stage::Preview;
    const QLocale locale;
    QString text =
        tr("Publish to %1: %2, %3 → %4.")
            .arg(storeName, tr("%n product(s)", nullptr, products),
                 tr("%n edit(s)", nullptr, edits), tr("%n request(s)", nullptr, requests));
    if (seconds > 0)
        text += QLatin1Char(' ') +
                tr("About %1 at the store's rate of %2 requests a second.")
                    .arg(seconds < 90 ? tr("%n second(s)", nullptr, int(std::ceil(seconds)))
                                      : tr("%n minute(s)", nullptr, int(std::ceil(seconds / 60))),
                         locale.toString(requestsPerSecond));
    text += QLatin1Char(' ') + tr("Each product is checked for changes made elsewhere first; a "
                                  "product that fails keeps its edits staged.");
    m_summary->setText(text);
    m_publish->setEnabled(products > 0);
}

QString CatalogPublishDialog::summaryText() const {
    return m_summary->text();
}

void CatalogPublishDialog::setProductProgress(int index, int count, const QString &title) {
    m_current->setText(tr("Product %1 of %2: %3").arg(index + 1).arg(count).arg(title));
}

void CatalogPublishDialog::setRequestProgress(qint64 sent, qint64 planned) {
    m_progress->setRange(0, int(std::max(sent, planned)));
    m_progress->setValue(int(sent));
}

void CatalogPublishDialog::addResult(const QString &title, bool ok, const QString &message) {
    auto *item =
        new QListWidgetItem(ok ? Icons::get(Icons::Id::Publish) : Icons::get(Icons::Id::Warning),
                            ok ? title : tr("%1: %2").arg(title, message), m_results);
    item->setToolTip(message);
}

void CatalogPublishDialog::finish(const QString &outcome) {
    m_stage = Stage::Done;
    m_current->setText(outcome);
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
}

void CatalogPublishDialog::reject() {
    if (m_stage == Stage::Publishing) {
        if (!m_cancelling) {
            m_cancelling = true;
            m_current->setText(tr("Stopping: no new request is sent; waiting for the answers to "
                                  "those already sent…"));
            Q_EMIT cancelRequested();
        }
        return;
    }
    QDialog::reject();
}

} // namespace vitrine
