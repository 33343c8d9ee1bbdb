#include "ui/altimportdialog.h"

#include "models/altimportmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vitrine {

namespace {
QTableView *cellsView(AltImportModel *model, const QString &name) {
    auto *view = new QTableView;
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    for (const int column : {int(AltImportModel::UseFileColumn), int(AltImportModel::LineColumn),
                             int(AltImportModel::PlaceColumn), int(AltImportModel::FieldColumn)})
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const int column : {int(AltImportModel::ExportedColumn), int(AltImportModel::InFileColumn),
                             int(AltImportModel::NowColumn)})
        view->setColumnWidth(column, 220);
    return view;
}
} // namespace

AltImportDialog::AltImportDialog(const QString &fileName, const AltImportComparison::Result &result,
                                 const QList<AltSheetProblem> &problems, QWidget *parent)
    : QDialog(parent)
    , m_changes(new AltImportModel(this))
    , m_conflicts(new AltImportModel(this))
    , m_tabs(new QTabWidget)
    , m_problems(new QListWidget)
    , m_summary(new QLabel)
    , m_apply(new QPushButton)
    , m_keepAll(new QPushButton(tr("Keep All as They Are Now")))
    , m_takeAll(new QPushButton(tr("Take All from the File"))) {
    setWindowTitle(tr("Import Alt Text — %1").arg(QFileInfo(fileName).fileName()));
    setObjectName(QStringLiteral("altImportDialog"));
    m_changes->setCells(result.changes, true);
    m_conflicts->setCells(result.conflicts, false);

    m_changesView = cellsView(m_changes, tr("Cells to stage"));
    m_conflictsView = cellsView(m_conflicts, tr("Cells changed on the store since the export"));

    auto *conflictsPage = new QWidget;
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    auto *conflictsNote = new QLabel(
        tr("These cells changed on the store since the file was exported, and the file changes "
           "them too. Nothing is overwritten unless you tick it: ticked, the file's value is "
           "staged; unticked, the value it has now stays."));
    conflictsNote->setWordWrap(true);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepAll);
    conflictButtons->addWidget(m_takeAll);
    conflictButtons->addStretch(1);
    conflictsLayout->addWidget(conflictsNote);
    conflictsLayout->addWidget(m_conflictsView, 1);
    conflictsLayout->addLayout(conflictButtons);

    for (const AltSheetProblem &problem : problems)
        m_problems->addItem(problem.message);
    m_problems->setAccessibleName(tr("Lines skipped"));

    m_tabs->addTab(m_changesView, tr("To Stage (%1)").arg(result.changes.size()));
    m_tabs->addTab(conflictsPage, tr("Conflicts (%1)").arg(result.conflicts.size()));
    m_tabs->addTab(m_problems, tr("Skipped Lines (%1)").arg(problems.size()));
    // Open where attention is needed first.
    m_tabs->setCurrentIndex(!result.conflicts.isEmpty() ? 1
                            : !result.changes.isEmpty() ? 0
                            : !problems.isEmpty()       ? 2
                                                        : 0);

    AltImportComparison::Result counted = result;
    counted.problems = problems;
    m_summary->setText(
        AltImportComparison::summary(counted) + QLatin1Char(' ') +
        tr("%n cell(s) unchanged since the export.", nullptr, result.unchangedCells));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1000, 600);

    connect(m_keepAll, &QPushButton::clicked, m_conflicts,
            [this] { m_conflicts->setAllChecked(false); });
    connect(m_takeAll, &QPushButton::clicked, m_conflicts,
            [this] { m_conflicts->setAllChecked(true); });
    connect(m_changes, &AltImportModel::checkedCountChanged, this, &AltImportDialog::updateButtons);
    connect(m_conflicts, &AltImportModel::checkedCountChanged, this,
            &AltImportDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_keepAll->setEnabled(!result.conflicts.isEmpty());
    m_takeAll->setEnabled(!result.conflicts.isEmpty());
    updateButtons();
}

QList<AltImportCell> AltImportDialog::chosenCells() const {
    return m_changes->checkedCells() + m_conflicts->checkedCells();
}

void AltImportDialog::updateButtons() {
    const int count = m_changes->checkedCount() + m_conflicts->checkedCount();
    m_apply->setText(count == 0 ? tr("Stage") : tr("Stage %n Cell(s)", nullptr, count));
    m_apply->setEnabled(count > 0);
}

} // namespace vitrine
