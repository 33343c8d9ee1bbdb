#include "ui/alttemplatedialog.h"

#include "models/alttemplatepreviewmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace vitrine {

AltTemplateDialog::AltTemplateDialog(QList<AltTextProduct> products,
                                     AltTemplatePreview::Limits limits, QWidget *parent)
    : QDialog(parent)
    , m_products(std::move(products))
    , m_limits(limits)
    , m_edit(new QLineEdit)
    , m_saved(new QComboBox)
    , m_save(new QPushButton(tr("Save As…")))
    , m_delete(new QPushButton(tr("Delete")))
    , m_mode(new QComboBox)
    , m_error(new QLabel)
    , m_summary(new QLabel)
    , m_view(new QTableView)
    , m_model(new AltTemplatePreviewModel(this))
    , m_apply(new QPushButton)
    , m_typingPause(new QTimer(this)) {
    setWindowTitle(tr("Alt Text from a Template"));
    setObjectName(QStringLiteral("altTemplateDialog"));

    m_edit->setPlaceholderText(QStringLiteral("{title} – {variant}, view {place} of {count}"));
    m_edit->setAccessibleName(tr("Template"));
    m_edit->setClearButtonEnabled(true);
    m_saved->setAccessibleName(tr("Saved templates"));
    m_saved->setMinimumContentsLength(14);
    m_saved->setToolTip(tr("Use a template saved earlier"));
    m_delete->setToolTip(tr("Forget the saved template chosen on the left"));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_edit, 1);
    templateRow->addWidget(m_saved);
    templateRow->addWidget(m_save);
    templateRow->addWidget(m_delete);

    auto *help =
        new QLabel(tr("Placeholders: {title} {variant} {place} {count} {vendor} {type} {file}. "
                      "[…] is an optional part, left out when a placeholder in it is empty."));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    m_mode->addItem(tr("Only images without alt text"), int(AltWriteMode::Empty));
    m_mode->addItem(tr("Every image (replace its alt text)"), int(AltWriteMode::Replace));
    m_mode->addItem(tr("After the alt text an image has (append)"), int(AltWriteMode::Append));
    m_mode->setAccessibleName(tr("Write"));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Images the template changes"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AltTemplatePreviewModel::BeforeColumn, 220);
    m_view->setColumnWidth(AltTemplatePreviewModel::AfterColumn, 300);
    m_view->horizontalHeader()->setSectionResizeMode(AltTemplatePreviewModel::StageColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AltTemplatePreviewModel::PlaceColumn,
                                                     QHeaderView::ResizeToContents);

    auto *checkAll = new QPushButton(tr("Check All"));
    auto *checkNone = new QPushButton(tr("Uncheck All"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(checkAll);
    bottom->addWidget(checkNone);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *form = new QFormLayout;
    // The label's mnemonic goes to the text field, not to the row that holds it (a QLabel whose
    // buddy takes no focus shows the '&' itself).
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_edit);
    form->addRow(templateLabel, templateRow);
    form->addRow(QString(), help);
    form->addRow(tr("&Write:"), m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1000, 640);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(150);
    connect(m_typingPause, &QTimer::timeout, this, &AltTemplateDialog::startPreview);
    connect(m_edit, &QLineEdit::textChanged, this, &AltTemplateDialog::schedulePreview);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AltTemplateDialog::schedulePreview);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setTemplateText(m_savedTemplates.value(m_saved->itemText(index)));
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &AltTemplateDialog::askNameAndSave);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0)
            Q_EMIT deleteRequested(m_saved->currentText());
    });
    connect(checkAll, &QPushButton::clicked, m_model, [this] { m_model->setAllChecked(true); });
    connect(checkNone, &QPushButton::clicked, m_model, [this] { m_model->setAllChecked(false); });
    connect(m_model, &AltTemplatePreviewModel::checkedCountChanged, this,
            &AltTemplateDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<AltTemplatePreview>::finished, this,
            &AltTemplateDialog::showPreview);

    setSavedTemplates({});
    schedulePreview();
}

AltTemplateDialog::~AltTemplateDialog() {
    // The computation holds its own copies; wait so that nothing outlives the dialog's thread use.
    m_watcher.waitForFinished();
}

