#include "models/reviewmodel.h"

#include <algorithm>

namespace vitrine {

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractTableModel(parent) {}

namespace {
// The same problem of the same image: a row that may have changed its words or its place, but is
// the row the user selected.
bool sameProblem(const ReviewFinding &a, const ReviewFinding &b) {
    return a.key == b.key && a.kind == b.kind;
}
} // namespace

void ReviewModel::setFindings(const QList<ReviewFinding> &findings) {
    if (findings == m_findings)
        return;
    // Rows that stay the same problem at the start and at the end are kept (their text updated in
    // place); only the rows between are removed and inserted. A thumbnail that arrives adds or
    // removes a row or two, so the view keeps its selection and does not lay out every row again.
    const qsizetype oldCount = m_findings.size();
    const qsizetype newCount = findings.size();
    qsizetype head = 0;
    while (head < oldCount && head < newCount &&
           sameProblem(m_findings.at(head), findings.at(head)))
        ++head;
    qsizetype tail = 0;
    while (tail < oldCount - head && tail < newCount - head &&
           sameProblem(m_findings.at(oldCount - 1 - tail), findings.at(newCount - 1 - tail)))
        ++tail;

    const qsizetype oldMiddle = oldCount - head - tail;
    const qsizetype newMiddle = newCount - head - tail;
    if (oldMiddle > 0) {
        beginRemoveRows({}, int(head), int(head + oldMiddle - 1));
        m_findings.remove(head, oldMiddle);
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, int(head), int(head + newMiddle - 1));
        m_findings.insert(head, newMiddle, ReviewFinding{});
        std::copy(findings.cbegin() + head, findings.cbegin() + head + newMiddle,
                  m_findings.begin() + head);
        endInsertRows();
    }
    // The kept rows: the same problems, perhaps at another place or in other words.
    qsizetype firstChanged = -1;
    qsizetype lastChanged = -1;
    for (qsizetype row = 0; row < newCount; ++row) {
        if (row >= head && row < head + newMiddle)
            continue;
        if (!(m_findings.at(row) == findings.at(row))) {
            m_findings[row] = findings.at(row);
            if (firstChanged < 0)
                firstChanged = row;
            lastChanged = row;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(int(firstChanged), 0), index(int(lastChanged), ColumnCount - 1));
}

const QList<ReviewFinding> &ReviewModel::findings() const {
    return m_findings;
}

void ReviewModel::setSeverityIcons(const QIcon &error, const QIcon &warning) {
    m_errorIcon = error;
    m_warningIcon = warning;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, ProblemColumn), index(rowCount() - 1, ProblemColumn),
                           {Qt::DecorationRole});
}

int ReviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewModel::problemTitle(ReviewFinding::Kind kind) {
    switch (kind) {
    case ReviewFinding::Kind::MissingAlt:
        return tr("Missing alt text");
    case ReviewFinding::Kind::AltTooLong:
        return tr("Alt text too long");
    case ReviewFinding::Kind::AltVerbose:
        return tr("Alt text very long");
    case ReviewFinding::Kind::AltLooksLikeFileName:
        return tr("Alt text is a file name");
    case ReviewFinding::Kind::DuplicateAlt:
        return tr("Duplicate alt text");
    case ReviewFinding::Kind::DuplicateImage:
        return tr("Duplicate image");
    case ReviewFinding::Kind::BrokenImage:
        return tr("Broken image");
    case ReviewFinding::Kind::TinyImage:
        return tr("Image too small");
    case ReviewFinding::Kind::AltIsTitle:
        return tr("Alt text is the title");
    case ReviewFinding::Kind::AltRedundantOpening:
        return tr("Alt text says \"image of\"");
    case ReviewFinding::Kind::AltSameOnMost:
        return tr("Same alt text on most images");
    case ReviewFinding::Kind::AltMissesVariant:
        return tr("Alt text misses the variant");
    case ReviewFinding::Kind::AltSpelling:
        return tr("Spelling");
    case ReviewFinding::Kind::DuplicatePicture:
        return tr("Same picture twice");
    case ReviewFinding::Kind::DuplicatePictureAcrossProducts:
        return tr("Same picture in another product");
    }
    return {};
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlaceColumn:
            return f.place;
        case ProblemColumn:
            return problemTitle(f.kind);
        case MessageColumn:
            return f.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != ProblemColumn)
            return {};
        if (const QIcon &icon =
                f.severity == ReviewFinding::Severity::Error ? m_errorIcon : m_warningIcon;
            !icon.isNull())
            return icon;
        return {};
    case Qt::ToolTipRole:
        return f.message;
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(f.severity == ReviewFinding::Severity::Error ? tr("Error") : tr("Warning"),
                 problemTitle(f.kind), f.message);
    case KeyRole:
        return f.key;
    case SeverityRole:
        return int(f.severity);
    case KindRole:
        return int(f.kind);
    default:
        return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlaceColumn:
        return tr("Image");
    case ProblemColumn:
        return tr("Problem");
    case MessageColumn:
        return tr("Details");
    }
    return {};
}

} // namespace vitrine
