#include "ui/alttextactions.h"

#include "core/altsheet.h"
#include "models/alttextsource.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/altimportdialog.h"
#include "ui/alttemplatedialog.h"
#include "ui/uilogging.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace vitrine {

AltTextActions::AltTextActions(EditSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_fromTemplate(new QAction(tr("Alt Text from &Template…"), this))
    , m_export(new QAction(tr("E&xport Alt Text…"), this))
    , m_import(new QAction(tr("&Import Alt Text…"), this)) {
    m_fromTemplate->setObjectName(QStringLiteral("altTextFromTemplate"));
    m_fromTemplate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_fromTemplate->setToolTip(
        tr("Fill alt text from the product's data, with a preview before anything is staged"));
    m_export->setObjectName(QStringLiteral("exportAltText"));
    m_export->setToolTip(tr("Save the gallery's alt text as a spreadsheet (CSV)"));
    m_import->setObjectName(QStringLiteral("importAltText"));
    m_import->setToolTip(tr("Stage the alt text and places of an edited spreadsheet, after a "
                            "preview that shows what changed on the store meanwhile"));
    connect(m_fromTemplate, &QAction::triggered, this, &AltTextActions::fillFromTemplate);
    connect(m_export, &QAction::triggered, this, &AltTextActions::exportWithDialog);
    connect(m_import, &QAction::triggered, this, &AltTextActions::importWithDialog);
    if (m_session) {
        connect(m_session, &EditSession::loaded, this, &AltTextActions::updateStates);
        connect(m_session->model(), &QAbstractItemModel::modelReset, this,
                &AltTextActions::updateStates);
        connect(m_session->model(), &QAbstractItemModel::rowsInserted, this,
                &AltTextActions::updateStates);
        connect(m_session->model(), &QAbstractItemModel::rowsRemoved, this,
                &AltTextActions::updateStates);
    }
    updateStates();
}

void AltTextActions::setProductDetails(const AltTextProduct &details) {
    m_details = details;
    m_details.images.clear();
    updateStates();
}

void AltTextActions::setSavedTemplates(const QMap<QString, QString> &byName) {
    m_savedTemplates = byName;
    if (m_openDialog)
        m_openDialog->setSavedTemplates(byName);
}

AltTextProduct AltTextActions::currentProduct() const {
    if (!m_session)
        return m_details;
    AltTextProduct details = m_details;
    if (details.id.isEmpty())
        details.id = m_session->productId();
    return altTextProduct(*m_session->model(), details);
}

AltTemplatePreview::Limits AltTextActions::limits() const {
    if (!m_session)
        return {};
    return {m_session->capabilities().altLimit(false), m_session->capabilities().altLimit(true)};
}

void AltTextActions::updateStates() {
    const bool hasImages = m_session && m_session->model()->rowCount() > 0;
    m_fromTemplate->setEnabled(hasImages);
    m_export->setEnabled(hasImages);
    m_import->setEnabled(m_session && !m_session->productId().isEmpty());
}

bool AltTextActions::exportTo(const QString &path, bool byteOrderMark, QString *error) const {
    const QByteArray bytes = AltSheet::write({currentProduct()}, {byteOrderMark});
    // QSaveFile: a failed export never leaves half a file where an earlier one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The alt text could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

AltTextActions::ImportPreview AltTextActions::previewImport(const QString &path) const {
    ImportPreview preview;
    const AltSheet::Read read = AltSheet::readFile(path);
    if (!read.error.isEmpty()) {
        preview.error = read.error;
        return preview;
    }
    preview.result = AltImportComparison::compare(read.rows, {currentProduct()},
                                                  {limits().onUpdate, limits().onCreate});
    preview.problems = AltImportComparison::skippedLines(read, preview.result);
    return preview;
}

bool AltTextActions::stageImport(const QList<AltImportCell> &cells, QString *whyNot) {
    if (!m_session)
        return false;
    const AltTextProduct product = currentProduct();
    const AltImportComparison::ProductEdits edits = AltImportComparison::editsFor(product, cells);
    EditSession::Batch batch;
    batch.name = tr("Import alt text");
    for (auto it = edits.alts.cbegin(); it != edits.alts.cend(); ++it)
        batch.altByKey.insert(it.key(), it.value()); // store images: the key is the id
    batch.order = edits.order;
    batch.movedKeys = edits.movedKeys;
    return m_session->applyBatch(batch, whyNot);
}

bool AltTextActions::stageTemplate(const QList<AltTemplateChange> &changes, QString *whyNot) {
    if (!m_session)
        return false;
    EditSession::Batch batch;
    batch.name = tr("Apply alt text template");
    for (const AltTemplateChange &change : changes)
        if (change.stageable())
            batch.altByKey.insert(change.key, change.after);
    return m_session->applyBatch(batch, whyNot);
}

void AltTextActions::fillFromTemplate() {
    AltTemplateDialog dialog({currentProduct()}, limits(), m_dialogParent);
    m_openDialog = &dialog;
    dialog.setSavedTemplates(m_savedTemplates);
    dialog.setTemplateText(m_lastTemplate);
    connect(&dialog, &AltTemplateDialog::saveRequested, this,
            &AltTextActions::templateSaveRequested);
    connect(&dialog, &AltTemplateDialog::deleteRequested, this,
            &AltTextActions::templateDeleteRequested);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_lastTemplate = dialog.templateText();
    if (!accepted)
        return;
    const QList<AltTemplateChange> changes = dialog.chosenChanges();
    QString why;
    if (!stageTemplate(changes, &why)) {
        QMessageBox::warning(m_dialogParent, tr("Alt Text from a Template"), why);
        return;
    }
    qCInfo(lcUi) << "template applied:" << changes.size() << "alt texts";
    Q_EMIT statusMessage(tr("%n alt text(s) staged from the template (one undo step).", nullptr,
                            int(changes.size())));
}

void AltTextActions::exportWithDialog() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const AltTextProduct product = currentProduct();
    const QString name =
        (product.title.isEmpty() ? product.id : product.title) + tr(" alt text.csv");
    const QString plain = tr("Spreadsheet, UTF-8 (*.csv)");
    const QString withBom = tr("Spreadsheet for Excel, UTF-8 with byte order mark (*.csv)");
    QString filter = plain;
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export Alt Text"), folder + QLatin1Char('/') + name,
        plain + QStringLiteral(";;") + withBom, &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, filter == withBom, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Export Alt Text"), error);
        return;
    }
    Q_EMIT statusMessage(
        tr("Alt text of %n image(s) exported to %1.", nullptr, int(product.images.size()))
            .arg(QFileInfo(path).fileName()));
}

void AltTextActions::importWithDialog() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Import Alt Text"), folder,
                                                      tr("Spreadsheet (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    const ImportPreview preview = previewImport(path);
    if (!preview.error.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Import Alt Text"), preview.error);
        return;
    }
    AltImportDialog dialog(path, preview.result, preview.problems, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<AltImportCell> cells = dialog.chosenCells();
    QString why;
    if (!stageImport(cells, &why)) {
        QMessageBox::warning(m_dialogParent, tr("Import Alt Text"), why);
        return;
    }
    Q_EMIT statusMessage(
        tr("%n cell(s) of the spreadsheet staged (one undo step).", nullptr, int(cells.size())));
}

} // namespace vitrine
