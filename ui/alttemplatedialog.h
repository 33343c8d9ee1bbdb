#pragma once

#include "core/alttemplatepreview.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace vitrine {

class AltTemplatePreviewModel;

// Fill alt text from a template, with a preview before anything is staged: the template (typed,
// or one saved by name), the write mode, and every image it would change — old → new, the
// length against the store's limit, what looks wrong (over the limit, the same as another image,
// placeholder-like) — each with a box to leave it out. The preview is computed off the GUI
// thread while typing (a catalog's 20,000 images take a few hundred milliseconds), so the window
// never stalls. The dialog stages nothing and saves nothing itself: chosenChanges() is for the
// caller, and saving or deleting a template is asked for by signal (settings are app/'s).
class AltTemplateDialog : public QDialog {
    Q_OBJECT
public:
    AltTemplateDialog(QList<AltTextProduct> products, AltTemplatePreview::Limits limits,
                      QWidget *parent = nullptr);
    ~AltTemplateDialog() override;

    // Only these images are written (the Catalog worklist's lines); the others of their
    // galleries count for {count}, {place} and duplicates. Without: every image of the products.
    void setScope(const AltTemplatePreview::ImageScope &scope);
    void setSavedTemplates(const QMap<QString, QString> &byName);
    QStringList savedTemplateNames() const { return m_savedTemplates.keys(); }
    void setTemplateText(const QString &text);
    QString templateText() const;
    void setMode(AltWriteMode mode);
    AltWriteMode mode() const;

    // The changes checked when the dialog was accepted (or now).
    QList<AltTemplateChange> chosenChanges() const;
    // True while a preview is being computed (the table shows the previous one meanwhile).
    bool isComputing() const;

    QLineEdit *templateEdit() const { return m_edit; }
    QComboBox *savedBox() const { return m_saved; }
    QComboBox *modeBox() const { return m_mode; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *view() const { return m_view; }
    AltTemplatePreviewModel *model() const { return m_model; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

public Q_SLOTS:
    // Asks to save the template under name (as "Save As…" does after asking for the name).
    void saveAs(const QString &name);

Q_SIGNALS:
    void saveRequested(const QString &name, const QString &text);
    void deleteRequested(const QString &name);
    // A new preview is shown.
    void previewShown();

private:
    void schedulePreview();
    void startPreview();
    void showPreview();
    void updateButtons();
    void askNameAndSave();

    const QList<AltTextProduct> m_products;
    const AltTemplatePreview::Limits m_limits;
    std::optional<AltTemplatePreview::ImageScope> m_scope;
    QMap<QString, QString> m_savedTemplates;
    QLineEdit *m_edit;
    QComboBox *m_saved;
    QPushButton *m_save;
    QPushButton *m_delete;
    QComboBox *m_mode;
    QLabel *m_error;
    QLabel *m_summary;
    QTableView *m_view;
    AltTemplatePreviewModel *m_model;
    QPushButton *m_apply;
    QTimer *m_typingPause;
    QFutureWatcher<AltTemplatePreview> m_watcher;
    bool m_computing = false; // from starting a preview until it is shown (or dropped)
    bool m_again = false;     // the inputs changed while a preview was computed
};

} // namespace vitrine
