#include "net/mappingcheck.h"

#include "net/namesuggestion.h"

#include <QSet>

namespace vitrine {

QStringList MappingReport::problems() const {
    QStringList out;
    if (records == 0)
        return out; // nothing to hold the mapping against
    const QString keys = answerKeys.isEmpty() ? tr("none") : answerKeys.join(QStringLiteral(", "));
    for (const Field &f : fields) {
        if (!f.isProblem())
            continue;
        QString sentence =
            tr("the dialect maps \"fields.%1\" to \"%2\", but no image in the store's answer "
               "for product %3 has that key (the answer's keys: %4)")
                .arg(f.role, f.key, productId, keys);
        if (!f.suggestion.isEmpty())
            sentence += tr("; did you mean \"%1\"?").arg(f.suggestion);
        out << sentence;
    }
    return out;
}

MappingReport MappingCheck::check(const DialectDescription &d, const QList<QJsonObject> &records,
                                  const QString &productId) {
    MappingReport report;
    report.productId = productId;
    report.records = int(records.size());
    QSet<QString> keys;
    for (const QJsonObject &r : records) {
        for (auto it = r.constBegin(); it != r.constEnd(); ++it)
            keys.insert(it.key());
    }
    report.answerKeys = QStringList(keys.cbegin(), keys.cend());
    report.answerKeys.sort();
    if (!records.isEmpty() && !d.fields.src.isEmpty())
        report.sampleSource = records.first().value(d.fields.src).toString();

    const auto &f = d.fields;
    const QList<std::pair<QString, QString>> mapped{{QStringLiteral("id"), f.id},
                                                    {QStringLiteral("productId"), f.productId},
                                                    {QStringLiteral("src"), f.src},
                                                    {QStringLiteral("alt"), f.alt},
                                                    {QStringLiteral("position"), f.position},
                                                    {QStringLiteral("variants"), f.variants},
                                                    {QStringLiteral("width"), f.width},
                                                    {QStringLiteral("height"), f.height},
                                                    {QStringLiteral("updatedAt"), f.updatedAt}};
    QSet<QString> mappedKeys;
    for (const auto &[role, key] : mapped) {
        if (key.isEmpty())
            continue;
        mappedKeys.insert(key);
        MappingReport::Field field;
        field.role = role;
        field.key = key;
        field.required = role == QLatin1String("id") || role == QLatin1String("src") ||
                         role == QLatin1String("position");
        for (const QJsonObject &r : records) {
            if (r.contains(key))
                ++field.found;
        }
        if (field.found == 0 && !records.isEmpty())
            field.suggestion = suggestName(key, report.answerKeys);
        report.fields << field;
    }
    for (const QString &key : std::as_const(report.answerKeys)) {
        if (!mappedKeys.contains(key))
            report.unmappedKeys << key;
    }
    return report;
}

} // namespace vitrine
