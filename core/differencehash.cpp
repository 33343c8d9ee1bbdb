#include "core/differencehash.h"

#include <algorithm>
#include <array>
#include <bit>

namespace vitrine {

std::optional<quint64> DifferenceHash::of(const uchar *gray, int width, int height,
                                          qsizetype stride) {
    constexpr int kColumns = 9;
    constexpr int kRows = 8;
    if (!gray || width < kColumns || height < kRows || stride < width)
        return std::nullopt;
    // Area average: every pixel counts once, in the cell it falls into. Deterministic and
    // independent of any scaler's filter, so a hash stored today matches one computed later.
    using Grid = std::array<std::array<double, kColumns>, kRows>;
    Grid sum{};
    std::array<std::array<int, kColumns>, kRows> count{};
    for (int y = 0; y < height; ++y) {
        const int row = int(qint64(y) * kRows / height);
        const uchar *line = gray + y * stride;
        for (int x = 0; x < width; ++x) {
            const int column = int(qint64(x) * kColumns / width);
            sum[row][column] += line[x];
            ++count[row][column];
        }
    }
    Grid cell{};
    double lowest = 255;
    double highest = 0;
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kColumns; ++c) {
            cell[r][c] = sum[r][c] / count[r][c];
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
