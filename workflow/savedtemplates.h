#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace vitrine {

// Alt text templates saved by name (docs/alttext.md), shared by the app and vitrinectl: the
// group "altTemplates" of the application's QSettings, one key per name. Names are trimmed and
// compared as typed (case matters, as for store profiles). One instance in the app, shared by
// its windows: changed() tells each what another saved.
class SavedTemplates : public QObject {
    Q_OBJECT
public:
    // settings: where to keep them (tests pass an INI file); null: the application's QSettings.
    explicit SavedTemplates(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~SavedTemplates() override;

    QMap<QString, QString> all() const;
    bool contains(const QString &name) const;
    QString text(const QString &name) const;
    // Saves (or replaces) a template; the problem when it cannot be (an empty name or text, a
    // text that is not a template), empty when saved.
    QString save(const QString &name, const QString &text);
    void remove(const QString &name);

Q_SIGNALS:
    // A template was saved or removed through this instance.
    void changed();

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};

} // namespace vitrine
