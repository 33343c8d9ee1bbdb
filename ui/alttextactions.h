#pragma once

#include "core/altimportcomparison.h"
#include "core/alttemplatepreview.h"
#include "core/alttextproduct.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace vitrine {

class EditSession;

// Alt text for the open gallery at once (docs/alttext.md): Edit ▸ Alt Text from Template… and
// File ▸ Export Alt Text… / Import Alt Text…. Each shows its preview first (AltTemplateDialog,
// AltImportDialog) and stages what the user keeps as one undo step (EditSession::applyBatch),
// which the session's journal keeps like any edit. Saved templates come from and go to the
// caller (settings are app/'s): setSavedTemplates() and the save/delete signals.
class AltTextActions : public QObject {
    Q_OBJECT
public:
    AltTextActions(EditSession *session, QWidget *dialogParent);

    QAction *fromTemplateAction() const { return m_fromTemplate; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // What the store says about the open product: id, title, vendor, type, variant names.
    void setProductDetails(const AltTextProduct &details);
    const AltTextProduct &productDetails() const { return m_details; }
    void setSavedTemplates(const QMap<QString, QString> &byName);
    const QMap<QString, QString> &savedTemplates() const { return m_savedTemplates; }
    // The open product with its staged gallery.
    AltTextProduct currentProduct() const;
    AltTemplatePreview::Limits limits() const;

    // The steps of the dialogs, for the dialogs and for tests.
    bool exportTo(const QString &path, bool byteOrderMark, QString *error = nullptr) const;
    struct ImportPreview {
        AltImportComparison::Result result;
        QList<AltSheetProblem> problems; // unreadable lines and skipped ones, by line
        QString error;                   // the file cannot be used at all
    };
    ImportPreview previewImport(const QString &path) const;
    bool stageImport(const QList<AltImportCell> &cells, QString *whyNot = nullptr);
    bool stageTemplate(const QList<AltTemplateChange> &changes, QString *whyNot = nullptr);

public Q_SLOTS:
    void fillFromTemplate();
    void exportWithDialog();
    void importWithDialog();
    void updateStates();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void templateSaveRequested(const QString &name, const QString &text);
    void templateDeleteRequested(const QString &name);

private:
    QPointer<EditSession> m_session;
    QPointer<QWidget> m_dialogParent;
    AltTextProduct m_details;
    QMap<QString, QString> m_savedTemplates;
    QString m_lastTemplate;
    QPointer<class AltTemplateDialog> m_openDialog; // to pass saved templates on while open
    QAction *m_fromTemplate;
    QAction *m_export;
    QAction *m_import;
};

} // namespace vitrine
