#pragma once

#include <QList>

namespace vitrine {

// Which rows of a preview table are ticked, and how many: the one piece of state behind the
// "Stage" boxes of the template preview and the import preview (AltTemplatePreviewModel,
// AltImportModel), which each decide which rows can be ticked at all.
class CheckedRows {
public:
    // Every row set anew, ticked as given.
    void reset(const QList<bool> &checked);
    bool isChecked(qsizetype row) const { return m_checked.at(row); }
    int count() const { return m_count; }
    qsizetype size() const { return m_checked.size(); }
    // True when the row's tick changed.
    bool set(qsizetype row, bool checked);

    // The items of all (one per row) whose row is ticked, in order.
    template <typename T> QList<T> picked(const QList<T> &all) const {
        QList<T> out;
        out.reserve(m_count);
        for (qsizetype i = 0; i < m_checked.size() && i < all.size(); ++i)
            if (m_checked.at(i))
                out << all.at(i);
        return out;
    }

private:
    QList<bool> m_checked;
    int m_count = 0;
};

} // namespace vitrine