void AltTemplateDialog::setScope(const AltTemplatePreview::ImageScope &scope) {
    m_scope = scope;
    schedulePreview();
}

void AltTemplateDialog::setSavedTemplates(const QMap<QString, QString> &byName) {
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    m_savedTemplates = byName;
    m_saved->clear();
    m_saved->addItem(byName.isEmpty() ? tr("No saved templates") : tr("Saved templates…"));
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        m_saved->addItem(it.key());
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(current)));
    m_saved->setEnabled(!byName.isEmpty());
    updateButtons();
}

void AltTemplateDialog::setTemplateText(const QString &text) {
    m_edit->setText(text);
}

QString AltTemplateDialog::templateText() const {
    return m_edit->text();
}

void AltTemplateDialog::setMode(AltWriteMode mode) {
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

AltWriteMode AltTemplateDialog::mode() const {
    return AltWriteMode(m_mode->currentData().toInt());
}

QList<AltTemplateChange> AltTemplateDialog::chosenChanges() const {
    return m_model->checkedChanges();
}

bool AltTemplateDialog::isComputing() const {
    return m_computing || m_typingPause->isActive();
}

void AltTemplateDialog::saveAs(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !AltTemplate::parse(templateText()).isValid())
        return;
    Q_EMIT saveRequested(trimmed, templateText());
}

void AltTemplateDialog::askNameAndSave() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Template"), tr("Save this template as:"), QLineEdit::Normal,
        m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
    if (ok)
        saveAs(name);
}

void AltTemplateDialog::schedulePreview() {
    const AltTemplate parsed = AltTemplate::parse(templateText());
    m_error->setText(parsed.error());
    m_error->setVisible(!parsed.isValid());
    if (!parsed.isValid()) {
        m_typingPause->stop();
        m_again = false;
        m_model->setPreview({});
        m_summary->setText(tr("Fix the template to see what it writes."));
        updateButtons();
        return;
    }
    m_typingPause->start();
    updateButtons();
}

void AltTemplateDialog::startPreview() {
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const AltTemplate parsed = AltTemplate::parse(templateText());
    if (!parsed.isValid())
        return;
    const qsizetype images =
        m_scope ? std::accumulate(
                      m_scope->cbegin(), m_scope->cend(), qsizetype(0),
                      [](qsizetype n, const QSet<QString> &keys) { return n + keys.size(); })
                : std::accumulate(
                      m_products.cbegin(), m_products.cend(), qsizetype(0),
                      [](qsizetype n, const AltTextProduct &p) { return n + p.images.size(); });
    m_summary->setText(tr("Looking at %n image(s)…", nullptr, int(images)));
    m_computing = true;
    m_watcher.setFuture(QtConcurrent::run(
        [products = m_products, parsed, mode = mode(), limits = m_limits, scope = m_scope] {
            return AltTemplatePreview::compute(products, parsed, mode, limits,
                                               scope ? &*scope : nullptr);
        }));
}

void AltTemplateDialog::showPreview() {
    m_computing = false;
    if (m_again || m_typingPause->isActive()) {
        // The inputs changed meanwhile: this preview is stale.
        m_again = false;
        if (!m_typingPause->isActive())
            startPreview();
        return;
    }
    if (m_error->isVisible())
        return; // the template turned invalid meanwhile: the table stays empty
    const AltTemplatePreview preview = m_watcher.result();
    m_model->setPreview(preview);
    m_summary->setText(templateText().trimmed().isEmpty()
                           ? tr("Type a template, or choose a saved one.")
                           : preview.summary());
    updateButtons();
    Q_EMIT previewShown();
}

void AltTemplateDialog::updateButtons() {
    const int count = m_model->checkedCount();
    m_apply->setText(count == 0 ? tr("Stage") : tr("Stage %n Alt Text(s)", nullptr, count));
    m_apply->setEnabled(count > 0 && !m_error->isVisible());
    m_save->setEnabled(!templateText().trimmed().isEmpty() && !m_error->isVisible());
    m_delete->setEnabled(m_saved->currentIndex() > 0);
}

} // namespace vitrine
