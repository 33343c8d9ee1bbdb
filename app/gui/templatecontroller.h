#pragma once

#include <QObject>
#include <QPointer>

namespace vitrine {

class AltTextActions;
class SavedTemplates;

// Keeps the window's alt text templates in the settings vitrinectl reads too: gives the actions
// the saved templates, and saves or deletes one when the template dialog asks (a template that
// cannot be saved is said in the status line).
class TemplateController : public QObject {
    Q_OBJECT
public:
    TemplateController(AltTextActions *actions, SavedTemplates *saved, QObject *parent = nullptr);

private:
    void save(const QString &name, const QString &text);
    void remove(const QString &name);

    QPointer<AltTextActions> m_actions;
    SavedTemplates *m_saved;
};

} // namespace vitrine
