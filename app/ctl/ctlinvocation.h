#pragma once

#include "core/storecapabilities.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace vitrine {

// vitrinectl's exit codes (docs/vitrinectl.md): scripts branch on them.
enum class CtlExit {
    Ok = 0,     // done
    Failed = 1, // the store refused or failed, or the edit was refused (message on stderr)
    Usage = 2,  // the command line is wrong (message and a usage line on stderr)
};

// Which store a command talks to, as the global options say.
struct CtlStoreChoice {
    enum class Kind {
        Current, // no option: the current profile (the one the app opened last)
        Profile, // --profile NAME
        Direct,  // --dialect D --base-url URL [--api-version V]
    };
    Kind kind = Kind::Current;
    QString profileName;
    QString dialect; // generic | shopline | shoplazza | shopify | path of a .json dialect file
    QUrl baseUrl;
    QString apiVersion;
};

enum class CtlCommand {
    Products,
    List,
    Add,
    SetAlt,
    Reorder,
    Delete,
    Pending,
    Publish,
    Discard,
    Template,
    ExportAlt,
    ImportAlt,
    Scan,
    Audit,
    ProfilesList,
    ProfilesAdd,
    ProfilesRemove,
    DialectCheck,
};

// One parsed vitrinectl command line. Only the fields of its command are meaningful.
struct CtlInvocation {
    CtlStoreChoice store;
    CtlCommand command = CtlCommand::Products;
    bool storeGiven = false; // --profile or --dialect/--base-url appeared

    QString productId;     // list, add, set-alt, reorder, delete; pending/publish (may be empty)
    QString url;           // add
    QString imageId;       // set-alt
    QString altText;       // set-alt TEXT, add --alt TEXT
    bool altGiven = false; // add: --alt was given
    std::optional<int> position;    // add --position N (1 = first)
    QStringList imageIds;           // reorder (wanted order), delete
    bool all = false;               // delete --all
    bool stage = false;             // --stage: into the journal, not published
    bool json = false;              // --json
    QString resolve;                // publish --resolve keep-mine|take-theirs (empty: ask)
    QString templateText;           // template TEMPLATE: a saved template's name, or the template
    QString writeMode;              // template --mode empty|replace|append
    QString file;                   // export FILE / import FILE
    bool byteOrderMark = false;     // export --bom
    bool csv = false;               // audit --csv
    QString problems;               // audit --problem P[,P...] (checked names; empty: all)
    bool skipPictureChecks = false; // audit --no-picture-checks

    // profiles add / remove
    QString profileName;
    QString profileDialect; // as given: a built-in name or a .json path
    QUrl profileBaseUrl;
    QString profileApiVersion;
    std::optional<OrderingSemantics> profileOrdering;
    std::optional<double> profileRate; // requests per second

    // dialect check FILE [--base-url URL] [--product ID] (the address in profileBaseUrl, the
    // product in productId)
    QString dialectFile;
};

} // namespace vitrine
