#include "core/alttemplate.h"

#include "core/placeholderalt.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vitrine {

struct AltTemplate::Token {
    enum class Kind { Literal, Placeholder, Optional };
    Kind kind = Kind::Literal;
    QString text;                // Literal
    Field field = Field::Title;  // Placeholder
    std::vector<Token> children; // Optional: literals and placeholders
};

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AltTemplate)
};

// What may stand between parts of an alt text and goes with an empty part.
bool isSeparator(QChar c) {
    static const QString separators = QStringLiteral("-–—,;:/|·•");
    return c.isSpace() || separators.contains(c);
}

QString withoutTrailingSeparators(QString text) {
    qsizetype end = text.size();
    while (end > 0 && isSeparator(text.at(end - 1)))
        --end;
    text.truncate(end);
    return text;
}

QString withoutLeadingSeparators(const QString &text) {
    qsizetype start = 0;
    while (start < text.size() && isSeparator(text.at(start)))
        ++start;
    return text.mid(start);
}

QString valueOf(AltTemplate::Field field, const AltTemplateFields &f) {
    using Field = AltTemplate::Field;
    switch (field) {
    case Field::Title:
        return f.title.simplified();
    case Field::Variant:
        return f.variant.simplified();
    case Field::Place:
        return f.place > 0 ? QString::number(f.place) : QString();
    case Field::Count:
        return f.count > 0 ? QString::number(f.count) : QString();
    case Field::Vendor:
        return f.vendor.simplified();
    case Field::Type:
        return f.productType.simplified();
    case Field::File:
        return f.file.simplified();
    }
    return {};
}

} // namespace

AltTemplate::AltTemplate()
    : m_tokens(std::make_shared<std::vector<Token>>()) {}

QStringList AltTemplate::placeholderNames() {
    return {QStringLiteral("title"), QStringLiteral("variant"), QStringLiteral("place"),
            QStringLiteral("count"), QStringLiteral("vendor"),  QStringLiteral("type"),
            QStringLiteral("file")};
}

AltTemplate AltTemplate::parse(const QString &text) {
    AltTemplate result;
    result.m_text = text;
    auto tokens = std::make_shared<std::vector<Token>>();
    std::vector<Token> *into = tokens.get(); // the top level, or the optional part being read
    int optionalStart = -1;
    auto fail = [&result](const QString &message) {
        result.m_error = message;
        return result;
    };
    auto appendLiteral = [&into](QChar c) {
        if (into->empty() || into->back().kind != Token::Kind::Literal)
            into->push_back(Token{Token::Kind::Literal, {}, Field::Title, {}});
        into->back().text += c;
    };
    const QStringList names = placeholderNames();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < n && text.at(i + 1) == c;
        if ((c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[') ||
             c == QLatin1Char(']')) &&
            doubled) {
            appendLiteral(c);
            ++i;
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return fail(Text::tr("The placeholder opened at character %1 is never closed with "
                                     "'}' (write '{{' for the character itself).")
                                .arg(i + 1));
            const QString name = text.mid(i + 1, close - i - 1).trimmed().toLower();
            const qsizetype index = names.indexOf(name);
            if (index < 0)
                return fail(Text::tr("'{%1}' at character %2 is not a placeholder; use one of %3.")
                                .arg(text.mid(i + 1, close - i - 1))
                                .arg(i + 1)
                                .arg(QLatin1Char('{') + names.join(QStringLiteral("} {")) +
                                     QLatin1Char('}')));
            into->push_back(Token{Token::Kind::Placeholder, {}, Field(index), {}});
            i = close;
        } else if (c == QLatin1Char('}')) {
            return fail(
                Text::tr("The '}' at character %1 closes no placeholder (write '}}' for the "
                         "character itself).")
                    .arg(i + 1));
        } else if (c == QLatin1Char('[')) {
            if (optionalStart >= 0)
                return fail(
                    Text::tr("The optional part at character %1 is inside another one (opened "
                             "at character %2); optional parts cannot be nested.")
                        .arg(i + 1)
                        .arg(optionalStart + 1));
            optionalStart = int(i);
            tokens->push_back(Token{Token::Kind::Optional, {}, Field::Title, {}});
            into = &tokens->back().children;
        } else if (c == QLatin1Char(']')) {
            if (optionalStart < 0)
                return fail(
                    Text::tr("The ']' at character %1 closes no optional part (write ']]' for "
                             "the character itself).")
                        .arg(i + 1));
            optionalStart = -1;
            into = tokens.get();
        } else {
            appendLiteral(c);
        }
    }
    if (optionalStart >= 0)
        return fail(
            Text::tr("The optional part opened at character %1 is never closed with ']' (write "
                     "'[[' for the character itself).")
                .arg(optionalStart + 1));
    result.m_tokens = std::move(tokens);
    return result;
}

