#pragma once

#include "demostore/simdialect.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace vitrine {

class SimCatalog;

// The demo store's data on disk: every dialect's catalog in one JSON document, written atomically
// (QSaveFile) so a crash mid-write never leaves half a file. Image URLs on the simulator's own
// image host are stored as "{cdn}/images/x.jpg", because its port changes on every start.
class SimDataFile {
public:
    enum class Status {
        Missing, // no file yet
        Loaded,  // every catalog listed in `loaded` was read
        Corrupt, // unreadable or invalid; nothing was changed; see error
    };

    SimDataFile(QString path, const QUrl &cdnBase);

    Status load(const QMap<SimDialect, SimCatalog *> &catalogs, QList<SimDialect> *loaded,
                QString *error) const;
    bool save(const QMap<SimDialect, SimCatalog *> &catalogs, QString *error) const;
    // Moves a corrupt file aside (to "<path>.corrupt") so it is kept for inspection.
    void quarantine() const;

    QString path() const { return m_path; }

private:
    QString encodeSrc(const QString &src) const;
    QString decodeSrc(const QString &src) const;

    QString m_path;
    QString m_cdnBase;
};

} // namespace vitrine
