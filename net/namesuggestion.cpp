#include "net/namesuggestion.h"

#include <QList>

#include <algorithm>

namespace vitrine {

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost one (case-insensitive).
int editDistance(const QString &a, const QString &b) {
    const QString x = a.toLower();
    const QString y = b.toLower();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QString suggestName(const QString &typed, const QStringList &candidates) {
    if (typed.isEmpty())
        return {};
    for (const QString &c : candidates) {
        if (c != typed && c.compare(typed, Qt::CaseInsensitive) == 0)
            return c;
    }
    const int allowed = std::min<int>(3, std::max<int>(1, int(typed.size()) / 3));
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &c : candidates) {
        if (c == typed || c.isEmpty())
            continue;
        const int distance = editDistance(typed, c);
        if (distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace vitrine
