#include "net/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace vitrine {

namespace {

// A recursive walk over valid JSON that records where each key starts. Depth is bounded by what
// QJsonDocument accepted before (it refuses documents nested deeper than 1024).
class Scanner {
public:
    Scanner(const QByteArray &text, QHash<QString, JsonLocator::Position> *keys,
            QStringList *duplicates)
        : m_text(text)
        , m_keys(keys)
        , m_duplicates(duplicates) {}

    void run() {
        skipSpace();
        value(QString());
    }

private:
    char peek() const { return m_at < m_text.size() ? m_text.at(m_at) : '\0'; }
    void advance() {
        if (m_at >= m_text.size())
            return;
        const char c = m_text.at(m_at++);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_column; // a UTF-8 continuation byte is part of the character before it
        }
    }
    void skipSpace() {
        while (m_at < m_text.size() &&
               (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }
    static QString join(const QString &prefix, const QString &key) {
        return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
    }
    QString string() {
        const qsizetype start = m_at;
        advance(); // the opening quote
        while (m_at < m_text.size() && peek() != '"') {
            if (peek() == '\\')
                advance();
            advance();
        }
        advance(); // the closing quote
        const QByteArray token = m_text.mid(start, m_at - start);
        return QJsonDocument::fromJson("[" + token + "]").array().at(0).toString();
    }
    void value(const QString &path) {
        switch (peek()) {
        case '{':
            object(path);
            break;
        case '[':
            array(path);
            break;
        case '"':
            string();
            break;
        default:
            while (m_at < m_text.size() && peek() != ',' && peek() != '}' && peek() != ']' &&
                   peek() != ' ' && peek() != '\n' && peek() != '\r' && peek() != '\t')
                advance();
        }
        skipSpace();
    }
    void object(const QString &path) {
        advance(); // {
        skipSpace();
        QSet<QString> seen;
        while (m_at < m_text.size() && peek() != '}') {
            const JsonLocator::Position at{m_line, m_column};
            const QString key = join(path, string());
            if (seen.contains(key))
                m_duplicates->append(key);
            else
                m_keys->insert(key, at);
            seen.insert(key);
            skipSpace();
            advance(); // :
            skipSpace();
            value(key);
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        advance(); // }
    }
    void array(const QString &path) {
        advance(); // [
        skipSpace();
        for (int i = 0; m_at < m_text.size() && peek() != ']'; ++i) {
            value(join(path, QStringLiteral("[%1]").arg(i)));
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        advance(); // ]
    }

    const QByteArray &m_text;
    QHash<QString, JsonLocator::Position> *m_keys;
    QStringList *m_duplicates;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

JsonLocator::JsonLocator(const QByteArray &text) {
    Scanner(text, &m_keys, &m_duplicates).run();
}

JsonLocator::Position JsonLocator::keyPosition(const QString &path) const {
    return m_keys.value(path);
}

JsonLocator::Position JsonLocator::positionOfOffset(const QByteArray &text, qsizetype offset) {
    Position p{1, 1};
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

} // namespace vitrine
