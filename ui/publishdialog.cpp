#include "ui/publishdialog.h"

#include "ui/icons.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vitrine {

PublishDialog::PublishDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish changes"));
    setMinimumWidth(480);

    auto *previewPage = new QWidget;
    {
        m_headline = new QLabel;
        m_headline->setObjectName(QStringLiteral("publishHeadline"));
        m_headline->setWordWrap(true);
        QFont bold = m_headline->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        m_headline->setFont(bold);
        m_summary = new QLabel;
        m_summary->setObjectName(QStringLiteral("publishSummary"));
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_showRequests = new QToolButton;
        m_showRequests->setText(tr("Show the requests"));
        m_showRequests->setCheckable(true);
        m_showRequests->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_showRequests->setArrowType(Qt::RightArrow);
        m_showRequests->setAutoRaise(true);
        m_requests = new QListWidget;
        m_requests->setObjectName(QStringLiteral("publishRequests"));
        m_requests->setVisible(false);
        m_requests->setAlternatingRowColors(true);
        connect(m_showRequests, &QToolButton::toggled, this, [this](bool on) {
            m_requests->setVisible(on);
            m_showRequests->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            fitToContents();
        });
        auto *layout = new QVBoxLayout(previewPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_headline);
        layout->addWidget(m_summary);
        layout->addWidget(m_showRequests, 0, Qt::AlignLeft);
        layout->addWidget(m_requests, 1);
        layout->addStretch(); // keeps the lines together while the list is folded
    }

    auto *sendingPage = new QWidget;
    {
        m_sendingLabel = new QLabel(tr("Sending changes to the store…"));
        m_sendingLabel->setWordWrap(true);
        m_progress = new QProgressBar;
        m_progress->setObjectName(QStringLiteral("publishProgress"));
        m_progress->setRange(0, 0);
        auto *layout = new QVBoxLayout(sendingPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_sendingLabel);
        layout->addWidget(m_progress);
        layout->addStretch();
    }

    auto *resultsPage = new QWidget;
    {
        m_outcome = new QLabel;
        m_outcome->setObjectName(QStringLiteral("publishOutcome"));
        m_outcome->setWordWrap(true);
        QFont bold = m_outcome->font();
        bold.setBold(true);
        m_outcome->setFont(bold);
        m_failuresLabel = new QLabel(
            tr("These edits were not applied. They stay pending, with the store's message: "
               "changed images are marked in the gallery, and images whose deletion failed are "
               "listed above it, where you can keep them instead. Publish again to retry:"));
        m_failuresLabel->setWordWrap(true);
        m_failures = new QListWidget;
        m_failures->setObjectName(QStringLiteral("publishFailures"));
        m_failures->setWordWrap(true);
        m_failures->setAlternatingRowColors(true);
        auto *layout = new QVBoxLayout(resultsPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_outcome);
        layout->addWidget(m_failuresLabel);
        layout->addWidget(m_failures, 1);
        layout->addStretch(); // keeps the outcome at the top when nothing failed
    }

    m_pages = new QStackedWidget;
    m_pages->addWidget(previewPage);
    m_pages->addWidget(sendingPage);
    m_pages->addWidget(resultsPage);

    m_buttons = new QDialogButtonBox;
    m_publishButton = m_buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setIcon(Icons::get(Icons::Id::Publish));
    m_publishButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setVisible(false);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::startSending);
    connect(m_cancelButton, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &PublishDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    m_failuresLabel->setVisible(false);
    m_failures->setVisible(false);
    showPage(0);
}

void PublishDialog::fitToContents() {
    // Layouts recompute lazily, on a later event loop turn, from the innermost out; the size
    // must follow now (a list shown or hidden, a page switched).
    for (QLayout *l : {m_pages->currentWidget()->layout(), m_pages->layout(), layout()})
        l->invalidate();
    layout()->activate();
    // The height that goes with the width the dialog has (or will have): wrapped lines, such as
    // a long product name in the headline, need it. adjustSize() would take the height for the
    // size hint's narrower width.
    const int w = isVisible() ? width() : qMax(minimumWidth(), sizeHint().width());
    const int h =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    resize(w, qMax(h, minimumSizeHint().height()));
}

void PublishDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    fitToContents(); // now polished: fonts and style margins are the real ones
}

