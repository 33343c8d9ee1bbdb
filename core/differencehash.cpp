#include "core/differencehash.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace vitrine {

std::optional<quint64> DifferenceHash::of(const uchar *gray, int width, int height,
                                          qsizetype stride) {
    constexpr int kColumns = 9;
    constexpr int kRows = 8;
    if (!gray || width < kColumns || height < kRows || stride < width)
        return std::nullopt;
    // Area average: every pixel counts once, in the cell it falls into. Deterministic and
    // independent of any scaler's filter, so a hash stored today matches one computed later.
    // The sums are integers (exact, as the doubles they once were); each column's cell is looked
    // up once per picture, not divided out for every pixel of every row.
    std::vector<int> columnOf(static_cast<size_t>(width));
    for (int x = 0; x < width; ++x)
        columnOf[static_cast<size_t>(x)] = int(qint64(x) * kColumns / width);
    std::array<std::array<quint64, kColumns>, kRows> sum{};
    std::array<std::array<qint64, kColumns>, kRows> count{};
    for (int y = 0; y < height; ++y) {
        const auto row = static_cast<size_t>(qint64(y) * kRows / height);
        const uchar *line = gray + y * stride;
        std::array<quint64, kColumns> &rowSum = sum[row];
        for (int x = 0; x < width; ++x)
            rowSum[static_cast<size_t>(columnOf[static_cast<size_t>(x)])] += line[x];
    }
    // How many pixels fall into each cell: rows per cell × columns per cell.
    std::array<qint64, kRows> rowsIn{};
    for (int y = 0; y < height; ++y)
        ++rowsIn[static_cast<size_t>(qint64(y) * kRows / height)];
    std::array<qint64, kColumns> columnsIn{};
    for (const int column : columnOf)
        ++columnsIn[static_cast<size_t>(column)];
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kColumns; ++c)
            count[r][c] = rowsIn[r] * columnsIn[c];
    using Grid = std::array<std::array<double, kColumns>, kRows>;
    Grid cell{};
    double lowest = 255;
    double highest = 0;
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kColumns; ++c) {
            cell[r][c] = double(sum[r][c]) / double(count[r][c]);
            lowest = std::min(lowest, cell[r][c]);
            highest = std::max(highest, cell[r][c]);
        }
    }
    // Under two gray levels between the darkest and lightest cell: a flat picture.
    if (highest - lowest < 2.0)
        return std::nullopt;
    // A cell must be lighter than its left neighbour by more than kNoise gray levels: in the flat
    // background of a product photo, neighbours are equal but for a re-encoding's noise, and a
    // bare "lighter" would flip with every copy.
    constexpr double kNoise = 2.0;
    quint64 hash = 0;
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c + 1 < kColumns; ++c)
            if (cell[r][c + 1] - cell[r][c] > kNoise)
                hash |= quint64(1) << (r * 8 + c);
    return hash;
}

int DifferenceHash::distance(quint64 a, quint64 b) {
    return std::popcount(a ^ b);
}

} // namespace vitrine
