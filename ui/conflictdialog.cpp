#include "ui/conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

#include <array>

namespace vitrine {

namespace {

using Kind = Conflict::Kind;
using Resolution = Conflict::Resolution;

QString quoted(const QString &text) {
    return text.isEmpty() ? ConflictDialog::tr("(no alt text)") : QStringLiteral("“%1”").arg(text);
}

// The image in words a merchant recognises: its alt text, else its file name, and its id.
QString imageLabel(const Conflict &c) {
    const std::array<const ProductImage *, 3> known{&c.mine, &c.theirs, &c.base};
    QString name;
    int position = 0;
    for (const ProductImage *image : known) {
        if (name.isEmpty() && !image->alt.isEmpty())
            name = QStringLiteral("“%1”").arg(image->alt);
        if (position == 0 && image->position > 0)
            position = image->position;
    }
    if (name.isEmpty()) {
        for (const ProductImage *image : known) {
            if (!image->src.isEmpty()) {
                name = QUrl(image->src).fileName();
                break;
            }
        }
    }
    QString label = name.isEmpty() ? ConflictDialog::tr("Image %1").arg(c.imageId)
                                   : ConflictDialog::tr("%1 (image %2)").arg(name, c.imageId);
    if (c.kind == Kind::PositionChangedElsewhere && c.minePlace > 0)
        label += ConflictDialog::tr(", place %1").arg(c.minePlace);
    else if (position > 0)
        label += ConflictDialog::tr(", position %1").arg(position);
    return label;
}

// What the row compares, and the two values: the staged one and the store's.
struct Sides {
    QString what;
    QString mine;
    QString theirs;
};

Sides sidesOf(const Conflict &c) {
    Sides s;
    switch (c.kind) {
    case Kind::AltChangedElsewhere:
        s = {ConflictDialog::tr("Alt text"), quoted(c.mine.alt), quoted(c.theirs.alt)};
        break;
    case Kind::SourceChangedElsewhere:
        s = {ConflictDialog::tr("Address"), c.mine.src, c.theirs.src};
        break;
    case Kind::VariantsChangedElsewhere: {
        const auto list = [](const QStringList &ids) {
            return ids.isEmpty() ? ConflictDialog::tr("(none)") : ids.join(QStringLiteral(", "));
        };
        s = {ConflictDialog::tr("Variants"), list(c.mine.variantIds), list(c.theirs.variantIds)};
        break;
    }
    case Kind::PositionChangedElsewhere:
        s = {ConflictDialog::tr("Place"), ConflictDialog::tr("place %1").arg(c.minePlace),
             ConflictDialog::tr("place %1").arg(c.theirsPlace)};
        break;
    case Kind::DeletedElsewhere:
        s = {ConflictDialog::tr("Image"),
             ConflictDialog::tr("kept, alt text %1").arg(quoted(c.mine.alt)),
             ConflictDialog::tr("deleted")};
        break;
    case Kind::AddedElsewhere:
        s = {ConflictDialog::tr("Image"),
             c.mineChanged ? ConflictDialog::tr("you are deleting every image")
                           : ConflictDialog::tr("not in your gallery"),
             ConflictDialog::tr("%1, alt text %2").arg(c.theirs.src, quoted(c.theirs.alt))};
        break;
    }
    if (c.mineDeleted)
        s.mine = ConflictDialog::tr("you are deleting it");
    return s;
}

QString keepMineText(const Conflict &c) {
    if (c.kind == Kind::DeletedElsewhere)
        return ConflictDialog::tr("Keep mine (add it again)");
    if (c.kind == Kind::AddedElsewhere || c.mineDeleted)
        return ConflictDialog::tr("Keep mine (delete it)");
    return ConflictDialog::tr("Keep mine");
}

QString takeTheirsText(const Conflict &c) {
    if (c.kind == Kind::DeletedElsewhere)
        return ConflictDialog::tr("Take theirs (let it go)");
    if (c.kind == Kind::AddedElsewhere || c.mineDeleted)
        return ConflictDialog::tr("Take theirs (keep it)");
    return ConflictDialog::tr("Take theirs");
}

} // namespace

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the store"));
    setMinimumSize(620, 420);

    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_rowsHost = new QWidget;
    m_rowsLayout = new QVBoxLayout(m_rowsHost);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rowsHost);

    m_keepAll = new QPushButton(tr("&Keep all mine"));
    m_keepAll->setObjectName(QStringLiteral("keepAllMineButton"));
    m_keepAll->setToolTip(tr("Publish your version wherever you changed the same thing"));
    m_takeAll = new QPushButton(tr("&Take all theirs"));
    m_takeAll->setObjectName(QStringLiteral("takeAllTheirsButton"));
    m_takeAll->setToolTip(tr("Keep the store's version wherever you changed the same thing"));
    connect(m_keepAll, &QPushButton::clicked, this, [this] { chooseAll(Resolution::KeepMine); });
    connect(m_takeAll, &QPushButton::clicked, this, [this] { chooseAll(Resolution::TakeTheirs); });

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("conflictStatus"));
    m_status->setWordWrap(true);

    auto *allRow = new QHBoxLayout;
    allRow->addWidget(m_keepAll);
    allRow->addWidget(m_takeAll);
    allRow->addWidget(m_status, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Continue publishing"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Do &not publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (unresolvedCount() == 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addLayout(allRow);
    layout->addWidget(buttons);
    refresh();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::setConflicts(const QList<Conflict> &conflicts, const QString &productTitle) {
    for (const Row &row : std::as_const(m_rows))
        delete row.group;
    m_rows.clear();
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_conflicts = conflicts;
    m_neededChoice.clear();
    for (const Conflict &c : conflicts)
        m_neededChoice.append(c.needsChoice());

    const QString product =
        productTitle.isEmpty() ? tr("this product") : QStringLiteral("“%1”").arg(productTitle);
    const int choices = unresolvedCount();
    m_heading->setText(
        choices == 0
            ? tr("The gallery of %1 was changed on the store since you loaded it. These changes "
                 "are taken; nothing you changed is affected.")
                  .arg(product)
            : tr("The gallery of %1 was changed on the store since you loaded it, and you "
                 "changed the same images. For each, choose which version to keep.")
                  .arg(product));

    for (int i = 0; i < m_conflicts.size(); ++i)
        m_rowsLayout->addWidget(buildRow(i));
    m_rowsLayout->addStretch();
    refresh();
}

QWidget *ConflictDialog::buildRow(int index) {
    const Conflict &c = m_conflicts.at(index);
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("conflict%1").arg(index));
    frame->setFrameShape(QFrame::StyledPanel);

    auto *title = new QLabel(imageLabel(c));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *sentence = new QLabel(c.describe());
    sentence->setObjectName(QStringLiteral("conflictDescription"));
    sentence->setTextFormat(Qt::PlainText);
    sentence->setWordWrap(true);

    const Sides sides = sidesOf(c);
    auto *grid = new QGridLayout;
    auto *mineHeader = new QLabel(tr("Yours"));
    auto *theirsHeader = new QLabel(tr("On the store"));
    mineHeader->setFont(bold);
    theirsHeader->setFont(bold);
    auto *mineValue = new QLabel(sides.mine);
    auto *theirsValue = new QLabel(sides.theirs);
    for (QLabel *value : {mineValue, theirsValue}) {
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    mineValue->setObjectName(QStringLiteral("mineValue"));
    theirsValue->setObjectName(QStringLiteral("theirsValue"));
    grid->addWidget(mineHeader, 0, 1);
    grid->addWidget(theirsHeader, 0, 2);
    grid->addWidget(new QLabel(sides.what), 1, 0, Qt::AlignTop);
    grid->addWidget(mineValue, 1, 1, Qt::AlignTop);
    grid->addWidget(theirsValue, 1, 2, Qt::AlignTop);

    Row row;
    row.mine = new QRadioButton(keepMineText(c));
    row.theirs = new QRadioButton(takeTheirsText(c));
    row.mine->setObjectName(QStringLiteral("keepMine"));
    row.theirs->setObjectName(QStringLiteral("takeTheirs"));
    // Screen readers hear which image a choice is for, not ten identical "Keep mine" buttons.
    row.mine->setAccessibleName(tr("Keep mine for image %1").arg(c.imageId));
    row.theirs->setAccessibleName(tr("Take theirs for image %1").arg(c.imageId));
    row.mine->setAccessibleDescription(c.describe());
    row.theirs->setAccessibleDescription(c.describe());
    row.group = new QButtonGroup(this);
    row.group->addButton(row.mine);
    row.group->addButton(row.theirs);
    if (c.resolution == Resolution::KeepMine)
        row.mine->setChecked(true);
    else if (c.resolution == Resolution::TakeTheirs)
        row.theirs->setChecked(true);
    connect(row.mine, &QRadioButton::toggled, this, [this, index](bool on) {
        if (on)
            choose(index, Resolution::KeepMine);
    });
    connect(row.theirs, &QRadioButton::toggled, this, [this, index](bool on) {
        if (on)
            choose(index, Resolution::TakeTheirs);
    });
    auto *choices = new QHBoxLayout;
    choices->addWidget(row.mine);
    choices->addWidget(row.theirs);
    choices->addStretch();
    if (!m_neededChoice.at(index)) {
        auto *note = new QLabel(tr("You had not changed this: the store's version is taken."));
        note->setWordWrap(true);
        choices->addWidget(note, 1);
    }
    m_rows.append(row);

    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(sentence);
    layout->addLayout(grid);
    layout->addLayout(choices);
    return frame;
}

int ConflictDialog::unresolvedCount() const {
    return int(unresolved(m_conflicts).size());
}

QRadioButton *ConflictDialog::keepMineButton(int index) const {
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).mine : nullptr;
}