void PublishDialog::showPage(int index) {
    // The request list belongs to the preview: folded away once sending starts, so that it
    // does not keep the room of the pages that follow.
    if (index != 0)
        m_showRequests->setChecked(false);
    // A stacked widget is as large as its largest page; the dialog is as large as the page
    // shown (a folded request list and an empty failure list take no room).
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(index);
    fitToContents();
}

void PublishDialog::showPreview(const QString &storeName, const QString &productName,
                                const PublishPlan &plan, int imagesRemovedByDeleteAll) {
    m_stage = Stage::Preview;
    m_succeeded = m_failed = 0;
    m_cancelling = false;
    m_failures->clear();
    m_failuresLabel->setVisible(false);
    m_failures->setVisible(false);
    showPage(0);
    const QString product = productName.isEmpty() ? tr("this product") : productName;
    const QString store = storeName.isEmpty() ? tr("the store") : storeName;
    m_headline->setText(plan.isEmpty()
                            ? tr("Nothing to publish for %1.").arg(product)
                            : tr("Publish the changes to %1 on %2?").arg(product, store));
    m_summary->setText(describeSummary(plan.summary(imagesRemovedByDeleteAll)));
    m_requests->clear();
    for (const WriteOp &op : plan.ops)
        m_requests->addItem(op.describe());
    m_showRequests->setVisible(!plan.isEmpty());
    m_publishButton->setVisible(true);
    m_publishButton->setEnabled(!plan.isEmpty());
    m_cancelButton->setVisible(true);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(tr("Cancel"));
    m_closeButton->setVisible(false);
    m_progress->setRange(0, qMax(1, int(plan.ops.size())));
    m_progress->setValue(0);
}

PublishDialog::Stage PublishDialog::stage() const {
    return m_stage;
}

QString PublishDialog::summaryText() const {
    return m_summary->text();
}

void PublishDialog::startSending() {
    m_stage = Stage::Sending;
    showPage(1);
    m_publishButton->setVisible(false);
    m_cancelButton->setText(tr("Cancel publishing"));
    m_sendingLabel->setText(tr("Sending changes to the store…"));
    Q_EMIT publishConfirmed();
}

void PublishDialog::setProgress(int done, int total, const QString &current) {
    if (m_stage == Stage::Preview)
        startSending();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qBound(0, done, qMax(1, total)));
    if (m_cancelling)
        return;
    m_sendingLabel->setText(
        current.isEmpty()
            ? tr("Sent %1 of %2 requests…").arg(done).arg(total)
            : tr("Request %1 of %2: %3").arg(qMin(done + 1, total)).arg(total).arg(current));
}

void PublishDialog::addResult(const QString &what, bool ok, const QString &storeMessage) {
    if (ok) {
        ++m_succeeded;
        return;
    }
    ++m_failed;
    auto *item =
        new QListWidgetItem(Icons::get(Icons::Id::Warning),
                            storeMessage.isEmpty() ? what : tr("%1 — %2").arg(what, storeMessage));
    item->setToolTip(storeMessage);
    item->setForeground(Theme::color(Theme::Role::Failed, palette()));
    m_failures->addItem(item);
}

void PublishDialog::finish(const QString &outcome) {
    m_stage = Stage::Done;
    showPage(2);
    QString text = outcome;
    if (text.isEmpty()) {
        text = m_failed == 0 ? tr("All changes were published.")
                             : tr("%1 of %2 requests succeeded; %3 failed.")
                                   .arg(m_succeeded)
                                   .arg(m_succeeded + m_failed)
                                   .arg(m_failed);
    }
    m_outcome->setText(text);
    m_failuresLabel->setVisible(m_failed > 0);
    m_failures->setVisible(m_failed > 0);
    fitToContents();
    m_publishButton->setVisible(false);
    m_cancelButton->setVisible(false);
    m_closeButton->setVisible(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
}

void PublishDialog::reject() {
    // While sending, closing the window means "stop", not "hide and carry on in the dark".
    if (m_stage == Stage::Sending) {
        if (!m_cancelling) {
            m_cancelling = true;
            m_cancelButton->setEnabled(false);
            m_cancelButton->setText(tr("Cancelling…"));
            m_sendingLabel->setText(
                tr("Cancelling: requests already sent finish; the rest stay pending."));
            Q_EMIT cancelRequested();
        }
        return;
    }
    QDialog::reject();
}

} // namespace vitrine
