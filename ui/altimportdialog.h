#pragma once

#include "core/altimportcomparison.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace vitrine {

class AltImportModel;

// The preview of an alt text spreadsheet's import (docs/alttext.md): the cells to stage, the
// conflicts side by side — when exported, in the file, now — each with its own choice (the
// file's value, or the one it has now: the default, so nothing a colleague wrote is overwritten
// without a choice), and the lines that were skipped, with why. The dialog stages nothing:
// chosenCells() is for the caller.
class AltImportDialog : public QDialog {
    Q_OBJECT
public:
    // problems: the file's unreadable lines and those the comparison skipped.
    AltImportDialog(const QString &fileName, const AltImportComparison::Result &result,
                    const QList<AltSheetProblem> &problems, QWidget *parent = nullptr);

    // The changes still checked and the conflicts settled for the file.
    QList<AltImportCell> chosenCells() const;

    AltImportModel *changesModel() const { return m_changes; }
    AltImportModel *conflictsModel() const { return m_conflicts; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *conflictsView() const { return m_conflictsView; }
    QListWidget *problemsList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *keepAllButton() const { return m_keepAll; }
    QPushButton *takeAllButton() const { return m_takeAll; }

private:
    void updateButtons();

    AltImportModel *m_changes;
    AltImportModel *m_conflicts;
    QTabWidget *m_tabs;
    QTableView *m_changesView;
    QTableView *m_conflictsView;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_keepAll;
    QPushButton *m_takeAll;
};

} // namespace vitrine
