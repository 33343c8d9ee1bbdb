#include "core/placeholderalt.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace vitrine {

bool looksLikeFileName(const QString &alt, const QString &src) {
    const QString text = alt.trimmed();
    if (text.isEmpty())
        return false;
    static const QRegularExpression fileName(
        QStringLiteral("^[\\w\\-. ]+\\.(jpe?g|png|gif|webp|avif|bmp|tiff?|heic|svg)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cameraName(
        QStringLiteral("^(img|dsc|dscn|dscf|dcim|pxl|mvimg|photo|image|screenshot)[_\\- ]?\\d+$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList placeholders = {
        QStringLiteral("image"),   QStringLiteral("photo"),         QStringLiteral("picture"),
        QStringLiteral("img"),     QStringLiteral("untitled"),      QStringLiteral("alt"),
        QStringLiteral("product"), QStringLiteral("product image"), QStringLiteral("alt text"),
    };
    // The cheap tests first: a file name has a dot, a camera's numbering ends in a digit.
    if (text.contains(QLatin1Char('.')) && fileName.match(text).hasMatch())
        return true;
    if (text.back().isDigit() && cameraName.match(text).hasMatch())
        return true;
    if (text.size() <= 13 && placeholders.contains(text.toLower()))
        return true;
    const QString base = imageFileStem(src);
    return !base.isEmpty() && text.compare(base, Qt::CaseInsensitive) == 0;
}

QString imageFileStem(const QString &src) {
    QStringView path = QStringView(src).trimmed();
    if (const qsizetype scheme = path.indexOf(QLatin1String("://")); scheme >= 0) {
        path = path.sliced(scheme + 3);
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        path = slash >= 0 ? path.sliced(slash) : QStringView();
    }
    if (const qsizetype end = path.indexOf(QLatin1Char('?')); end >= 0)
        path = path.first(end);
    if (const qsizetype end = path.indexOf(QLatin1Char('#')); end >= 0)
        path = path.first(end);
    path = path.sliced(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (const qsizetype dot = path.lastIndexOf(QLatin1Char('.')); dot > 0)
        path = path.first(dot);
    if (!path.contains(QLatin1Char('%')))
        return path.toString();
    return QUrl::fromPercentEncoding(path.toUtf8());
}

} // namespace vitrine