QList<AltTemplate::Field> AltTemplate::fields() const {
    QList<Field> out;
    auto collect = [&out](const std::vector<Token> &tokens, auto &self) -> void {
        for (const Token &t : tokens) {
            if (t.kind == Token::Kind::Placeholder && !out.contains(t.field))
                out << t.field;
            else if (t.kind == Token::Kind::Optional)
                self(t.children, self);
        }
    };
    collect(*m_tokens, collect);
    return out;
}

QString AltTemplate::render(const AltTemplateFields &fields) const {
    if (!isValid())
        return {};
    QString out;
    bool dropLeadingSeparators = false; // an empty placeholder opened the text so far
    auto appendLiteral = [&](const QString &literal) {
        if (dropLeadingSeparators) {
            const QString kept = withoutLeadingSeparators(literal);
            out += kept;
            dropLeadingSeparators = kept.isEmpty();
        } else {
            out += literal;
        }
    };
    for (const Token &t : *m_tokens) {
        switch (t.kind) {
        case Token::Kind::Literal:
            appendLiteral(t.text);
            break;
        case Token::Kind::Placeholder: {
            const QString value = valueOf(t.field, fields);
            if (!value.isEmpty()) {
                out += value;
                dropLeadingSeparators = false;
            } else if (out.trimmed().isEmpty()) {
                dropLeadingSeparators = true;
            } else {
                out = withoutTrailingSeparators(out);
            }
            break;
        }
        case Token::Kind::Optional: {
            QString part;
            bool complete = true;
            for (const Token &child : t.children) {
                const QString value =
                    child.kind == Token::Kind::Literal ? child.text : valueOf(child.field, fields);
                complete = complete && (child.kind == Token::Kind::Literal || !value.isEmpty());
                part += value;
            }
            if (complete)
                appendLiteral(part);
            break;
        }
        }
    }
    // An empty placeholder between brackets leaves "()"; spaces doubled by what went are closed.
    static const QRegularExpression emptyBrackets(QStringLiteral("\\(\\s*\\)"));
    if (out.contains(QLatin1Char('(')))
        out.replace(emptyBrackets, QString());
    return withoutTrailingSeparators(withoutLeadingSeparators(out.simplified()));
}

QString AltTemplate::variantLabel(const QStringList &variantNames) {
    if (variantNames.size() <= 1)
        return variantNames.value(0).trimmed();
    QStringList names;
    for (const QString &name : variantNames)
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names << name.trimmed();
    if (names.size() <= 1)
        return names.value(0);
    // Option values are written "Red / S" by Shopify, SHOPLINE and Shoplazza alike.
    auto options = [](const QString &name) {
        QStringList parts;
        for (const QString &part : name.split(QLatin1Char('/')))
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        return parts;
    };
    QStringList shared = options(names.first());
    for (qsizetype i = 1; i < names.size(); ++i) {
        const QStringList these = options(names.at(i));
        shared.removeIf([&these](const QString &value) { return !these.contains(value); });
    }
    return shared.isEmpty() ? names.join(QStringLiteral(", ")) : shared.join(QStringLiteral(" / "));
}

QString AltTemplate::fileWords(const QString &src) {
    QString words = imageFileStem(src);
    for (QChar &c : words)
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('+'))
            c = QLatin1Char(' ');
    return words.simplified();
}

} // namespace vitrine