QRadioButton *ConflictDialog::takeTheirsButton(int index) const {
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).theirs : nullptr;
}

void ConflictDialog::setResolution(int index, Conflict::Resolution resolution) {
    if (index < 0 || index >= m_rows.size())
        return;
    if (resolution == Resolution::KeepMine)
        m_rows.at(index).mine->setChecked(true); // choose() follows from toggled
    else if (resolution == Resolution::TakeTheirs)
        m_rows.at(index).theirs->setChecked(true);
    else
        choose(index, resolution);
}

void ConflictDialog::choose(int index, Conflict::Resolution resolution) {
    if (m_conflicts[index].resolution == resolution)
        return;
    m_conflicts[index].resolution = resolution;
    if (resolution == Resolution::Unresolved) {
        // A button group keeps one button checked unless it is briefly non-exclusive.
        const Row &row = m_rows.at(index);
        row.group->setExclusive(false);
        row.mine->setChecked(false);
        row.theirs->setChecked(false);
        row.group->setExclusive(true);
    }
    refresh();
    Q_EMIT resolutionsChanged();
}

void ConflictDialog::chooseAll(Conflict::Resolution resolution) {
    // Only the conflicts that asked for a choice: those where only the store changed keep
    // what they had (taking the store's change, unless the user chose otherwise one by one).
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_neededChoice.at(i))
            setResolution(i, resolution);
}

void ConflictDialog::refresh() {
    const int open = unresolvedCount();
    m_ok->setEnabled(open == 0);
    bool anyChoice = false;
    for (const bool needed : std::as_const(m_neededChoice))
        anyChoice = anyChoice || needed;
    m_keepAll->setEnabled(anyChoice);
    m_takeAll->setEnabled(anyChoice);
    m_status->setText(open == 0   ? tr("Every change has a choice.")
                      : open == 1 ? tr("1 change still needs your choice.")
                                  : tr("%1 changes still need your choice.").arg(open));
    m_ok->setToolTip(open == 0 ? QString() : m_status->text());
}

std::optional<QList<Conflict>> ConflictDialog::resolve(QWidget *parent,
                                                       const QList<Conflict> &conflicts,
                                                       const QString &productTitle) {
    ConflictDialog dialog(parent);
    dialog.setConflicts(conflicts, productTitle);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.conflicts();
}

} // namespace vitrine
