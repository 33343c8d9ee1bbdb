#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vitrine {

namespace {

// "&Move to L&ast…" is shown as "Move to Last…"; a literal "&&" stays one "&".
QString withoutMnemonic(QString text) {
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString shortcutsOf(const QAction *action) {
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// The menu's actions with a shortcut, submenus included, in the order the menu shows them.
void collect(const QMenu *menu, QTreeWidgetItem *group) {
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, group);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        auto *item =
            new QTreeWidgetItem(group, {withoutMnemonic(action->text()), shortcutsOf(action)});
        item->setToolTip(0, action->statusTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));

    for (QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu || !top->isVisible())
            continue;
        const QString title = withoutMnemonic(top->text());
        auto *group = new QTreeWidgetItem(m_list, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        collect(menu, group);
        if (group->childCount() == 0)
            delete group;
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 520);
}

QStringList ShortcutsDialog::lines() const {
    QStringList out;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << group->text(0) + QLatin1Char('\t') + group->child(i)->text(0) +
                       QLatin1Char('\t') + group->child(i)->text(1);
    }
    return out;
}

} // namespace vitrine
