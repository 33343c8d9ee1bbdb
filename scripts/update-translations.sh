#!/usr/bin/env bash
# Brings Vitrine's translations up to date with the code, then lists what is left to translate.
#   scripts/update-translations.sh          update translations/*.ts, list unfinished entries
#   scripts/update-translations.sh --check  the same on copies, changing nothing: exit 1 when a
#                                           text is untranslated or filed under a context the
#                                           code does not look it up in (for a test)
# It runs lupdate over the code (every tr() and QCoreApplication::translate() of core, net,
# models, ui, workflow, catalog and app) into translations/vitrine_*.ts: new texts arrive as unfinished,
# texts gone from the code are dropped. vitrine_en.ts keeps only the English plural forms.
# Translate the unfinished entries with Qt Linguist (linguist translations/vitrine_de.ts) or in
# the XML directly; the build compiles the .ts files to .qm. The test tst_translations fails
# while an entry is unfinished or the .ts files are behind the code.
# Needs qt6-l10n-tools (lupdate).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[[ -x "$lupdate" ]] || lupdate=$(command -v lupdate)
dir=translations
if [[ "${1:-}" == "--check" ]]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    cp translations/vitrine_*.ts "$dir"/
fi
# The store simulator (demostore/) is a store: its messages are the store's, not Vitrine's.
sources=(core net models ui workflow catalog app)
# A tr() outside a QObject is filed under a context the code never asks for ("Class ... lacks
# Q_OBJECT"): Q_DECLARE_TR_FUNCTIONS or QCoreApplication::translate with the context instead.
warnings=$("$lupdate" -silent -no-obsolete -locations none -I "$here" -recursive "${sources[@]}" \
    -ts "$dir"/vitrine_de.ts "$dir"/vitrine_zh_CN.ts 2>&1 | grep -v '^$' || true)
"$lupdate" -silent -no-obsolete -locations none -pluralonly -I "$here" -recursive "${sources[@]}" \
    -ts "$dir"/vitrine_en.ts >/dev/null 2>&1

# One line per entry left to translate: FILE: CONTEXT: SOURCE (lupdate writes one element a line).
status=0
if [[ -n "$warnings" ]]; then
    echo "$warnings" >&2
    status=1
fi
for ts in "$dir"/vitrine_*.ts; do
    awk -v file="$ts" '
        /<name>/ { gsub(/.*<name>|<\/name>.*/, ""); context = $0 }
        /<source>/ { source = $0; gsub(/.*<source>|<\/source>.*/, "", source) }
        /type="unfinished"/ { print file ": " context ": " source; n++ }
        END { exit n > 0 }
    ' "$ts" || status=1
done
if ((status == 0)); then
    echo "All translations are complete." >&2
fi
exit $status
