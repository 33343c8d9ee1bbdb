#include "models/checkedrows.h"

namespace vitrine {

void CheckedRows::reset(const QList<bool> &checked) {
    m_checked = checked;
    m_count = int(checked.count(true));
}

bool CheckedRows::set(qsizetype row, bool checked) {
    if (m_checked.at(row) == checked)
        return false;
    m_checked[row] = checked;
    m_count += checked ? 1 : -1;
    return true;
}

} // namespace vitrine
