#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace vitrine {

// Help ▸ Keyboard Shortcuts: every action of the window's menus that has a shortcut, by menu,
// read from the actions themselves when the dialog opens, so the list cannot go stale.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // One line per action: "Menu\tAction\tShortcut" (mnemonics removed, shortcuts as shown to the
    // user, several joined by ", "), in menu order.
    QStringList lines() const;

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace vitrine
