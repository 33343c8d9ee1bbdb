#include "app/gui/templatecontroller.h"

#include "ui/alttextactions.h"
#include "workflow/savedtemplates.h"

namespace vitrine {

TemplateController::TemplateController(AltTextActions *actions, SavedTemplates *saved,
                                       QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_saved(saved) {
    connect(actions, &AltTextActions::templateSaveRequested, this, &TemplateController::save);
    connect(actions, &AltTextActions::templateDeleteRequested, this, &TemplateController::remove);
    actions->setSavedTemplates(m_saved->all());
}

void TemplateController::save(const QString &name, const QString &text) {
    if (const QString problem = m_saved->save(name, text); !problem.isEmpty() && m_actions)
        Q_EMIT m_actions->statusMessage(problem);
    if (m_actions)
        m_actions->setSavedTemplates(m_saved->all());
}

void TemplateController::remove(const QString &name) {
    m_saved->remove(name);
    if (m_actions)
        m_actions->setSavedTemplates(m_saved->all());
}

} // namespace vitrine
