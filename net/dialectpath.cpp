#include "net/dialectpath.h"

#include <QRegularExpression>
#include <QUrl>

namespace vitrine {

namespace {

const QRegularExpression &placeholderPattern() {
    static const QRegularExpression re(QStringLiteral("\\{[^{}/?&=]*\\}"));
    return re;
}

QString substituted(const QString &text, const QList<std::pair<QString, QString>> &values,
                    const QByteArray &keepLiteral) {
    // Literal text first (so a '%' in it is sent as %25), then every placeholder as one value.
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QString::fromLatin1(
            QUrl::toPercentEncoding(text.mid(from, m.capturedStart() - from), keepLiteral));
        QString value = m.captured();
        for (const auto &[name, v] : values) {
            if (name == m.captured()) {
                value = v;
                break;
            }
        }
        QByteArray encoded = QUrl::toPercentEncoding(value);
        if (encoded == "." || encoded == "..")
            encoded.replace('.', "%2E"); // an id can never climb out of its place
        out += QString::fromLatin1(encoded);
        from = m.capturedEnd();
    }
    out += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(from), keepLiteral));
    return out;
}

} // namespace

DialectPath DialectPath::parse(const QString &pattern) {
    DialectPath p;
    const qsizetype question = pattern.indexOf(QLatin1Char('?'));
    p.path = question < 0 ? pattern : pattern.left(question);
    if (question < 0)
        return p;
    for (const QString &item :
         pattern.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0)
            p.query.append({item, QString()});
        else
            p.query.append({item.left(eq), item.mid(eq + 1)});
    }
    return p;
}

QStringList DialectPath::placeholders() const {
    QStringList out;
    const auto collect = [&out](const QString &text) {
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
        while (it.hasNext())
            out << it.next().captured();
    };
    collect(path);
    for (const auto &[name, value] : query) {
        collect(name);
        collect(value);
    }
    return out;
}

bool DialectPath::mentions(const QString &placeholder) const {
    return placeholders().contains(placeholder);
}

DialectPath::Filled DialectPath::fill(const QList<std::pair<QString, QString>> &values) const {
    Filled f;
    // In the path, '/' and the sub-delimiters of the literal text stay as written.
    f.path = substituted(path, values, "/!$&'()*+,;=:@");
    // In a query value, '&', '=', '+' and '#' would change its meaning: encoded.
    for (const auto &[name, value] : query)
        f.query.addQueryItem(substituted(name, values, "!$'()*,;:@/?"),
                             substituted(value, values, "!$'()*,;:@/?"));
    return f;
}

std::optional<QList<std::pair<QString, QString>>>
DialectPath::matchQuery(const QUrlQuery &received) const {
    QList<std::pair<QString, QString>> values;
    for (const auto &[name, pattern] : query) {
        const QRegularExpressionMatch first = placeholderPattern().match(pattern);
        if (!first.hasMatch())
            continue;
        if (!received.hasQueryItem(name))
            return std::nullopt;
        const QString value = received.queryItemValue(name, QUrl::FullyDecoded);
        // The pattern's literal text must be there as written; each placeholder takes the rest.
        QString regex = QStringLiteral("^");
        QStringList names;
        qsizetype from = 0;
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(pattern);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            regex += QRegularExpression::escape(pattern.mid(from, m.capturedStart() - from)) +
                     QStringLiteral("(.+)");
            names << m.captured();
            from = m.capturedEnd();
        }
        regex += QRegularExpression::escape(pattern.mid(from)) + QLatin1Char('$');
        const QRegularExpressionMatch m = QRegularExpression(regex).match(value);
        if (!m.hasMatch())
            return std::nullopt;
        for (qsizetype i = 0; i < names.size(); ++i)
            values.append({names.at(i), m.captured(int(i) + 1)});
    }
    return values;
}

QString DialectPath::queryValue(const QString &name) const {
    for (const auto &[n, v] : query) {
        if (n == name)
            return v;
    }
    return {};
}

} // namespace vitrine
