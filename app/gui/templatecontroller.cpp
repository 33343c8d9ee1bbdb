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
    // Saved here or in the Catalog window: the gallery's dialogs offer it at once.
    connect(saved, &SavedTemplates::changed, this, [this] {
        if (m_actions)
            m_actions->setSavedTemplates(m_saved->all());
    });
    actions->setSavedTemplates(m_saved->all());
}

void TemplateController::save(const QString &name, const QString &text) {
    if (const QString problem = m_saved->save(name, text); !problem.isEmpty() && m_actions)
        Q_EMIT m_actions->statusMessage(problem);
}

void TemplateController::remove(const QString &name) {
    m_saved->remove(name);
}

} // namespace vitrine
