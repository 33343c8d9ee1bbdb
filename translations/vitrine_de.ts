<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddImageCommand</name>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Add image %1</source>
        <translation>Bild %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AltImportComparison</name>
    <message>
        <source>Line %1: product %2 has no image %3 (deleted since the export?); the line is skipped.</source>
        <translation>Zeile %1: Produkt %2 hat kein Bild %3 (seit dem Export gelöscht?); die Zeile wird übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Place %1 is past the end of the gallery, which has %n image(s).</source>
        <translation>
            <numerusform>Stelle %1 liegt hinter dem Ende der Galerie, die %n Bild hat.</numerusform>
            <numerusform>Stelle %1 liegt hinter dem Ende der Galerie, die %n Bilder hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 The line is skipped.</source>
        <translation>Zeile %1: %2 Die Zeile wird übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: product %2 is not among the galleries this import compares with; its %n line(s) are skipped.</source>
        <translation>
            <numerusform>Zeile %1: Produkt %2 gehört nicht zu den Galerien, mit denen dieser Import vergleicht; seine %n Zeile wird übersprungen.</numerusform>
            <numerusform>Zeile %1: Produkt %2 gehört nicht zu den Galerien, mit denen dieser Import vergleicht; seine %n Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to stage</source>
        <translation>Nichts vorzumerken</translation>
    </message>
    <message>
        <source>To stage: %1 and %2</source>
        <translation>Vorzumerken: %1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n Alternativtext</numerusform>
            <numerusform>%n Alternativtexte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with changes made on the store since the export</source>
        <translation>
            <numerusform>%n Konflikt mit Änderungen, die seit dem Export im Shop vorgenommen wurden</numerusform>
            <numerusform>%n Konflikte mit Änderungen, die seit dem Export im Shop vorgenommen wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To stage: %n alt text(s)</source>
        <translation>
            <numerusform>Vorzumerken: %n Alt-Text</numerusform>
            <numerusform>Vorzumerken: %n Alt-Texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To stage: %n place(s)</source>
        <translation>
            <numerusform>Vorzumerken: %n Platz</numerusform>
            <numerusform>Vorzumerken: %n Plätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltSheet</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet app as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file&apos;s first line does not name the columns of an alt text export: it needs &quot;product id&quot;, &quot;image id&quot; and &quot;alt&quot; or &quot;place&quot; (found: %1).</source>
        <translation>Die erste Zeile der Datei nennt nicht die Spalten eines Alternativtext-Exports: sie braucht „product id“, „image id“ und „alt“ oder „place“ (gefunden: %1).</translation>
    </message>
    <message>
        <source>Line %1 has no product id; it is skipped.</source>
        <translation>Zeile %1 hat keine Produkt-ID; sie wird übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has no image id; it is skipped.</source>
        <translation>Zeile %1 hat keine Bild-ID; sie wird übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: the place &quot;%2&quot; is not a whole number from 1; the line is skipped.</source>
        <translation>Zeile %1: die Stelle „%2“ ist keine ganze Zahl ab 1; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 names image %2 of product %3 again (first on line %4); it is skipped.</source>
        <translation>Zeile %1 nennt Bild %2 von Produkt %3 erneut (zuerst in Zeile %4); sie wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AltTemplate</name>
    <message>
        <source>The placeholder opened at character %1 is never closed with &apos;}&apos; (write &apos;{{&apos; for the character itself).</source>
        <translation>Der bei Zeichen %1 geöffnete Platzhalter wird nie mit „}“ geschlossen (schreiben Sie „{{“ für das Zeichen selbst).</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; at character %2 is not a placeholder; use one of %3.</source>
        <translation>„{%1}“ bei Zeichen %2 ist kein Platzhalter; verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>The &apos;}&apos; at character %1 closes no placeholder (write &apos;}}&apos; for the character itself).</source>
        <translation>Die „}“ bei Zeichen %1 schließt keinen Platzhalter (schreiben Sie „}}“ für das Zeichen selbst).</translation>
    </message>
    <message>
        <source>The optional part at character %1 is inside another one (opened at character %2); optional parts cannot be nested.</source>
        <translation>Der optionale Teil bei Zeichen %1 liegt in einem anderen (geöffnet bei Zeichen %2); optionale Teile können nicht verschachtelt werden.</translation>
    </message>
    <message>
        <source>The &apos;]&apos; at character %1 closes no optional part (write &apos;]]&apos; for the character itself).</source>
        <translation>Die „]“ bei Zeichen %1 schließt keinen optionalen Teil (schreiben Sie „]]“ für das Zeichen selbst).</translation>
    </message>
    <message>
        <source>The optional part opened at character %1 is never closed with &apos;]&apos; (write &apos;[[&apos; for the character itself).</source>
        <translation>Der bei Zeichen %1 geöffnete optionale Teil wird nie mit „]“ geschlossen (schreiben Sie „[[“ für das Zeichen selbst).</translation>
    </message>
</context>
<context>
    <name>AltTemplatePreview</name>
    <message numerus="yes">
        <source>%n image(s) would change.</source>
        <translation>
            <numerusform>%n Bild würde sich ändern.</numerusform>
            <numerusform>%n Bilder würden sich ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) would change</source>
        <translation>
            <numerusform>%n Bild würde sich ändern</numerusform>
            <numerusform>%n Bilder würden sich ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n product(s).</source>
        <translation>
            <numerusform>in %n Produkt.</numerusform>
            <numerusform>in %n Produkten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the store&apos;s limit (not staged)</source>
        <translation>
            <numerusform>%n über der Grenze des Shops (nicht vorgemerkt)</numerusform>
            <numerusform>%n über der Grenze des Shops (nicht vorgemerkt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as another image of the gallery</source>
        <translation>
            <numerusform>%n gleich wie ein anderes Bild der Galerie</numerusform>
            <numerusform>%n gleich wie ein anderes Bild der Galerie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that look(s) like a placeholder</source>
        <translation>
            <numerusform>%n, das wie ein Platzhalter aussieht</numerusform>
            <numerusform>%n, die wie ein Platzhalter aussehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because it has text already</source>
        <translation>
            <numerusform>%n behalten, weil es schon Text hat</numerusform>
            <numerusform>%n behalten, weil sie schon Text haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for which the template gives no text</source>
        <translation>
            <numerusform>%n, für das die Vorlage keinen Text ergibt</numerusform>
            <numerusform>%n, für die die Vorlage keinen Text ergibt</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged or left alone: %1.</source>
        <translation>Markiert oder unverändert gelassen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n with a placeholder the store gives nothing for (left out)</source>
        <translation>
            <numerusform>%n mit einem Platzhalter, für den der Shop nichts angibt (weggelassen)</numerusform>
            <numerusform>%n mit einem Platzhalter, für den der Shop nichts angibt (weggelassen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogAudit</name>
    <message>
        <source>Unknown problem &apos;%1&apos;: use %2.</source>
        <translation>Unbekanntes Problem „%1“: verwenden Sie %2.</translation>
    </message>
    <message>
        <source>No problem named: use %1.</source>
        <translation>Kein Problem genannt: verwenden Sie %1.</translation>
    </message>
    <message>
        <source>Image %1 shows the same picture as image %2 of &quot;%3&quot; (product %4), under another address: shoppers see one picture for two products. Replace or delete it here unless the picture belongs to both.</source>
        <translation>Bild %1 zeigt dasselbe Bild wie Bild %2 von „%3“ (Produkt %4), unter einer anderen Adresse: Kunden sehen ein Bild für zwei Produkte. Ersetzen oder löschen Sie es hier, außer das Bild gehört zu beiden.</translation>
    </message>
</context>
<context>
    <name>CatalogDatabase</name>
    <message>
        <source>The catalog %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Der Katalog %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local catalog was damaged (%1). It was moved to %2 and a new one was started; the next scan reads the store again.</source>
        <translation>Der lokale Katalog war beschädigt (%1). Er wurde nach %2 verschoben und ein neuer begonnen; der nächste Scan liest den Shop erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the local catalog.</source>
        <translation>Der Ordner %1 für den lokalen Katalog kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the local catalog %1: %2</source>
        <translation>Der lokale Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Alt text of an image of %1</source>
        <translation>Alt-Text eines Bildes von %1</translation>
    </message>
    <message>
        <source>%1 (product %2)</source>
        <translation>%1 (Produkt %2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) of %1</source>
        <translation>
            <numerusform>%n Bild von %1 löschen</numerusform>
            <numerusform>%n Bilder von %1 löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep images</source>
        <translation>Bilder behalten</translation>
    </message>
</context>
<context>
    <name>CatalogPublisher</name>
    <message numerus="yes">
        <source>Published %n product(s).</source>
        <translation>
            <numerusform>%n Produkt veröffentlicht.</numerusform>
            <numerusform>%n Produkte veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be published; their edits stay staged.</source>
        <translation>
            <numerusform>%n Produkt konnte nicht veröffentlicht werden; seine Änderungen bleiben vorgemerkt.</numerusform>
            <numerusform>%n Produkte konnten nicht veröffentlicht werden; ihre Änderungen bleiben vorgemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not started; their edits stay staged.</source>
        <translation>
            <numerusform>%n Produkt wurde nicht begonnen; seine Änderungen bleiben vorgemerkt.</numerusform>
            <numerusform>%n Produkte wurden nicht begonnen; ihre Änderungen bleiben vorgemerkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Vitrine edits e-commerce product image galleries: reorder, alt text, bulk delete, add and replace images, then publish to the store.
Without options it opens the current store profile, or the embedded demo store when no store is configured.</source>
        <translation>Vitrine bearbeitet Produktbildergalerien von Onlineshops: Reihenfolge, Alternativtexte, Löschen in großen Mengen, Bilder hinzufügen und ersetzen, dann im Shop veröffentlichen.
Ohne Optionen öffnet es das aktuelle Shop-Profil oder, wenn kein Shop eingerichtet ist, den eingebauten Demo-Shop.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Open the embedded demo store.</source>
        <translation>Den eingebauten Demo-Shop öffnen.</translation>
    </message>
    <message>
        <source>Restore the demo store&apos;s original data (implies --demo).</source>
        <translation>Die ursprünglichen Daten des Demo-Shops wiederherstellen (schließt --demo ein).</translation>
    </message>
    <message>
        <source>Open the store profile NAME.</source>
        <translation>Das Shop-Profil NAME öffnen.</translation>
    </message>
    <message>
        <source>Store dialect: generic, shopline, shoplazza, shopify, or the path of a custom dialect file (.json).</source>
        <translation>Shop-Dialekt: generic, shopline, shoplazza, shopify oder der Pfad einer eigenen Dialektdatei (.json).</translation>
    </message>
    <message>
        <source>The store URL before the dialect&apos;s documented path, e.g. http://127.0.0.1:8080 for generic (/api/v1/product-images is appended) or https://HANDLE.myshopline.com. The token comes from VITRINE_TOKEN.</source>
        <translation>Die Shop-Adresse vor dem dokumentierten Pfad des Dialekts, z. B. http://127.0.0.1:8080 für generic (/api/v1/product-images wird angehängt) oder https://HANDLE.myshopline.com. Das Token kommt aus VITRINE_TOKEN.</translation>
    </message>
    <message>
        <source>The store API version.</source>
        <translation>Die API-Version des Shops.</translation>
    </message>
    <message>
        <source>Open this product.</source>
        <translation>Dieses Produkt öffnen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Choose one store: --demo, --profile, or --dialect with --base-url.</source>
        <translation>Wählen Sie einen Shop: --demo, --profile oder --dialect mit --base-url.</translation>
    </message>
    <message>
        <source>--dialect and --base-url go together (a custom dialect file may give the address itself).</source>
        <translation>--dialect und --base-url gehören zusammen (eine eigene Dialektdatei kann die Adresse selbst angeben).</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;: use generic, shopline, shoplazza, shopify or a .json dialect file.</source>
        <translation>Unbekannter Dialekt „%1“: verwenden Sie generic, shopline, shoplazza, shopify oder eine .json-Dialektdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store address: give http(s)://host[:port].</source>
        <translation>„%1“ ist keine Shop-Adresse: geben Sie http(s)://host[:port] an.</translation>
    </message>
    <message>
        <source>--api-version needs --dialect.</source>
        <translation>--api-version braucht --dialect.</translation>
    </message>
    <message>
        <source>--product needs an id.</source>
        <translation>--product braucht eine ID.</translation>
    </message>
    <message>
        <source>Try &apos;vitrine --help&apos;.</source>
        <translation>Siehe „vitrine --help“.</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>%1–%2</source>
        <comment>a range of places</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between places</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1 was deleted on the store; you edited it.</source>
        <translation>%1 wurde im Shop gelöscht; Sie haben es bearbeitet.</translation>
    </message>
    <message>
        <source>%1 was deleted on the store.</source>
        <translation>%1 wurde im Shop gelöscht.</translation>
    </message>
    <message>
        <source>%1 (%2) was added on the store; you are deleting every image.</source>
        <translation>%1 (%2) wurde im Shop hinzugefügt; Sie löschen alle Bilder.</translation>
    </message>
    <message>
        <source>%1 (%2) was added on the store.</source>
        <translation>%1 (%2) wurde im Shop hinzugefügt.</translation>
    </message>
    <message>
        <source>The alt text of image %1 was changed on the store to %2; you are deleting it.</source>
        <translation>Der Alternativtext von Bild %1 wurde im Shop in %2 geändert; Sie löschen es.</translation>
    </message>
    <message>
        <source>The alt text of image %1 was changed on the store to %2; yours is %3.</source>
        <translation>Der Alternativtext von Bild %1 wurde im Shop in %2 geändert; Ihrer lautet %3.</translation>
    </message>
    <message>
        <source>The alt text of image %1 was changed on the store to %2.</source>
        <translation>Der Alternativtext von Bild %1 wurde im Shop in %2 geändert.</translation>
    </message>
    <message>
        <source>The address of image %1 was changed on the store to %2; you are deleting it.</source>
        <translation>Die Adresse von Bild %1 wurde im Shop in %2 geändert; Sie löschen es.</translation>
    </message>
    <message>
        <source>The address of image %1 was changed on the store to %2; yours is %3.</source>
        <translation>Die Adresse von Bild %1 wurde im Shop in %2 geändert; Ihre lautet %3.</translation>
    </message>
    <message>
        <source>The address of image %1 was changed on the store to %2.</source>
        <translation>Die Adresse von Bild %1 wurde im Shop in %2 geändert.</translation>
    </message>
    <message>
        <source>The variants of image %1 were changed on the store; you are deleting it.</source>
        <translation>Die Varianten von Bild %1 wurden im Shop geändert; Sie löschen es.</translation>
    </message>
    <message>
        <source>The variants of image %1 were changed on the store (%2); yours are %3.</source>
        <translation>Die Varianten von Bild %1 wurden im Shop geändert (%2); Ihre sind %3.</translation>
    </message>
    <message>
        <source>The variants of image %1 were changed on the store (%2).</source>
        <translation>Die Varianten von Bild %1 wurden im Shop geändert (%2).</translation>
    </message>
    <message>
        <source>Image %1 was moved to place %2 on the store; you moved it to place %3.</source>
        <translation>Bild %1 wurde im Shop an Stelle %2 verschoben; Sie haben es an Stelle %3 verschoben.</translation>
    </message>
    <message>
        <source>Image %1 was moved to place %2 on the store.</source>
        <translation>Bild %1 wurde im Shop an Stelle %2 verschoben.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted cell that starts on line %1 is never closed (a &quot; is missing); the file is read up to that line.</source>
        <translation>Eine in Zeile %1 beginnende Zelle in Anführungszeichen wird nie geschlossen (ein &quot; fehlt); die Datei wird bis zu dieser Zeile gelesen.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>this product</source>
        <translation>diesem Produkt</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n images of %1?</source>
        <translation>
            <numerusform>Alle %n Bilder von %1 löschen?</numerusform>
            <numerusform>Alle %n Bilder von %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are removed from this gallery now and from the store when you publish. Until then Undo brings them back. This cannot be undone after publishing.</source>
        <translation>
            <numerusform>Es wird jetzt aus dieser Galerie entfernt und beim Veröffentlichen aus dem Shop. Bis dahin holt „Rückgängig“ es zurück. Nach dem Veröffentlichen lässt sich das nicht mehr rückgängig machen.</numerusform>
            <numerusform>Sie werden jetzt aus dieser Galerie entfernt und beim Veröffentlichen aus dem Shop. Bis dahin holt „Rückgängig“ sie zurück. Nach dem Veröffentlichen lässt sich das nicht mehr rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing removes them all with one request.</source>
        <translation>Beim Veröffentlichen werden alle mit einer Anfrage entfernt.</translation>
    </message>
    <message>
        <source>The product will have no images left.</source>
        <translation>Das Produkt hat dann keine Bilder mehr.</translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>Bilder löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) of %1?</source>
        <translation>
            <numerusform>%n Bild von %1 löschen?</numerusform>
            <numerusform>%n Bilder von %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>DeleteImagesCommand</name>
    <message>
        <source>Delete image %1</source>
        <translation>Bild %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n images (places %1)</source>
        <translation>
            <numerusform>%n Bild löschen (Stelle %1)</numerusform>
            <numerusform>%n Bilder löschen (Stellen %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialectDescription</name>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>eine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>a number of at least 0</source>
        <translation>eine Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>an http or https address with a host and no user name, query or fragment (like https://shop.example.com)</source>
        <translation>eine http- oder https-Adresse mit Host und ohne Benutzernamen, Abfrage oder Fragment (wie https://shop.example.com)</translation>
    </message>
    <message>
        <source>cannot read the custom dialect file &quot;%1&quot;</source>
        <translation>die eigene Dialektdatei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the custom dialect file &quot;%1&quot; is too large</source>
        <translation>die eigene Dialektdatei „%1“ ist zu groß</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation>ein Objekt ({ … })</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>%1 is not a section or key of a dialect file%2</source>
        <translation>%1 ist kein Abschnitt und kein Schlüssel einer Dialektdatei%2</translation>
    </message>
    <message>
        <source>%1 is not a key of %2%3</source>
        <translation>%1 ist kein Schlüssel von %2%3</translation>
    </message>
    <message>
        <source>%1 must be %2%3</source>
        <translation>%1 muss %2 sein%3</translation>
    </message>
    <message>
        <source>%1 must be a path or an object with &quot;path&quot; and &quot;query&quot;</source>
        <translation>%1 muss ein Pfad sein oder ein Objekt mit „path“ und „query“</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 fehlt oder ist leer</translation>
    </message>
    <message>
        <source>a fixed parameter cannot contain &amp;: write one parameter per key</source>
        <translation>ein fester Parameter darf kein &amp; enthalten: schreiben Sie einen Parameter je Schlüssel</translation>
    </message>
    <message>
        <source>the path %1 must start with /</source>
        <translation>der Pfad %1 muss mit / beginnen</translation>
    </message>
    <message>
        <source>the path %1 must be written as it is meant, without %% escapes or #: Vitrine percent-encodes it when sending</source>
        <translation>der Pfad %1 muss so geschrieben werden, wie er gemeint ist, ohne %%-Maskierungen oder #: Vitrine kodiert ihn beim Senden selbst mit Prozentzeichen</translation>
    </message>
    <message>
        <source>%1 has the placeholder %2, but this path takes none%3</source>
        <translation>%1 hat den Platzhalter %2, aber dieser Pfad nimmt keinen%3</translation>
    </message>
    <message>
        <source>%1 has the placeholder %2, which is not one of %3%4</source>
        <translation>%1 hat den Platzhalter %2, der nicht zu %3 gehört%4</translation>
    </message>
    <message>
        <source>%1 must name %2: without it the path lists the images of every product</source>
        <translation>%1 muss %2 nennen: ohne ihn listet der Pfad die Bilder aller Produkte</translation>
    </message>
    <message>
        <source>%1 must name %2: without it the request deletes the images of every product</source>
        <translation>%1 muss %2 nennen: ohne ihn löscht die Anfrage die Bilder aller Produkte</translation>
    </message>
    <message>
        <source>%1 must name %2</source>
        <translation>%1 muss %2 nennen</translation>
    </message>
    <message>
        <source>&quot;paths.createImage&quot; must name {productId}, or &quot;ids.productIdInBody&quot; must be true: otherwise a new image belongs to no product</source>
        <translation>„paths.createImage“ muss {productId} nennen, oder „ids.productIdInBody“ muss true sein: sonst gehört ein neues Bild zu keinem Produkt</translation>
    </message>
    <message>
        <source>&quot;apiPrefix&quot; may hold only {version} and no query (%1)</source>
        <translation>„apiPrefix“ darf nur {version} und keine Abfrage enthalten (%1)</translation>
    </message>
    <message>
        <source>&quot;capabilities.fullReplaceUpdate&quot; says %1 but &quot;paths.updateImage.shape&quot; says %2</source>
        <translation>„capabilities.fullReplaceUpdate“ sagt %1, aber „paths.updateImage.shape“ sagt %2</translation>
    </message>
    <message>
        <source>%1 is missing or empty (%2)</source>
        <translation>%1 fehlt oder ist leer (%2)</translation>
    </message>
    <message>
        <source>&quot;auth.header&quot; must be a header name without spaces or colons</source>
        <translation>„auth.header“ muss ein Header-Name ohne Leerzeichen und Doppelpunkte sein</translation>
    </message>
    <message>
        <source>productPaging pages it</source>
        <translation>productPaging blättert darin</translation>
    </message>
    <message>
        <source>%1:%2:%3: the file is not valid JSON: %4</source>
        <translation>%1:%2:%3: die Datei ist kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1:1:1: a dialect file is one JSON object ({ … })</source>
        <translation>%1:1:1: eine Dialektdatei ist ein JSON-Objekt ({ … })</translation>
    </message>
    <message>
        <source>%1 is written twice; only one may stay</source>
        <translation>%1 steht zweimal da; nur einer darf bleiben</translation>
    </message>
    <message>
        <source>%1 has the placeholder %2, but only {width} is known there%3</source>
        <translation>%1 enthält den Platzhalter %2, dort ist aber nur {width} bekannt%3</translation>
    </message>
    <message>
        <source>%1 is not a query parameter name: it must be written plain, without spaces, braces or &amp;, =, #, ?, %</source>
        <translation>%1 ist kein Name eines Abfrageparameters: Er muss schlicht geschrieben sein, ohne Leerzeichen, geschweifte Klammern oder &amp;, =, #, ?, %</translation>
    </message>
    <message>
        <source>%1 goes into the file name: it cannot hold /, ?, #, % or spaces</source>
        <translation>%1 wird Teil des Dateinamens: Es darf kein /, ?, #, % und keine Leerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>DialectFactory</name>
    <message>
        <source>Vitrine does not know the store dialect &quot;%1&quot;</source>
        <translation>Vitrine kennt den Shop-Dialekt „%1“ nicht</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; dialect could not be created</source>
        <translation>der Dialekt „%1“ konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <source>storing the token in a file needs your consent</source>
        <translation>das Speichern des Tokens in einer Datei braucht Ihre Zustimmung</translation>
    </message>
    <message>
        <source>no token file yet</source>
        <translation>noch keine Token-Datei</translation>
    </message>
    <message>
        <source>cannot read the token file %1</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the token file %1 is damaged</source>
        <translation>die Token-Datei %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the token file has no token for &quot;%1&quot;</source>
        <translation>die Token-Datei hat kein Token für „%1“</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the token file %1</source>
        <translation>die Token-Datei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>%1 kann nicht privat gemacht werden</translation>
    </message>
</context>
<context>
    <name>GalleryLoader</name>
    <message>
        <source>No store.</source>
        <translation>Kein Shop.</translation>
    </message>
</context>
<context>
    <name>GalleryReview</name>
    <message>
        <source>Image %1 has no alt text: screen readers and search engines cannot tell what it shows.</source>
        <translation>Bild %1 hat keinen Alternativtext: Screenreader und Suchmaschinen können nicht erkennen, was es zeigt.</translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; the store accepts at most %3.</source>
        <translation>Der Alternativtext von Bild %1 hat %2 Zeichen; der Shop akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; screen readers read all of it, so about %3 or fewer is easier to listen to.</source>
        <translation>Der Alternativtext von Bild %1 hat %2 Zeichen; Screenreader lesen alles vor, etwa %3 oder weniger sind angenehmer anzuhören.</translation>
    </message>
    <message>
        <source>The alt text of image %1 (&quot;%2&quot;) looks like a file name or a placeholder; describe what the image shows.</source>
        <translation>Der Alternativtext von Bild %1 („%2“) sieht wie ein Dateiname oder Platzhalter aus; beschreiben Sie, was das Bild zeigt.</translation>
    </message>
    <message>
        <source>Image %1 has the same alt text as image %2.</source>
        <translation>Bild %1 hat denselben Alternativtext wie Bild %2.</translation>
    </message>
    <message>
        <source>Image %1 is the same image (same address) as image %2.</source>
        <translation>Bild %1 ist dasselbe Bild (gleiche Adresse) wie Bild %2.</translation>
    </message>
    <message>
        <source>Image %1 could not be loaded.</source>
        <translation>Bild %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Image %1 could not be loaded: %2</source>
        <translation>Bild %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Image %1 is only %2 × %3 pixels (at least %4 on each side looks sharp when zoomed).</source>
        <translation>Bild %1 hat nur %2 × %3 Pixel (mindestens %4 auf jeder Seite sehen beim Vergrößern scharf aus).</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n Fehler.</numerusform>
            <numerusform>%n Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 is only the product&apos;s title, as on %n other image(s): a screen reader says the same name for each. Say what this image shows — the view, a detail, the colour.</source>
        <translation>
            <numerusform>Der Alternativtext von Bild %1 ist nur der Titel des Produkts, wie bei %n anderen Bild: ein Screenreader sagt für jedes denselben Namen. Sagen Sie, was dieses Bild zeigt — die Ansicht, ein Detail, die Farbe.</numerusform>
            <numerusform>Der Alternativtext von Bild %1 ist nur der Titel des Produkts, wie bei %n anderen Bildern: ein Screenreader sagt für jedes denselben Namen. Sagen Sie, was dieses Bild zeigt — die Ansicht, ein Detail, die Farbe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The alt text of image %1 starts with &quot;%2&quot;: screen readers already say that it is an image. Start with what it shows.</source>
        <translation>Der Alternativtext von Bild %1 beginnt mit „%2“: Screenreader sagen bereits, dass es ein Bild ist. Beginnen Sie mit dem, was es zeigt.</translation>
    </message>
    <message>
        <source>The alt text of image %1 starts with &quot;%2&quot;: screen readers already say that it is an image. Start with what it shows: &quot;%3&quot;.</source>
        <translation>Der Alternativtext von Bild %1 beginnt mit „%2“: Screenreader sagen bereits, dass es ein Bild ist. Beginnen Sie mit dem, was es zeigt: „%3“.</translation>
    </message>
    <message>
        <source>%1 of the %2 images (%3) have the alt text &quot;%4&quot;: a screen reader user cannot tell them apart. Give each image a text that says what it shows that the others do not.</source>
        <translation>%1 der %2 Bilder (%3) haben den Alternativtext „%4“: ein Screenreader-Nutzer kann sie nicht unterscheiden. Geben Sie jedem Bild einen Text, der sagt, was es zeigt und die anderen nicht.</translation>
    </message>
    <message>
        <source>Image %1 shows the variant &quot;%2&quot;, but its alt text names none of its words: a shopper choosing that variant hears nothing of it. Name the colour, material or option in the alt text.</source>
        <translation>Bild %1 zeigt die Variante „%2“, aber sein Alternativtext nennt keines ihrer Wörter: wer diese Variante wählt, hört nichts davon. Nennen Sie Farbe, Material oder Option im Alternativtext.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>„%1“ (meinten Sie „%2“?)</translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 has %n word(s) the %2 dictionary does not know: %3. Correct the spelling — or leave it when it is a name.</source>
        <translation>
            <numerusform>Der Alternativtext von Bild %1 hat %n Wort, das das Wörterbuch %2 nicht kennt: %3. Korrigieren Sie die Schreibweise — oder lassen Sie es, wenn es ein Name ist.</numerusform>
            <numerusform>Der Alternativtext von Bild %1 hat %n Wörter, die das Wörterbuch %2 nicht kennt: %3. Korrigieren Sie die Schreibweise — oder lassen Sie sie, wenn es Namen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 shows the same picture as image %2, under another address (a re-upload or a copy): shoppers see it twice. Delete the later copy, image %1, unless it is meant to be there.</source>
        <translation>Bild %1 zeigt dasselbe Bild wie Bild %2, unter einer anderen Adresse (ein erneuter Upload oder eine Kopie): Kunden sehen es doppelt. Löschen Sie die spätere Kopie, Bild %1, sofern sie nicht gewollt ist.</translation>
    </message>
</context>
<context>
    <name>GenericDialect</name>
    <message>
        <source>image %1 does not say which product it belongs to</source>
        <translation>Bild %1 sagt nicht, zu welchem Produkt es gehört</translation>
    </message>
    <message>
        <source>the store lists its products only by reading every image record it has</source>
        <translation>der Shop nennt seine Produkte nur, wenn man jeden seiner Bilddatensätze liest</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Das Journal %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The journal of unpublished edits was damaged (%1). It was moved to %2 and a new one was started; edits kept in it could not be restored.</source>
        <translation>Das Journal der unveröffentlichten Änderungen war beschädigt (%1). Es wurde nach %2 verschoben und ein neues angelegt; die darin aufbewahrten Änderungen konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal of unpublished edits.</source>
        <translation>Der Ordner %1 für das Journal der unveröffentlichten Änderungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the journal of unpublished edits %1: %2</source>
        <translation>Das Journal der unveröffentlichten Änderungen %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Saving the staged edits</source>
        <translation>Speichern der vorgemerkten Änderungen</translation>
    </message>
    <message>
        <source>Reading the staged edits</source>
        <translation>Lesen der vorgemerkten Änderungen</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>the kept edits are of another product</source>
        <translation>die aufbewahrten Änderungen gehören zu einem anderen Produkt</translation>
    </message>
    <message>
        <source>Dropping unreadable staged edits</source>
        <translation>Verwerfen unlesbarer vorgemerkter Änderungen</translation>
    </message>
    <message>
        <source>The unpublished edits kept for product %1 could not be read (%2) and were dropped.</source>
        <translation>Die für Produkt %1 aufbewahrten unveröffentlichten Änderungen konnten nicht gelesen werden (%2) und wurden verworfen.</translation>
    </message>
    <message>
        <source>The unpublished edits kept for product %1 could not be read (%2); they were saved to %3 and dropped.</source>
        <translation>Die für Produkt %1 aufbewahrten unveröffentlichten Änderungen konnten nicht gelesen werden (%2); sie wurden unter %3 gesichert und verworfen.</translation>
    </message>
    <message>
        <source>Listing the journal</source>
        <translation>Auflisten des Journals</translation>
    </message>
    <message>
        <source>Dropping the staged edits</source>
        <translation>Verwerfen der vorgemerkten Änderungen</translation>
    </message>
    <message>
        <source>Discarding the kept edits</source>
        <translation>Verwerfen der aufbewahrten Änderungen</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Lesen des Journals</translation>
    </message>
    <message>
        <source>The edits kept for product %1 under “%2” could not be set aside.</source>
        <translation>Die für Produkt %1 unter „%2“ aufbewahrten Änderungen konnten nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Moving the kept edits to the new store name</source>
        <translation>Übertragen der aufbewahrten Änderungen auf den neuen Shop-Namen</translation>
    </message>
    <message>
        <source>Older unpublished edits kept under “%1” were replaced by those of the renamed store; they were saved to %2.</source>
        <translation>Ältere unter „%1“ aufbewahrte unveröffentlichte Änderungen wurden durch die des umbenannten Shops ersetzt; sie wurden unter %2 gesichert.</translation>
    </message>
    <message>
        <source>Recording the publish</source>
        <translation>Aufzeichnen der Veröffentlichung</translation>
    </message>
    <message>
        <source>Recording a request&apos;s outcome</source>
        <translation>Aufzeichnen des Ergebnisses einer Anfrage</translation>
    </message>
    <message>
        <source>Closing the publish record</source>
        <translation>Abschließen des Veröffentlichungsprotokolls</translation>
    </message>
    <message>
        <source>Reading the publish record</source>
        <translation>Lesen des Veröffentlichungsprotokolls</translation>
    </message>
    <message>
        <source>Dropping an unreadable publish record</source>
        <translation>Verwerfen eines unlesbaren Veröffentlichungsprotokolls</translation>
    </message>
    <message>
        <source>The record of an interrupted publish of product %1 could not be read%2; it was dropped. Images added by that publish may exist twice on the store: check the gallery before publishing again.</source>
        <translation>Das Protokoll einer unterbrochenen Veröffentlichung von Produkt %1 konnte nicht gelesen werden%2; es wurde verworfen. Von dieser Veröffentlichung hinzugefügte Bilder könnten doppelt im Shop sein: prüfen Sie die Galerie, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source> (saved to %1)</source>
        <translation> (gesichert unter %1)</translation>
    </message>
    <message>
        <source>Recording a request whose outcome is unknown</source>
        <translation>Aufzeichnen einer Anfrage mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Reading requests whose outcome is unknown</source>
        <translation>Lesen der Anfragen mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Dropping an unreadable request record</source>
        <translation>Verwerfen eines unlesbaren Anfrageprotokolls</translation>
    </message>
    <message>
        <source>A record of a request to product %1 whose outcome is unknown could not be read and was dropped%2.</source>
        <translation>Ein Protokoll einer Anfrage an Produkt %1 mit unbekanntem Ergebnis konnte nicht gelesen werden und wurde verworfen%2.</translation>
    </message>
    <message>
        <source>%1 records of requests to product %2 whose outcome is unknown could not be read and were dropped%3.</source>
        <translation>%1 Protokolle von Anfragen an Produkt %2 mit unbekanntem Ergebnis konnten nicht gelesen werden und wurden verworfen%3.</translation>
    </message>
    <message>
        <source>Check the product&apos;s gallery on the store before publishing.</source>
        <translation>Prüfen Sie die Galerie des Produkts im Shop, bevor Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Clearing requests whose outcome is unknown</source>
        <translation>Löschen der Anfragen mit unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Recording a request about to be sent</source>
        <translation>Aufzeichnen einer Anfrage, die gleich gesendet wird</translation>
    </message>
    <message>
        <source>Keeping how the store orders images</source>
        <translation>Festhalten, wie der Shop Bilder ordnet</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the store sent an empty answer</source>
        <translation>der Shop hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is JSON but neither an object nor a list</source>
        <translation>die Antwort ist JSON, aber weder ein Objekt noch eine Liste</translation>
    </message>
</context>
<context>
    <name>KeepImagesCommand</name>
    <message>
        <source>Keep image</source>
        <translation>Bild behalten</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n images</source>
        <translation>
            <numerusform>%n Bild behalten</numerusform>
            <numerusform>%n Bilder behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>the keychain has no token for this profile</source>
        <translation>der Schlüsselbund hat kein Token für dieses Profil</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no keychain service is available on this system (%1); the token can be kept for this session only, or in a private file if you allow it</source>
        <translation>auf diesem System ist kein Schlüsselbund-Dienst verfügbar (%1); das Token kann nur für diese Sitzung aufbewahrt werden oder, wenn Sie es erlauben, in einer privaten Datei</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>der Schlüsselbund ist gescheitert (%1)</translation>
    </message>
    <message>
        <source>the keychain job disappeared</source>
        <translation>der Schlüsselbund-Auftrag ist verschwunden</translation>
    </message>
    <message>
        <source>the keychain service did not answer within %1 s</source>
        <translation>der Schlüsselbund-Dienst hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>MappingReport</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the dialect maps &quot;fields.%1&quot; to &quot;%2&quot;, but no image in the store&apos;s answer for product %3 has that key (the answer&apos;s keys: %4)</source>
        <translation>der Dialekt ordnet „fields.%1“ dem Schlüssel „%2“ zu, aber kein Bild in der Antwort des Shops für Produkt %3 hat diesen Schlüssel (die Schlüssel der Antwort: %4)</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>MemoryTokenStore</name>
    <message>
        <source>no token for &quot;%1&quot; in this session</source>
        <translation>kein Token für „%1“ in dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>MoveImagesCommand</name>
    <message>
        <source>Move image %1 to place %2</source>
        <translation>Bild %1 an Stelle %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n images to places %1</source>
        <translation>
            <numerusform>%n Bild an Stelle %1 verschieben</numerusform>
            <numerusform>%n Bilder an Stellen %1 verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductListing</name>
    <message>
        <source>the store&apos;s product list goes on for more than %1 pages; Vitrine stopped reading it</source>
        <translation>die Produktliste des Shops geht über mehr als %1 Seiten; Vitrine hat aufgehört, sie zu lesen</translation>
    </message>
    <message>
        <source>the store&apos;s next page of products is on another host (%1)</source>
        <translation>die nächste Produktseite des Shops liegt auf einem anderen Host (%1)</translation>
    </message>
    <message>
        <source>the store&apos;s pages of products lead back to a page already read</source>
        <translation>die Produktseiten des Shops führen zu einer bereits gelesenen Seite zurück</translation>
    </message>
</context>
<context>
    <name>ProductName</name>
    <message>
        <source>“%1”</source>
        <comment>a product&apos;s title in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A store profile called &quot;%1&quot; already exists.</source>
        <translation>Ein Shop-Profil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>There is no store profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Shop-Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>PublishPlan</name>
    <message>
        <source>Nothing to publish</source>
        <translation>Nichts zu veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s)</source>
        <translation>
            <numerusform>%n Umordnung</numerusform>
            <numerusform>%n Umordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text edit(s)</source>
        <translation>
            <numerusform>%n Alternativtext-Änderung</numerusform>
            <numerusform>%n Alternativtext-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL change(s)</source>
        <translation>
            <numerusform>%n URL-Änderung</numerusform>
            <numerusform>%n URL-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant change(s)</source>
        <translation>
            <numerusform>%n Varianten-Änderung</numerusform>
            <numerusform>%n Varianten-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s)</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n add(s)</source>
        <translation>
            <numerusform>%n Hinzufügung</numerusform>
            <numerusform>%n Hinzufügungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) stay staged.</source>
        <translation>
            <numerusform>%n Änderung bleibt vorgemerkt.</numerusform>
            <numerusform>%n Änderungen bleiben vorgemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An interrupted publish was finished first (%n request(s) had gone through).</source>
        <translation>
            <numerusform>Eine unterbrochene Veröffentlichung wurde zuerst abgeschlossen (%n Anfrage war durchgegangen).</numerusform>
            <numerusform>Eine unterbrochene Veröffentlichung wurde zuerst abgeschlossen (%n Anfragen waren durchgegangen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) that interrupted requests had already added were kept, not added again.</source>
        <translation>
            <numerusform>%n Bild, das eine unterbrochene Anfrage bereits hinzugefügt hatte, wurde behalten und nicht erneut hinzugefügt.</numerusform>
            <numerusform>%n Bilder, die unterbrochene Anfragen bereits hinzugefügt hatten, wurden behalten und nicht erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1 made on the store in the meantime.</source>
        <translation>%1, die inzwischen im Shop vorgenommen wurden, behalten.</translation>
    </message>
    <message>
        <source>%1 was deleted on the store; its staged edit was dropped.</source>
        <translation>%1 wurde im Shop gelöscht; die vorgemerkte Änderung wurde verworfen.</translation>
    </message>
    <message>
        <source>%1 were deleted on the store; their staged edits were dropped.</source>
        <translation>%1 wurden im Shop gelöscht; die vorgemerkten Änderungen wurden verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were deleted on the store in the meantime.</source>
        <translation>
            <numerusform>%n Bild wurde inzwischen im Shop gelöscht.</numerusform>
            <numerusform>%n Bilder wurden inzwischen im Shop gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store orders images by %1 rules, not %2 as its profile says; %3</source>
        <translation>Der Shop ordnet Bilder nach den Regeln „%1“, nicht „%2“, wie sein Profil sagt; %3</translation>
    </message>
    <message>
        <source>the order was repaired with %1.</source>
        <translation>die Reihenfolge wurde mit %1 repariert.</translation>
    </message>
    <message>
        <source>later publishes follow its rules.</source>
        <translation>spätere Veröffentlichungen folgen seinen Regeln.</translation>
    </message>
    <message>
        <source>The store did not show everything as published; it was repaired with %1.</source>
        <translation>Der Shop zeigte nicht alles als veröffentlicht; es wurde mit %1 repariert.</translation>
    </message>
    <message>
        <source>Publishing stopped: the window or store connection was closed. What was not sent stays staged.</source>
        <translation>Veröffentlichen beendet: das Fenster oder die Shop-Verbindung wurde geschlossen. Was nicht gesendet wurde, bleibt vorgemerkt.</translation>
    </message>
    <message>
        <source>Nothing was published; your change stays staged.</source>
        <translation>Nichts wurde veröffentlicht; Ihre Änderung bleibt vorgemerkt.</translation>
    </message>
    <message>
        <source>Nothing was published; your %1 stay staged.</source>
        <translation>Nichts wurde veröffentlicht; Ihre %1 bleiben vorgemerkt.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was sent.</source>
        <translation>Das Veröffentlichen wurde abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>A change made on the store in the meantime collides with your staged edits: choose whether to keep yours or the store&apos;s.</source>
        <translation>Eine inzwischen im Shop vorgenommene Änderung kollidiert mit Ihren vorgemerkten Änderungen: wählen Sie, ob Ihre oder die des Shops bleiben soll.</translation>
    </message>
    <message>
        <source>%1 changes made on the store in the meantime collide with your staged edits: choose whether to keep yours or the store&apos;s.</source>
        <translation>%1 inzwischen im Shop vorgenommene Änderungen kollidieren mit Ihren vorgemerkten Änderungen: wählen Sie, ob Ihre oder die des Shops bleiben sollen.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 of %2 went through before; %3</source>
        <translation>%1 von %2 sind vorher durchgegangen; %3</translation>
    </message>
    <message>
        <source>Nothing was published; %1</source>
        <translation>Nichts wurde veröffentlicht; %1</translation>
    </message>
    <message>
        <source>Publishing was cancelled after %1 of %2.</source>
        <translation>Das Veröffentlichen wurde nach %1 von %2 abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was published: the publish could not be recorded in the journal (%1).</source>
        <translation>Nichts wurde veröffentlicht: die Veröffentlichung konnte nicht im Journal aufgezeichnet werden (%1).</translation>
    </message>
    <message>
        <source>Publishing stopped: the publish could not be recorded in the journal (%1). %2 of %3 went through before.</source>
        <translation>Veröffentlichen beendet: die Veröffentlichung konnte nicht im Journal aufgezeichnet werden (%1). %2 von %3 sind vorher durchgegangen.</translation>
    </message>
    <message>
        <source>The store is refusing requests for now (too many); %1 of %2 went through.</source>
        <translation>Der Shop lehnt vorerst Anfragen ab (zu viele); %1 von %2 sind durchgegangen.</translation>
    </message>
    <message>
        <source>The store refused every change (%1).</source>
        <translation>Der Shop hat jede Änderung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Published %1 of %2.</source>
        <translation>%1 von %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>Published %1 of %2; %3 failed and stay pending with the store&apos;s message.</source>
        <translation>%1 von %2 veröffentlicht; %3 fehlgeschlagen und bleiben mit der Meldung des Shops ausstehend.</translation>
    </message>
    <message>
        <source>Published %1 with %2, but the store still does not show all of it after %3 repair rounds.</source>
        <translation>%1 mit %2 veröffentlicht, aber der Shop zeigt nach %3 Reparaturrunden immer noch nicht alles davon.</translation>
    </message>
    <message>
        <source>Published %1 with %2.</source>
        <translation>%1 mit %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>Reading the gallery back failed (%1), so it was not checked.</source>
        <translation>Das erneute Lesen der Galerie ist fehlgeschlagen (%1), daher wurde sie nicht geprüft.</translation>
    </message>
    <message>
        <source>The image was not added, so it could not be moved.</source>
        <translation>Das Bild wurde nicht hinzugefügt und konnte daher nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Not sent: publishing stopped before this change.</source>
        <translation>Nicht gesendet: das Veröffentlichen wurde vor dieser Änderung beendet.</translation>
    </message>
    <message>
        <source>Publishing stopped instead of sending the rest to a store that is failing.</source>
        <translation>Das Veröffentlichen wurde beendet, statt den Rest an einen Shop zu senden, der gerade versagt.</translation>
    </message>
    <message>
        <source>Published %1 of %2; the store&apos;s answers to %3 did not say whether they were done, and reading the gallery back does not show them. They are looked for on the store before they are sent again.</source>
        <translation>%1 von %2 veröffentlicht; die Antworten des Shops auf %3 sagten nicht, ob sie ausgeführt wurden, und das erneute Lesen der Galerie zeigt sie nicht. Sie werden im Shop gesucht, bevor sie erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The store&apos;s answer to 1 request could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</source>
        <translation>Die Antwort des Shops auf 1 Anfrage war nicht lesbar oder sagte nicht, ob der Shop die Änderung vorgenommen hat; das erneute Lesen der Galerie zeigt den Shop wie vorgemerkt.</translation>
    </message>
    <message numerus="yes">
        <source>The store&apos;s answers to %n requests could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</source>
        <translation>
            <numerusform>Die Antwort des Shops auf %n Anfrage war nicht lesbar oder sagte nicht, ob der Shop die Änderung vorgenommen hat; das erneute Lesen der Galerie zeigt den Shop wie vorgemerkt.</numerusform>
            <numerusform>Die Antworten des Shops auf %n Anfragen waren nicht lesbar oder sagten nicht, ob der Shop die Änderung vorgenommen hat; das erneute Lesen der Galerie zeigt den Shop wie vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent; the store says the image is already gone. The store is read before anything about it is sent again.</source>
        <translation>Gesendet; der Shop sagt, das Bild sei schon weg. Der Shop wird gelesen, bevor erneut etwas dazu gesendet wird.</translation>
    </message>
    <message>
        <source>Sent, but the store&apos;s answer does not say whether it was done; the store is read before it is sent again. %1</source>
        <translation>Gesendet, aber die Antwort des Shops sagt nicht, ob es ausgeführt wurde; der Shop wird gelesen, bevor es erneut gesendet wird. %1</translation>
    </message>
    <message>
        <source>Not sent yet: whether its image was added is read back first.</source>
        <translation>Noch nicht gesendet: zuerst wird zurückgelesen, ob sein Bild hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>The store renumbers its images when one moves (shift ordering), where its dialect assumed %1 ordering.</source>
        <translation>Der Shop nummeriert seine Bilder neu, wenn eines verschoben wird (Ordnung shift), wo sein Dialekt Ordnung %1 annahm.</translation>
    </message>
    <message>
        <source>The store keeps the positions it is sent (absolute ordering), where its dialect assumed %1 ordering.</source>
        <translation>Der Shop behält die Positionen, die er erhält (Ordnung absolute), wo sein Dialekt Ordnung %1 annahm.</translation>
    </message>
    <message numerus="yes">
        <source>The first move showed it and the rest was planned for it, with %n extra write(s).</source>
        <translation>
            <numerusform>Die erste Verschiebung hat es gezeigt, und der Rest wurde danach geplant, mit %n zusätzlichen Schreibvorgang.</numerusform>
            <numerusform>Die erste Verschiebung hat es gezeigt, und der Rest wurde danach geplant, mit %n zusätzlichen Schreibvorgängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first move showed it and the rest was planned for it.</source>
        <translation>Die erste Verschiebung hat es gezeigt, und der Rest wurde danach geplant.</translation>
    </message>
    <message>
        <source>Later publishes to this store plan for it from the start.</source>
        <translation>Spätere Veröffentlichungen in diesem Shop planen von Anfang an danach.</translation>
    </message>
    <message numerus="yes">
        <source>%n extra write(s) were needed because %1 had the same position on the store.</source>
        <translation>
            <numerusform>%n zusätzlicher Schreibvorgang war nötig, weil %1 im Shop dieselbe Position hatten.</numerusform>
            <numerusform>%n zusätzliche Schreibvorgänge waren nötig, weil %1 im Shop dieselbe Position hatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>estimating the time left…</source>
        <translation>die verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceSourceCommand</name>
    <message>
        <source>Replace the address of image %1</source>
        <translation>Adresse von Bild %1 ersetzen</translation>
    </message>
</context>
<context>
    <name>RequestPipeline</name>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>refusing to send a request to %1://%2: stores are reached over https (plain http only on this computer)</source>
        <translation>Anfrage an %1://%2 abgelehnt: Shops werden über https erreicht (einfaches http nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; Vitrine does not read it</source>
        <translation>die Antwort ist größer als %1 MiB; Vitrine liest sie nicht</translation>
    </message>
    <message>
        <source>no answer within %1 s; the store may or may not have carried out the request, so check before sending it again</source>
        <translation>keine Antwort innerhalb von %1 s; der Shop hat die Anfrage vielleicht ausgeführt, vielleicht nicht, also prüfen Sie das, bevor Sie sie erneut senden</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the store&apos;s TLS certificate was not accepted (%1)</source>
        <translation>das TLS-Zertifikat des Shops wurde nicht akzeptiert (%1)</translation>
    </message>
    <message>
        <source>the store redirected the request to another address, which Vitrine does not follow with the store&apos;s token (%1)</source>
        <translation>der Shop hat die Anfrage an eine andere Adresse umgeleitet, der Vitrine mit dem Token des Shops nicht folgt (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the store answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Shop antwortete</translation>
    </message>
    <message>
        <source>; the store may or may not have carried out the request, so check before sending it again</source>
        <translation>; der Shop hat die Anfrage vielleicht ausgeführt, vielleicht nicht, also prüfen Sie das, bevor Sie sie erneut senden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid request address</source>
        <translation>„%1“ ist keine gültige Anfrageadresse</translation>
    </message>
</context>
<context>
    <name>RequestRunner</name>
    <message>
        <source>the store connection is closed</source>
        <translation>die Verbindung zum Shop ist geschlossen</translation>
    </message>
</context>
<context>
    <name>RestDialect</name>
    <message>
        <source>a UUID (like 9fb9f3c6-2300-42c1-8593-d9008d7cfc09)</source>
        <translation>eine UUID (wie 9fb9f3c6-2300-42c1-8593-d9008d7cfc09)</translation>
    </message>
    <message>
        <source>made of digits only</source>
        <translation>nur aus Ziffern</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not valid for %3: it must be %4</source>
        <translation>die %1 „%2“ ist für %3 nicht gültig: sie muss %4 sein</translation>
    </message>
    <message>
        <source>list a product&apos;s images</source>
        <translation>die Bilder eines Produkts auflisten</translation>
    </message>
    <message>
        <source>read one image</source>
        <translation>ein Bild lesen</translation>
    </message>
    <message>
        <source>the image address &quot;%1&quot; is not an http or https URL</source>
        <translation>die Bildadresse „%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the position must be at least %1</source>
        <translation>die Position muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>link images to variants</source>
        <translation>Bilder mit Varianten verknüpfen</translation>
    </message>
    <message>
        <source>the update changes nothing</source>
        <translation>die Aktualisierung ändert nichts</translation>
    </message>
    <message>
        <source>change the address of an existing image</source>
        <translation>die Adresse eines vorhandenen Bildes ändern</translation>
    </message>
    <message>
        <source>delete all images of a product in one request</source>
        <translation>alle Bilder eines Produkts mit einer Anfrage löschen</translation>
    </message>
    <message>
        <source>an image is %1 instead of an object</source>
        <translation>ein Bild ist %1 statt eines Objekts</translation>
    </message>
    <message>
        <source>an image has no usable &quot;%1&quot; (it is %2)</source>
        <translation>ein Bild hat kein brauchbares „%1“ (es ist %2)</translation>
    </message>
    <message>
        <source>the image list is %1 instead of a list</source>
        <translation>die Bilderliste ist %1 statt einer Liste</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>die Antwort hat keine Liste „%1“</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; object</source>
        <translation>die Antwort hat kein Objekt „%1“</translation>
    </message>
    <message>
        <source>the product list is %1 instead of a list</source>
        <translation>die Produktliste ist %1 statt einer Liste</translation>
    </message>
    <message>
        <source>a product is %1 instead of an object</source>
        <translation>ein Produkt ist %1 statt eines Objekts</translation>
    </message>
    <message>
        <source>a product has no usable &quot;%1&quot; (it is %2)</source>
        <translation>ein Produkt hat kein brauchbares „%1“ (es ist %2)</translation>
    </message>
    <message>
        <source>product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>image id</source>
        <translation>Bild-ID</translation>
    </message>
    <message>
        <source>the alt text has %1 characters; %2 allows at most %3 when adding an image</source>
        <translation>der Alternativtext hat %1 Zeichen; %2 erlaubt beim Hinzufügen eines Bildes höchstens %3</translation>
    </message>
    <message>
        <source>the alt text has %1 characters; %2 allows at most %3 when updating an image</source>
        <translation>der Alternativtext hat %1 Zeichen; %2 erlaubt beim Aktualisieren eines Bildes höchstens %3</translation>
    </message>
    <message>
        <source>list products</source>
        <translation>Produkte auflisten</translation>
    </message>
    <message>
        <source>add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>change images</source>
        <translation>Bilder ändern</translation>
    </message>
    <message>
        <source>the store&apos;s record of image %1 was not read, and a replace update without it would erase the fields Vitrine does not know; read the gallery again first</source>
        <translation>der Datensatz des Shops zu Bild %1 wurde nicht gelesen, und eine ersetzende Aktualisierung ohne ihn würde die Felder löschen, die Vitrine nicht kennt; lesen Sie die Galerie zuerst erneut</translation>
    </message>
    <message>
        <source>delete images</source>
        <translation>Bilder löschen</translation>
    </message>
    <message>
        <source>the store&apos;s answer for product %1 holds image %2 of product %3: the list path &quot;%4&quot; is too broad (it must list the images of one product only); nothing was loaded or sent</source>
        <translation>die Antwort des Shops für Produkt %1 enthält Bild %2 von Produkt %3: der Listenpfad „%4“ ist zu weit (er darf nur die Bilder eines Produkts auflisten); nichts wurde geladen oder gesendet</translation>
    </message>
    <message>
        <source>%1 — nothing was written</source>
        <translation>%1 – nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>SavedTemplates</name>
    <message>
        <source>A saved template needs a name.</source>
        <translation>Eine gespeicherte Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
</context>
<context>
    <name>SetAltTextCommand</name>
    <message>
        <source>Edit alt text of image %1</source>
        <translation>Alternativtext von Bild %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Set alt text of %n images (places %1)</source>
        <translation>
            <numerusform>Alternativtext von %n Bild festlegen (Stelle %1)</numerusform>
            <numerusform>Alternativtext von %n Bildern festlegen (Stellen %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetVariantsCommand</name>
    <message>
        <source>Set variants of image %1</source>
        <translation>Varianten von Bild %1 festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Set variants of %n images (places %1)</source>
        <translation>
            <numerusform>Varianten von %n Bild festlegen (Stelle %1)</numerusform>
            <numerusform>Varianten von %n Bildern festlegen (Stellen %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShoplazzaDialect</name>
    <message>
        <source>the answer has no &quot;product&quot; object</source>
        <translation>die Antwort hat kein Objekt „product“</translation>
    </message>
    <message>
        <source>change alt text with the image request (Vitrine sends it with the product update)</source>
        <translation>den Alternativtext mit der Bildanfrage ändern (Vitrine sendet ihn mit der Produktaktualisierung)</translation>
    </message>
    <message>
        <source>no alt text to change</source>
        <translation>kein Alternativtext zu ändern</translation>
    </message>
    <message>
        <source>the product has no title, which Shoplazza needs to change alt text</source>
        <translation>das Produkt hat keinen Titel, den Shoplazza zum Ändern des Alternativtexts braucht</translation>
    </message>
    <message>
        <source>the product has no &quot;images&quot; list</source>
        <translation>das Produkt hat keine Liste „images“</translation>
    </message>
    <message>
        <source>image %1 is no longer part of this product</source>
        <translation>Bild %1 gehört nicht mehr zu diesem Produkt</translation>
    </message>
    <message>
        <source>the product update&apos;s answer is not an object</source>
        <translation>die Antwort auf die Produktaktualisierung ist kein Objekt</translation>
    </message>
    <message>
        <source>the product update&apos;s answer has no &quot;images&quot; list</source>
        <translation>die Antwort auf die Produktaktualisierung hat keine Liste „images“</translation>
    </message>
    <message>
        <source>the product update&apos;s answer does not show image %1</source>
        <translation>die Antwort auf die Produktaktualisierung zeigt Bild %1 nicht</translation>
    </message>
</context>
<context>
    <name>ShoplineDialect</name>
    <message>
        <source>%1 links an image to one variant at most; %2 were chosen</source>
        <translation>%1 verknüpft ein Bild mit höchstens einer Variante; %2 wurden gewählt</translation>
    </message>
    <message>
        <source>the answer has no &quot;product&quot; object</source>
        <translation>die Antwort hat kein Objekt „product“</translation>
    </message>
    <message>
        <source>the product has no &quot;%1&quot; list</source>
        <translation>das Produkt hat keine Liste „%1“</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>another Vitrine or vitrinectl kept it busy for more than 5 seconds; try again</source>
        <translation>ein anderes Vitrine oder vitrinectl hat es länger als 5 Sekunden belegt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>it was written in another format (version %1)</source>
        <translation>es wurde in einem anderen Format geschrieben (Version %1)</translation>
    </message>
</context>
<context>
    <name>StoreCapabilities</name>
    <message>
        <source>This store&apos;s API</source>
        <translation>Die API dieses Shops</translation>
    </message>
    <message>
        <source>The %1 API</source>
        <translation>Die %1-API</translation>
    </message>
    <message>
        <source>%1 cannot change the URL of an existing image; add the new image and delete the old one instead.</source>
        <translation>%1 kann die URL eines vorhandenen Bildes nicht ändern; fügen Sie stattdessen das neue Bild hinzu und löschen Sie das alte.</translation>
    </message>
    <message>
        <source>%1 does not link images to variants.</source>
        <translation>%1 verknüpft Bilder nicht mit Varianten.</translation>
    </message>
    <message>
        <source>%1 has no request that deletes all images of a product; each image is deleted on its own.</source>
        <translation>%1 hat keine Anfrage, die alle Bilder eines Produkts löscht; jedes Bild wird einzeln gelöscht.</translation>
    </message>
    <message>
        <source>%1 cannot list products; enter the product id.</source>
        <translation>%1 kann keine Produkte auflisten; geben Sie die Produkt-ID ein.</translation>
    </message>
    <message>
        <source>%1 adds new images at the end; they are moved after being added.</source>
        <translation>%1 fügt neue Bilder am Ende hinzu; sie werden nach dem Hinzufügen verschoben.</translation>
    </message>
</context>
<context>
    <name>StoreClient</name>
    <message>
        <source>the store connection is closed</source>
        <translation>die Verbindung zum Shop ist geschlossen</translation>
    </message>
    <message>
        <source>this store cannot list products; give a product id to test the connection with</source>
        <translation>dieser Shop kann keine Produkte auflisten; geben Sie eine Produkt-ID an, mit der die Verbindung getestet wird</translation>
    </message>
    <message>
        <source>the %1 dialect is not described by field names</source>
        <translation>der Dialekt %1 ist nicht durch Feldnamen beschrieben</translation>
    </message>
</context>
<context>
    <name>StoreDialect</name>
    <message>
        <source>the product id is empty</source>
        <translation>die Produkt-ID ist leer</translation>
    </message>
    <message>
        <source>the image id is empty</source>
        <translation>die Bild-ID ist leer</translation>
    </message>
    <message>
        <source>the %1 API cannot %2</source>
        <translation>die %1-API kann nicht %2</translation>
    </message>
    <message>
        <source>delete all images of a product in one request</source>
        <translation>alle Bilder eines Produkts mit einer Anfrage löschen</translation>
    </message>
    <message>
        <source>the store accepted the new image but did not say where it is (no body, no Location)</source>
        <translation>der Shop hat das neue Bild angenommen, aber nicht gesagt, wo es ist (kein Inhalt, kein Location)</translation>
    </message>
    <message>
        <source>change the alt text of several images at once</source>
        <translation>den Alternativtext mehrerer Bilder auf einmal ändern</translation>
    </message>
    <message>
        <source>list products</source>
        <translation>Produkte auflisten</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>The image host has no image at this address</source>
        <translation>Der Bild-Host hat unter dieser Adresse kein Bild</translation>
    </message>
    <message>
        <source>The image host refused to send this image</source>
        <translation>Der Bild-Host hat sich geweigert, dieses Bild zu senden</translation>
    </message>
    <message>
        <source>The image host took too long to answer</source>
        <translation>Der Bild-Host hat zu lange für die Antwort gebraucht</translation>
    </message>
    <message>
        <source>The image host could not be reached. Check the connection</source>
        <translation>Der Bild-Host ist nicht erreichbar. Prüfen Sie die Verbindung</translation>
    </message>
    <message>
        <source>The image host is receiving too many requests. Try again later</source>
        <translation>Der Bild-Host erhält zu viele Anfragen. Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The image host had a problem on its side. Try again later</source>
        <translation>Der Bild-Host hatte ein Problem auf seiner Seite. Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The image host sent an answer Vitrine cannot show</source>
        <translation>Der Bild-Host hat eine Antwort gesendet, die Vitrine nicht anzeigen kann</translation>
    </message>
    <message>
        <source>This cannot be sent to the store</source>
        <translation>Das kann nicht an den Shop gesendet werden</translation>
    </message>
    <message>
        <source>The store could not be reached. Check the connection and the store address</source>
        <translation>Der Shop ist nicht erreichbar. Prüfen Sie die Verbindung und die Shop-Adresse</translation>
    </message>
    <message>
        <source>The store took too long to answer</source>
        <translation>Der Shop hat zu lange für die Antwort gebraucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The store refused the access token. Check the token in the store profile</source>
        <translation>Der Shop hat das Zugriffstoken abgelehnt. Prüfen Sie das Token im Shop-Profil</translation>
    </message>
    <message>
        <source>The access token is not allowed to do this. Check the app&apos;s access scopes</source>
        <translation>Das Zugriffstoken darf das nicht. Prüfen Sie die Zugriffsrechte der App</translation>
    </message>
    <message>
        <source>The store has no such address — check the store address</source>
        <translation>Der Shop hat keine solche Adresse – prüfen Sie die Shop-Adresse</translation>
    </message>
    <message>
        <source>The store has no such address — check the store address (asked for %1)</source>
        <translation>Der Shop hat keine solche Adresse – prüfen Sie die Shop-Adresse (angefragt: %1)</translation>
    </message>
    <message>
        <source>The store does not have this item any more (it may have been deleted elsewhere)</source>
        <translation>Der Shop hat diesen Eintrag nicht mehr (er wurde vielleicht anderswo gelöscht)</translation>
    </message>
    <message>
        <source>The store refused the change</source>
        <translation>Der Shop hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>This was changed elsewhere in the meantime</source>
        <translation>Das wurde inzwischen anderswo geändert</translation>
    </message>
    <message>
        <source>The store is receiving too many requests and asks to wait %1; Vitrine stopped retrying</source>
        <translation>Der Shop erhält zu viele Anfragen und bittet, %1 zu warten; Vitrine hat die Wiederholungen beendet</translation>
    </message>
    <message>
        <source>The store is still receiving too many requests after Vitrine slowed down and its retries ran out. Try again in a minute</source>
        <translation>Der Shop erhält immer noch zu viele Anfragen, obwohl Vitrine langsamer wurde, und die Wiederholungen sind aufgebraucht. Versuchen Sie es in einer Minute erneut</translation>
    </message>
    <message>
        <source>The store had a problem on its side. Try again later</source>
        <translation>Der Shop hatte ein Problem auf seiner Seite. Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The store sent an answer Vitrine does not understand</source>
        <translation>Der Shop hat eine Antwort gesendet, die Vitrine nicht versteht</translation>
    </message>
    <message>
        <source>This store does not support that</source>
        <translation>Dieser Shop unterstützt das nicht</translation>
    </message>
</context>
<context>
    <name>StoreProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown store dialect &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Shop-Dialekt „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>A custom dialect needs the path of its description file.</source>
        <translation>Ein eigener Dialekt braucht den Pfad seiner Beschreibungsdatei.</translation>
    </message>
    <message>
        <source>The custom dialect file %1 does not exist.</source>
        <translation>Die eigene Dialektdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the store address (for example https://shop.example.com).</source>
        <translation>Geben Sie die Shop-Adresse ein (zum Beispiel https://shop.example.com).</translation>
    </message>
    <message>
        <source>The store address &quot;%1&quot; is not a valid URL (for example https://shop.example.com).</source>
        <translation>Die Shop-Adresse „%1“ ist keine gültige URL (zum Beispiel https://shop.example.com).</translation>
    </message>
    <message>
        <source>The store address must start with https://.</source>
        <translation>Die Shop-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The store address must use https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>Die Shop-Adresse muss https:// verwenden (einfaches http ist nur für diesen Computer erlaubt, 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>The store address must not contain a user name or password; the token is kept separately.</source>
        <translation>Die Shop-Adresse darf keinen Benutzernamen und kein Passwort enthalten; das Token wird getrennt aufbewahrt.</translation>
    </message>
    <message>
        <source>The store address must not contain a query or fragment.</source>
        <translation>Die Shop-Adresse darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The timeout must be positive.</source>
        <translation>Die Zeitüberschreitung muss positiv sein.</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and 20.</source>
        <translation>Die Anzahl der Wiederholungen muss zwischen 0 und 20 liegen.</translation>
    </message>
    <message>
        <source>The rate limit must be positive, with a burst of at least 1.</source>
        <translation>Das Ratenlimit muss positiv sein, mit einem Burst von mindestens 1.</translation>
    </message>
</context>
<context>
    <name>ThumbnailFetcher</name>
    <message>
        <source>&quot;%1&quot; is not an http or https image address</source>
        <translation>„%1“ ist keine http- oder https-Bildadresse</translation>
    </message>
    <message>
        <source>the image is larger than %1 MiB</source>
        <translation>das Bild ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the image host did not answer in time</source>
        <translation>der Bild-Host hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>TokenResolver</name>
    <message>
        <source>no token is stored for &quot;%1&quot;</source>
        <translation>für „%1“ ist kein Token gespeichert</translation>
    </message>
    <message>
        <source>no token is stored for &quot;%1&quot; (%2)</source>
        <translation>für „%1“ ist kein Token gespeichert (%2)</translation>
    </message>
    <message>
        <source>the token is kept for this session only</source>
        <translation>das Token wird nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>; the token is kept for this session only</source>
        <translation>; das Token wird nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>no token store is available</source>
        <translation>kein Token-Speicher ist verfügbar</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation>ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>Alt text cannot contain %1; write it as one line.</source>
        <translation>Ein Alternativtext darf %1 nicht enthalten; schreiben Sie ihn als eine Zeile.</translation>
    </message>
    <message>
        <source>Alt text is %1 characters long; this store accepts at most %2 (%3 too many).</source>
        <translation>Der Alternativtext ist %1 Zeichen lang; dieser Shop akzeptiert höchstens %2 (%3 zu viel).</translation>
    </message>
    <message>
        <source>Enter the image&apos;s web address (http:// or https://).</source>
        <translation>Geben Sie die Webadresse des Bildes ein (http:// oder https://).</translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most %2 are accepted.</source>
        <translation>Die Adresse ist %1 Zeichen lang; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The address contains a space; spaces must be written as %20.</source>
        <translation>Die Adresse enthält ein Leerzeichen; Leerzeichen müssen als %20 geschrieben werden.</translation>
    </message>
    <message>
        <source>The address contains a control character.</source>
        <translation>Die Adresse enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>This is not a well-formed web address (%1).</source>
        <translation>Das ist keine gültige Webadresse (%1).</translation>
    </message>
    <message>
        <source>The address has no scheme; start it with https:// or http://.</source>
        <translation>Die Adresse hat kein Schema; beginnen Sie sie mit https:// oder http://.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used, not %1:.</source>
        <translation>Nur http- und https-Adressen sind möglich, nicht %1:.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo store listens at %1 (its images at %2).
</source>
        <translation>Der Demo-Shop ist unter %1 erreichbar (seine Bilder unter %2).
</translation>
    </message>
</context>
<context>
    <name>vitrine::AboutDialog</name>
    <message>
        <source>About Vitrine</source>
        <translation>Über Vitrine</translation>
    </message>
    <message>
        <source>Edit the image galleries of your store&apos;s products: reorder, describe, clean up, then publish with the fewest requests.</source>
        <translation>Bearbeiten Sie die Bildergalerien der Produkte Ihres Shops: sortieren, beschreiben, aufräumen und dann mit möglichst wenigen Anfragen veröffentlichen.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>vitrine::AddImageDialog</name>
    <message>
        <source>Add image by URL</source>
        <translation>Bild über URL hinzufügen</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Image &amp;URL:</source>
        <translation>Bild-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>The image is added at the end of the gallery.</source>
        <translation>Das Bild wird am Ende der Galerie hinzugefügt.</translation>
    </message>
    <message>
        <source>It reaches the store when you publish.</source>
        <translation>Es erreicht den Shop beim Veröffentlichen.</translation>
    </message>
    <message>
        <source>Optional, but recommended: without it the image is invisible to screen readers and search engines.</source>
        <translation>Optional, aber empfohlen: ohne ihn ist das Bild für Screenreader und Suchmaschinen unsichtbar.</translation>
    </message>
    <message>
        <source>The image is added at the end of the gallery of %1.</source>
        <translation>Das Bild wird am Ende der Galerie von %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>vitrine::AltImportDialog</name>
    <message>
        <source>Keep All as They Are Now</source>
        <translation>Alle so lassen, wie sie jetzt sind</translation>
    </message>
    <message>
        <source>Take All from the File</source>
        <translation>Alle aus der Datei übernehmen</translation>
    </message>
    <message>
        <source>Import Alt Text — %1</source>
        <translation>Alt-Text importieren – %1</translation>
    </message>
    <message>
        <source>Cells to stage</source>
        <translation>Vorzumerkende Zellen</translation>
    </message>
    <message>
        <source>Cells changed on the store since the export</source>
        <translation>Seit dem Export im Shop geänderte Zellen</translation>
    </message>
    <message>
        <source>These cells changed on the store since the file was exported, and the file changes them too. Nothing is overwritten unless you tick it: ticked, the file&apos;s value is staged; unticked, the value it has now stays.</source>
        <translation>Diese Zellen wurden im Shop geändert, seit die Datei exportiert wurde, und die Datei ändert sie ebenfalls. Nichts wird überschrieben, solange Sie es nicht ankreuzen: angekreuzt wird der Wert aus der Datei vorgemerkt; nicht angekreuzt bleibt der jetzige Wert.</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>To Stage (%1)</source>
        <translation>Vorzumerken (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Skipped Lines (%1)</source>
        <translation>Übersprungene Zeilen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) unchanged since the export.</source>
        <translation>
            <numerusform>%n Zelle seit dem Export unverändert.</numerusform>
            <numerusform>%n Zellen seit dem Export unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message numerus="yes">
        <source>Stage %n Cell(s)</source>
        <translation>
            <numerusform>%n Zelle vormerken</numerusform>
            <numerusform>%n Zellen vormerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltImportModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>The file&apos;s value is staged.</source>
        <translation>Der Wert aus der Datei wird vorgemerkt.</translation>
    </message>
    <message>
        <source>The value it has now stays.</source>
        <translation>Der Wert, den es jetzt hat, bleibt.</translation>
    </message>
    <message>
        <source>Use the file&apos;s</source>
        <translation>Wert der Datei verwenden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>When exported</source>
        <translation>Beim Export</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTemplateDialog</name>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Alt Text from a Template</source>
        <translation>Alt-Text aus einer Vorlage</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>Use a template saved earlier</source>
        <translation>Eine früher gespeicherte Vorlage verwenden</translation>
    </message>
    <message>
        <source>Forget the saved template chosen on the left</source>
        <translation>Die links gewählte gespeicherte Vorlage vergessen</translation>
    </message>
    <message>
        <source>Placeholders: {title} {variant} {place} {count} {vendor} {type} {file}. […] is an optional part, left out when a placeholder in it is empty.</source>
        <translation>Platzhalter: {title} {variant} {place} {count} {vendor} {type} {file}. […] ist ein optionaler Teil, der wegfällt, wenn ein Platzhalter darin leer ist.</translation>
    </message>
    <message>
        <source>Only images without alt text</source>
        <translation>Nur Bilder ohne Alt-Text</translation>
    </message>
    <message>
        <source>Every image (replace its alt text)</source>
        <translation>Jedes Bild (seinen Alt-Text ersetzen)</translation>
    </message>
    <message>
        <source>After the alt text an image has (append)</source>
        <translation>Nach dem Alt-Text, den ein Bild hat (anhängen)</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Images the template changes</source>
        <translation>Bilder, die die Vorlage ändert</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>&amp;Schreiben:</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Keine gespeicherten Vorlagen</translation>
    </message>
    <message>
        <source>Saved templates…</source>
        <translation>Gespeicherte Vorlagen…</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Save this template as:</source>
        <translation>Diese Vorlage speichern als:</translation>
    </message>
    <message>
        <source>Fix the template to see what it writes.</source>
        <translation>Korrigieren Sie die Vorlage, um zu sehen, was sie schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird angesehen…</numerusform>
            <numerusform>%n Bilder werden angesehen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a template, or choose a saved one.</source>
        <translation>Geben Sie eine Vorlage ein, oder wählen Sie eine gespeicherte.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message numerus="yes">
        <source>Stage %n Alt Text(s)</source>
        <translation>
            <numerusform>%n Alt-Text vormerken</numerusform>
            <numerusform>%n Alt-Texte vormerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTemplatePreviewModel</name>
    <message>
        <source>over the store&apos;s limit (%1 / %2): not staged</source>
        <translation>über der Grenze des Shops (%1 / %2): nicht vorgemerkt</translation>
    </message>
    <message>
        <source>the same text as image %1</source>
        <translation>derselbe Text wie bei Bild %1</translation>
    </message>
    <message>
        <source>looks like a file name or a placeholder</source>
        <translation>sieht aus wie ein Dateiname oder ein Platzhalter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Over the store&apos;s limit: this text cannot be staged.</source>
        <translation>Über der Grenze des Shops: dieser Text kann nicht vorgemerkt werden.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Alt text now</source>
        <translation>Alt-Text jetzt</translation>
    </message>
    <message>
        <source>New alt text</source>
        <translation>Neuer Alt-Text</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>empty here, left out: %1</source>
        <translation>hier leer, weggelassen: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextActions</name>
    <message>
        <source>Alt Text from &amp;Template…</source>
        <translation>Alt-Text aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>E&amp;xport Alt Text…</source>
        <translation>Alt-Text e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Alt Text…</source>
        <translation>Alt-Text &amp;importieren…</translation>
    </message>
    <message>
        <source>Fill alt text from the product&apos;s data, with a preview before anything is staged</source>
        <translation>Alt-Text aus den Daten des Produkts füllen, mit einer Vorschau, bevor etwas vorgemerkt wird</translation>
    </message>
    <message>
        <source>Save the gallery&apos;s alt text as a spreadsheet (CSV)</source>
        <translation>Den Alt-Text der Galerie als Tabelle (CSV) speichern</translation>
    </message>
    <message>
        <source>Stage the alt text and places of an edited spreadsheet, after a preview that shows what changed on the store meanwhile</source>
        <translation>Alt-Text und Plätze aus einer bearbeiteten Tabelle vormerken, nach einer Vorschau, die zeigt, was sich im Shop inzwischen geändert hat</translation>
    </message>
    <message>
        <source>The alt text could not be saved to %1: %2</source>
        <translation>Der Alt-Text konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Import alt text</source>
        <translation>Alt-Text importieren</translation>
    </message>
    <message>
        <source>Apply alt text template</source>
        <translation>Alt-Text-Vorlage anwenden</translation>
    </message>
    <message>
        <source>Alt Text from a Template</source>
        <translation>Alt-Text aus einer Vorlage</translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s) staged from the template (one undo step).</source>
        <translation>
            <numerusform>%n Alt-Text aus der Vorlage vorgemerkt (ein Rückgängig-Schritt).</numerusform>
            <numerusform>%n Alt-Texte aus der Vorlage vorgemerkt (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
    <message>
        <source> alt text.csv</source>
        <translation> Alt-Text.csv</translation>
    </message>
    <message>
        <source>Spreadsheet, UTF-8 (*.csv)</source>
        <translation>Tabelle, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Spreadsheet for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>Tabelle für Excel, UTF-8 mit Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
        <source>Export Alt Text</source>
        <translation>Alt-Text exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Alt text of %n image(s) exported to %1.</source>
        <translation>
            <numerusform>Alt-Text von %n Bild nach %1 exportiert.</numerusform>
            <numerusform>Alt-Text von %n Bildern nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Alt Text</source>
        <translation>Alt-Text importieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv *.txt)</source>
        <translation>Tabelle (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the spreadsheet staged (one undo step).</source>
        <translation>
            <numerusform>%n Zelle der Tabelle vorgemerkt (ein Rückgängig-Schritt).</numerusform>
            <numerusform>%n Zellen der Tabelle vorgemerkt (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextCounter</name>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextDelegate</name>
    <message>
        <source>Alt text of %1</source>
        <translation>Alternativtext von %1</translation>
    </message>
    <message>
        <source>Alt text not changed: %1</source>
        <translation>Alternativtext nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextEditor</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Menschen, die es nicht sehen können</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextLineEdit</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Menschen, die es nicht sehen können</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextPanel</name>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Stage this alt text (Enter). Undo takes it back.</source>
        <translation>Diesen Alternativtext vormerken (Eingabetaste). „Rückgängig“ nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Select one or more images to edit their alt text.</source>
        <translation>Wählen Sie ein oder mehrere Bilder aus, um ihren Alternativtext zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>These images have different alt texts. Type one to give it to all %n.</source>
        <translation>
            <numerusform>Diese Bilder haben verschiedene Alternativtexte. Geben Sie einen ein, um ihn allen %n zu geben.</numerusform>
            <numerusform>Diese Bilder haben verschiedene Alternativtexte. Geben Sie einen ein, um ihn allen %n zu geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe what the image shows, e.g. “Grey three-seat sofa, front view”.</source>
        <translation>Beschreiben Sie, was das Bild zeigt, z. B. „Graues Dreisitzer-Sofa, Vorderansicht“.</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>This store allows %1 characters for new images and %2 for existing ones.</source>
        <translation>Dieser Shop erlaubt %1 Zeichen für neue Bilder und %2 für vorhandene.</translation>
    </message>
    <message>
        <source>This store allows %1 characters.</source>
        <translation>Dieser Shop erlaubt %1 Zeichen.</translation>
    </message>
    <message>
        <source>This store documents no length limit; keep it short and specific.</source>
        <translation>Dieser Shop nennt keine Längengrenze; fassen Sie sich kurz und genau.</translation>
    </message>
    <message>
        <source>These images have different alt texts. Type one to give it to both.</source>
        <translation>Diese Bilder haben verschiedene Alternativtexte. Geben Sie einen ein, um ihn beiden zu geben.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>%n Bild ausgewählt</numerusform>
            <numerusform>%n Bilder ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogController</name>
    <message>
        <source>The audit was written to %1.</source>
        <translation>Der Prüfbericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The catalog of this store is empty: Scan Store reads it.</source>
        <translation>Der Katalog dieses Shops ist leer: „Shop scannen“ liest ihn.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Shop ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning: %1, %2</source>
        <translation>Scan: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery/galleries to read</source>
        <translation>
            <numerusform>%n Galerie zu lesen</numerusform>
            <numerusform>%n Galerien zu lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking pictures: %1 of %2…</source>
        <translation>Bilder werden geprüft: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) checked.</source>
        <translation>
            <numerusform>%n Bild geprüft.</numerusform>
            <numerusform>%n Bilder geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit could not be written to %1: %2</source>
        <translation>Der Prüfbericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Apply alt text template</source>
        <translation>Alt-Text-Vorlage anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 staged in %n product(s).</source>
        <translation>
            <numerusform>%1 in %n Produkt vorgemerkt.</numerusform>
            <numerusform>%1 in %n Produkten vorgemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n Alt-Text</numerusform>
            <numerusform>%n Alt-Texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>Bilder löschen</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) staged for deletion; a publish deletes them on the store, Undo takes them back.</source>
        <translation>
            <numerusform>%n Bild zum Löschen vorgemerkt; beim Veröffentlichen wird es im Shop gelöscht, Rückgängig holt es zurück.</numerusform>
            <numerusform>%n Bilder zum Löschen vorgemerkt; beim Veröffentlichen werden sie im Shop gelöscht, Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogEditor</name>
    <message>
        <source>Product %1 is not in the catalog (scan again).</source>
        <translation>Produkt %1 ist nicht im Katalog (erneut scannen).</translation>
    </message>
    <message>
        <source>That image is no longer in the gallery of product %1.</source>
        <translation>Dieses Bild ist nicht mehr in der Galerie von Produkt %1.</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message>
        <source>An image not on the store yet is removed in its gallery: open the gallery of product %1.</source>
        <translation>Ein Bild, das noch nicht im Shop ist, wird in seiner Galerie entfernt: Öffnen Sie die Galerie von Produkt %1.</translation>
    </message>
    <message>
        <source>Select the images to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Bilder aus.</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogProductsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have alt text.</source>
        <translation>
            <numerusform>%1 von %n Bild haben Alt-Text.</numerusform>
            <numerusform>%1 von %n Bildern haben Alt-Text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Staged edits</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogPublishDialog</name>
    <message>
        <source>Publish All</source>
        <translation>Alles veröffentlichen</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Products published</source>
        <translation>Veröffentlichte Produkte</translation>
    </message>
    <message>
        <source>&amp;Publish All</source>
        <translation>Alles &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Publish to %1: %2, %3 → %4.</source>
        <translation>Veröffentlichen nach %1: %2, %3 → %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 at the store&apos;s rate of %2 requests a second.</source>
        <translation>Etwa %1 bei der Rate des Shops von %2 Anfragen pro Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Each product is checked for changes made elsewhere first; a product that fails keeps its edits staged.</source>
        <translation>Jedes Produkt wird zuerst auf anderswo gemachte Änderungen geprüft; ein Produkt, bei dem es fehlschlägt, behält seine Änderungen vorgemerkt.</translation>
    </message>
    <message>
        <source>Product %1 of %2: %3</source>
        <translation>Produkt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopping: no new request is sent; waiting for the answers to those already sent…</source>
        <translation>Wird angehalten: keine neue Anfrage wird gesendet; die Antworten auf die bereits gesendeten werden abgewartet…</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogScanner</name>
    <message>
        <source>A scan of this store is already running.</source>
        <translation>Ein Scan dieses Shops läuft bereits.</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>Der Shop ist geschlossen.</translation>
    </message>
    <message>
        <source>The scan stopped: %1 What was read is kept; scanning again continues from there.</source>
        <translation>Der Scan wurde beendet: %1 Was gelesen wurde, bleibt erhalten; ein neuer Scan macht dort weiter.</translation>
    </message>
    <message>
        <source>The local catalog could not be written: %1</source>
        <translation>Der lokale Katalog konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled. What was read is kept; scanning again continues from there.</source>
        <translation>Der Scan wurde abgebrochen. Was gelesen wurde, bleibt erhalten; ein neuer Scan macht dort weiter.</translation>
    </message>
    <message>
        <source>Scanned %1 and %2 with %3.</source>
        <translation>%1 und %2 mit %3 gescannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogSheetController</name>
    <message>
        <source>No store is open.</source>
        <translation>Kein Shop ist geöffnet.</translation>
    </message>
    <message>
        <source>The alt text could not be saved to %1: %2</source>
        <translation>Der Alt-Text konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Reading product %1 (%2 of %3)…</source>
        <translation>Produkt %1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Product %1 could not be read: %2</source>
        <translation>Produkt %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import alt text</source>
        <translation>Alt-Text importieren</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message>
        <source>Spreadsheet, UTF-8 (*.csv)</source>
        <translation>Tabelle, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Spreadsheet for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>Tabelle für Excel, UTF-8 mit Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
        <source>Export Alt Text</source>
        <translation>Alt-Text exportieren</translation>
    </message>
    <message>
        <source>catalog alt text.csv</source>
        <translation>Katalog-Alternativtexte.csv</translation>
    </message>
    <message numerus="yes">
        <source>Alt text of %n image(s) exported to %1.</source>
        <translation>
            <numerusform>Alt-Text von %n Bild nach %1 exportiert.</numerusform>
            <numerusform>Alt-Text von %n Bildern nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Alt Text</source>
        <translation>Alt-Text importieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv *.txt)</source>
        <translation>Tabelle (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the spreadsheet staged (one undo step).</source>
        <translation>
            <numerusform>%n Zelle der Tabelle vorgemerkt (ein Rückgängig-Schritt).</numerusform>
            <numerusform>%n Zellen der Tabelle vorgemerkt (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogSummaryView</name>
    <message>
        <source>Alt text coverage</source>
        <translation>Abdeckung mit Alt-Text</translation>
    </message>
    <message>
        <source>Problems per kind</source>
        <translation>Probleme nach Art</translation>
    </message>
    <message>
        <source>%1, %2: %3 % have alt text.</source>
        <translation>%1, %2: %3 % haben Alt-Text.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) not checked yet: broken and tiny are not judged for them.</source>
        <translation>
            <numerusform>%n Bild noch nicht geprüft: defekt und winzig werden dafür nicht beurteilt.</numerusform>
            <numerusform>%n Bilder noch nicht geprüft: defekt und winzig werden für sie nicht beurteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>With alt text (%1)</source>
        <translation>Mit Alt-Text (%1)</translation>
    </message>
    <message>
        <source>Without (%1)</source>
        <translation>Ohne (%1)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogWindow</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Arbeitsliste</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt des Scans</translation>
    </message>
    <message>
        <source>&amp;Scan Store</source>
        <translation>Shop &amp;scannen</translation>
    </message>
    <message>
        <source>Read every product and image of the store into the catalog (only what changed, when it was scanned before)</source>
        <translation>Jedes Produkt und Bild des Shops in den Katalog lesen (nur was sich geändert hat, wenn schon einmal gescannt)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the scan or the picture checks; the next scan continues</source>
        <translation>Den Scan oder die Bildprüfungen stoppen; der nächste Scan macht weiter</translation>
    </message>
    <message>
        <source>&amp;Publish All…</source>
        <translation>Alles &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish the staged edits of every product</source>
        <translation>Die vorgemerkten Änderungen jedes Produkts veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Export Audit…</source>
        <translation>Prüfbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the findings to a CSV or JSON file</source>
        <translation>Die Befunde in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Open &amp;Gallery</source>
        <translation>&amp;Galerie öffnen</translation>
    </message>
    <message>
        <source>Open the product of the selected line in the gallery window</source>
        <translation>Das Produkt der gewählten Zeile im Galeriefenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Filter products by title</source>
        <translation>Produkte nach Titel filtern</translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Produkte filtern</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Problems shown</source>
        <translation>Gezeigte Probleme</translation>
    </message>
    <message>
        <source>Every image</source>
        <translation>Jedes Bild</translation>
    </message>
    <message>
        <source>Any problem</source>
        <translation>Jedes Problem</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>Catalog of %1</source>
        <translation>Katalog von %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Alt Text from &amp;Template…</source>
        <translation>Alt-Text aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Fill the alt text of the selected lines (or of every line shown) from a template, with a preview first</source>
        <translation>Den Alt-Text der ausgewählten Zeilen (oder jeder angezeigten Zeile) aus einer Vorlage füllen, zuerst mit Vorschau</translation>
    </message>
    <message>
        <source>E&amp;xport Alt Text…</source>
        <translation>Alt-Text e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the alt text of every product as a spreadsheet (CSV), with what is staged</source>
        <translation>Den Alternativtext aller Produkte als Tabelle (CSV) speichern, mit den vorgemerkten Änderungen</translation>
    </message>
    <message>
        <source>&amp;Import Alt Text…</source>
        <translation>Alt-Text &amp;importieren…</translation>
    </message>
    <message>
        <source>Stage the alt text and places of an edited spreadsheet, after a preview that shows what changed on the store meanwhile</source>
        <translation>Alt-Text und Plätze aus einer bearbeiteten Tabelle vormerken, nach einer Vorschau, die zeigt, was sich im Shop inzwischen geändert hat</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Images</source>
        <translation>Bilder &amp;löschen</translation>
    </message>
    <message>
        <source>Stage the deletion of the selected lines&apos; images from their products (Undo takes it back; a publish deletes them)</source>
        <translation>Das Löschen der Bilder der ausgewählten Zeilen aus ihren Produkten vormerken (Rückgängig holt sie zurück; beim Veröffentlichen werden sie gelöscht)</translation>
    </message>
</context>
<context>
    <name>vitrine::ConflictDialog</name>
    <message>
        <source>(no alt text)</source>
        <translation>(kein Alternativtext)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1 (Bild %2)</translation>
    </message>
    <message>
        <source>, place %1</source>
        <translation>, Stelle %1</translation>
    </message>
    <message>
        <source>, position %1</source>
        <translation>, Position %1</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>Stelle %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>kept, alt text %1</source>
        <translation>behalten, Alternativtext %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>you are deleting every image</source>
        <translation>Sie löschen alle Bilder</translation>
    </message>
    <message>
        <source>not in your gallery</source>
        <translation>nicht in Ihrer Galerie</translation>
    </message>
    <message>
        <source>%1, alt text %2</source>
        <translation>%1, Alternativtext %2</translation>
    </message>
    <message>
        <source>you are deleting it</source>
        <translation>Sie löschen es</translation>
    </message>
    <message>
        <source>Keep mine (add it again)</source>
        <translation>Meine behalten (erneut hinzufügen)</translation>
    </message>
    <message>
        <source>Keep mine (delete it)</source>
        <translation>Meine behalten (löschen)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs (let it go)</source>
        <translation>Ihre übernehmen (gehen lassen)</translation>
    </message>
    <message>
        <source>Take theirs (keep it)</source>
        <translation>Ihre übernehmen (behalten)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Changed on the store</source>
        <translation>Im Shop geändert</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>Alle meine &amp;behalten</translation>
    </message>
    <message>
        <source>Publish your version wherever you changed the same thing</source>
        <translation>Ihre Version überall veröffentlichen, wo Sie dasselbe geändert haben</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>Alle ihre übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>Keep the store&apos;s version wherever you changed the same thing</source>
        <translation>Die Version des Shops überall behalten, wo Sie dasselbe geändert haben</translation>
    </message>
    <message>
        <source>&amp;Continue publishing</source>
        <translation>&amp;Weiter veröffentlichen</translation>
    </message>
    <message>
        <source>Do &amp;not publish</source>
        <translation>&amp;Nicht veröffentlichen</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>diesem Produkt</translation>
    </message>
    <message>
        <source>The gallery of %1 was changed on the store since you loaded it. These changes are taken; nothing you changed is affected.</source>
        <translation>Die Galerie von %1 wurde im Shop geändert, seit Sie sie geladen haben. Diese Änderungen werden übernommen; nichts von Ihren Änderungen ist betroffen.</translation>
    </message>
    <message>
        <source>The gallery of %1 was changed on the store since you loaded it, and you changed the same images. For each, choose which version to keep.</source>
        <translation>Die Galerie von %1 wurde im Shop geändert, seit Sie sie geladen haben, und Sie haben dieselben Bilder geändert. Wählen Sie für jedes, welche Version bleiben soll.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>On the store</source>
        <translation>Im Shop</translation>
    </message>
    <message>
        <source>Keep mine for image %1</source>
        <translation>Meine für Bild %1 behalten</translation>
    </message>
    <message>
        <source>Take theirs for image %1</source>
        <translation>Ihre für Bild %1 übernehmen</translation>
    </message>
    <message>
        <source>You had not changed this: the store&apos;s version is taken.</source>
        <translation>Sie hatten das nicht geändert: die Version des Shops wird übernommen.</translation>
    </message>
    <message>
        <source>Every change has a choice.</source>
        <translation>Für jede Änderung ist eine Wahl getroffen.</translation>
    </message>
    <message>
        <source>1 change still needs your choice.</source>
        <translation>1 Änderung braucht noch Ihre Wahl.</translation>
    </message>
    <message>
        <source>%1 changes still need your choice.</source>
        <translation>%1 Änderungen brauchen noch Ihre Wahl.</translation>
    </message>
</context>
<context>
    <name>vitrine::DetailsView</name>
    <message>
        <source>Product images, details</source>
        <translation>Produktbilder, Details</translation>
    </message>
</context>
<context>
    <name>vitrine::DuplicatePairView</name>
    <message>
        <source>Delete the Later Copy</source>
        <translation>Spätere Kopie löschen</translation>
    </message>
    <message>
        <source>The same picture twice</source>
        <translation>Dasselbe Bild zweimal</translation>
    </message>
    <message>
        <source>Image %1
%2</source>
        <translation>Bild %1
%2</translation>
    </message>
    <message>
        <source>Image %1 (the later copy)
%2</source>
        <translation>Bild %1 (die spätere Kopie)
%2</translation>
    </message>
    <message>
        <source>Stage the deletion of image %1 (you confirm it first)</source>
        <translation>Das Löschen von Bild %1 vormerken (Sie bestätigen es zuerst)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>“%1”, image %2
%3</source>
        <translation>„%1“, Bild %2
%3</translation>
    </message>
    <message>
        <source>“%1”, image %2 (the later copy)
%3</source>
        <translation>„%1“, Bild %2 (die spätere Kopie)
%3</translation>
    </message>
    <message>
        <source>Stage the deletion of image %1 of “%2” (Undo takes it back)</source>
        <translation>Das Löschen von Bild %1 von „%2“ vormerken (Rückgängig holt es zurück)</translation>
    </message>
</context>
<context>
    <name>vitrine::EditSession</name>
    <message>
        <source>The images are already there.</source>
        <translation>Die Bilder sind schon dort.</translation>
    </message>
    <message>
        <source>Select the images to move first.</source>
        <translation>Wählen Sie zuerst die Bilder aus, die verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Select the images whose alt text to set first.</source>
        <translation>Wählen Sie zuerst die Bilder aus, deren Alternativtext festgelegt werden soll.</translation>
    </message>
    <message>
        <source>%1 (New images have a lower limit on this store.)</source>
        <translation>%1 (Neue Bilder haben in diesem Shop eine niedrigere Grenze.)</translation>
    </message>
    <message>
        <source>Select the image whose address to replace first.</source>
        <translation>Wählen Sie zuerst das Bild aus, dessen Adresse ersetzt werden soll.</translation>
    </message>
    <message>
        <source>Select the images to link to variants first.</source>
        <translation>Wählen Sie zuerst die Bilder aus, die mit Varianten verknüpft werden sollen.</translation>
    </message>
    <message>
        <source>A variant id cannot be empty.</source>
        <translation>Eine Varianten-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Select the images to delete first.</source>
        <translation>Wählen Sie zuerst die Bilder aus, die gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>This store allows at most %1 images per product.</source>
        <translation>Dieser Shop erlaubt höchstens %1 Bilder pro Produkt.</translation>
    </message>
    <message>
        <source>That image is not staged for deletion any more.</source>
        <translation>Dieses Bild ist nicht mehr zum Löschen vorgemerkt.</translation>
    </message>
    <message>
        <source>Not published: publishing stopped before this change was sent.</source>
        <translation>Nicht veröffentlicht: das Veröffentlichen wurde beendet, bevor diese Änderung gesendet wurde.</translation>
    </message>
    <message>
        <source>The store added the image but did not say its id; reload the gallery before publishing again.</source>
        <translation>Der Shop hat das Bild hinzugefügt, aber seine ID nicht genannt; laden Sie die Galerie neu, bevor Sie erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>The store refused this change.</source>
        <translation>Der Shop hat diese Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>The new order does not name each image of the gallery once.</source>
        <translation>Die neue Reihenfolge nennt nicht jedes Bild der Galerie genau einmal.</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryController</name>
    <message>
        <source>Unpublished edits</source>
        <translation>Unveröffentlichte Änderungen</translation>
    </message>
    <message>
        <source>Continue with them, or discard them and start from what the store has now?</source>
        <translation>Mit ihnen weitermachen oder sie verwerfen und mit dem beginnen, was der Shop jetzt hat?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Edits cannot be kept on disk: %1</source>
        <translation>Änderungen können nicht auf dem Datenträger aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Your unpublished edits are back. Publish when ready.</source>
        <translation>Ihre unveröffentlichten Änderungen sind zurück. Veröffentlichen Sie, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>The kept edits could not be restored: %1</source>
        <translation>Die aufbewahrten Änderungen konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The kept edits were discarded.</source>
        <translation>Die aufbewahrten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>Unfinished publishes are kept for %1</source>
        <translation>Unvollendete Veröffentlichungen sind aufbewahrt für %1</translation>
    </message>
    <message>
        <source>1 unpublished edit is kept for %1</source>
        <translation>1 unveröffentlichte Änderung ist aufbewahrt für %1</translation>
    </message>
    <message>
        <source>%1 unpublished edits are kept for %2</source>
        <translation>%1 unveröffentlichte Änderungen sind aufbewahrt für %2</translation>
    </message>
    <message>
        <source>Listing the products of %1…</source>
        <translation>Produkte von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>Could not list the products: %1</source>
        <translation>Die Produkte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1; they will be offered when the store answers.</source>
        <translation>%1; sie werden angeboten, sobald der Shop antwortet.</translation>
    </message>
    <message>
        <source>%1 too; choose them in the product list to continue.</source>
        <translation>%1 ebenfalls; wählen Sie sie in der Produktliste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>%1 too.</source>
        <translation>%1 ebenfalls.</translation>
    </message>
    <message>
        <source>Loading the images of %1…</source>
        <translation>Bilder von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the images of %1: %2</source>
        <translation>Die Bilder von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The demo store&apos;s data was restored.</source>
        <translation>Die Daten des Demo-Shops wurden wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in %1.</source>
        <translation>
            <numerusform>%n Produkt in %1.</numerusform>
            <numerusform>%n Produkte in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of %1 loaded.</source>
        <translation>
            <numerusform>%n Bild von %1 geladen.</numerusform>
            <numerusform>%n Bilder von %1 geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryDelegate</name>
    <message>
        <source>Broken image</source>
        <translation>Defektes Bild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>Kein Alternativtext</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>1 variant</source>
        <translation>1 Variante</translation>
    </message>
    <message>
        <source>%1 variants</source>
        <translation>%1 Varianten</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>Image %1 of %2, no alt text</source>
        <translation>Bild %1 von %2, kein Alternativtext</translation>
    </message>
    <message>
        <source>Image %1 of %2, alt: %3</source>
        <translation>Bild %1 von %2, Alternativtext: %3</translation>
    </message>
    <message>
        <source>%1 × %2 pixels (as downloaded)</source>
        <translation>%1 × %2 Pixel (wie heruntergeladen)</translation>
    </message>
    <message>
        <source>Broken image: %1</source>
        <translation>Defektes Bild: %1</translation>
    </message>
    <message>
        <source>Small image: under %1 pixels on one side; it may look blurry on product pages.</source>
        <translation>Kleines Bild: unter %1 Pixel auf einer Seite; es kann auf Produktseiten unscharf aussehen.</translation>
    </message>
    <message>
        <source>Alt text too long: %1 characters, the store accepts at most %2.</source>
        <translation>Alternativtext zu lang: %1 Zeichen, der Shop akzeptiert höchstens %2.</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryEditActions</name>
    <message>
        <source>Add Image by &amp;URL…</source>
        <translation>Bild über &amp;URL hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Replace Image URL…</source>
        <translation>Bild-URL &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Set &amp;Variants…</source>
        <translation>&amp;Varianten festlegen…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Open a product first.</source>
        <translation>Öffnen Sie zuerst ein Produkt.</translation>
    </message>
    <message>
        <source>This store allows at most %1 images per product.</source>
        <translation>Dieser Shop erlaubt höchstens %1 Bilder pro Produkt.</translation>
    </message>
    <message>
        <source>Add an image by its web address (reaches the store when you publish)</source>
        <translation>Ein Bild über seine Webadresse hinzufügen (erreicht den Shop beim Veröffentlichen)</translation>
    </message>
    <message>
        <source>Select one image to replace its URL.</source>
        <translation>Wählen Sie ein Bild aus, um seine URL zu ersetzen.</translation>
    </message>
    <message>
        <source>Point the selected image at another web address</source>
        <translation>Das ausgewählte Bild auf eine andere Webadresse verweisen lassen</translation>
    </message>
    <message>
        <source>Select the images to link to variants.</source>
        <translation>Wählen Sie die Bilder aus, die mit Varianten verknüpft werden sollen.</translation>
    </message>
    <message>
        <source>Show the selected images only for some product variants</source>
        <translation>Die ausgewählten Bilder nur für einige Produktvarianten zeigen</translation>
    </message>
    <message>
        <source>1 image deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>1 Bild gelöscht. „Rückgängig“ (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>%1 images deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>%1 Bilder gelöscht. „Rückgängig“ (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Image added at the end. Publish to send it to the store.</source>
        <translation>Bild am Ende hinzugefügt. Veröffentlichen Sie, um es an den Shop zu senden.</translation>
    </message>
    <message>
        <source>Add %1 images</source>
        <translation>%1 Bilder hinzufügen</translation>
    </message>
    <message>
        <source>1 image added. Give it an alt text, then publish.</source>
        <translation>1 Bild hinzugefügt. Geben Sie ihm einen Alternativtext und veröffentlichen Sie dann.</translation>
    </message>
    <message>
        <source>%1 images added. Give them alt texts, then publish.</source>
        <translation>%1 Bilder hinzugefügt. Geben Sie ihnen Alternativtexte und veröffentlichen Sie dann.</translation>
    </message>
    <message>
        <source>1 address was left out: %1</source>
        <translation>1 Adresse wurde ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1 addresses were left out: %2</source>
        <translation>%1 Adressen wurden ausgelassen: %2</translation>
    </message>
    <message>
        <source>The store allows at most %1 images per product.</source>
        <translation>Der Shop erlaubt höchstens %1 Bilder pro Produkt.</translation>
    </message>
    <message>
        <source>Image URL replaced. Publish to send it to the store.</source>
        <translation>Bild-URL ersetzt. Veröffentlichen Sie, um sie an den Shop zu senden.</translation>
    </message>
    <message>
        <source>Variants set. Publish to send them to the store.</source>
        <translation>Varianten festgelegt. Veröffentlichen Sie, um sie an den Shop zu senden.</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryModel</name>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Image %1 of %2, no alt text</source>
        <translation>Bild %1 von %2, kein Alternativtext</translation>
    </message>
    <message>
        <source>Image %1 of %2, alt: %3</source>
        <translation>Bild %1 von %2, Alternativtext: %3</translation>
    </message>
    <message>
        <source>, new, not yet published</source>
        <translation>, neu, noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>, bearbeitet</translation>
    </message>
    <message>
        <source>, publishing failed: %1</source>
        <translation>, Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>Kein Alternativtext</translation>
    </message>
    <message>
        <source>Alt: %1</source>
        <translation>Alternativtext: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Variants: %1</source>
        <translation>Varianten: %1</translation>
    </message>
    <message>
        <source>New, not yet published</source>
        <translation>Neu, noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>new image</source>
        <translation>neues Bild</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>1 edit pending</source>
        <translation>1 Änderung ausstehend</translation>
    </message>
    <message>
        <source>%1 edits pending</source>
        <translation>%1 Änderungen ausstehend</translation>
    </message>
    <message>
        <source>Staged here, not yet on the store: publish with Ctrl+S</source>
        <translation>Hier vorgemerkt, noch nicht im Shop: veröffentlichen mit Strg+S</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Bilder werden geladen…</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryTableModel</name>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Picture without alt text</source>
        <translation>Bild ohne Alternativtext</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <translation>Stelle %1 von %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>Kein Alternativtext</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryView</name>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move the selected images one place towards the start</source>
        <translation>Die ausgewählten Bilder eine Stelle nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Move the selected images one place towards the end</source>
        <translation>Die ausgewählten Bilder eine Stelle nach hinten verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;First</source>
        <translation>An den &amp;Anfang</translation>
    </message>
    <message>
        <source>Make the selected images the first of the gallery</source>
        <translation>Die ausgewählten Bilder zu den ersten der Galerie machen</translation>
    </message>
    <message>
        <source>Move to L&amp;ast</source>
        <translation>An das &amp;Ende</translation>
    </message>
    <message>
        <source>Make the selected images the last of the gallery</source>
        <translation>Die ausgewählten Bilder zu den letzten der Galerie machen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected images (asks first; undoable until published)</source>
        <translation>Die ausgewählten Bilder löschen (fragt vorher; rückgängig machbar bis zum Veröffentlichen)</translation>
    </message>
    <message>
        <source>Edit &amp;Alt Text</source>
        <translation>Alterna&amp;tivtext bearbeiten</translation>
    </message>
    <message>
        <source>Describe the selected images for people who cannot see them</source>
        <translation>Die ausgewählten Bilder für Menschen beschreiben, die sie nicht sehen können</translation>
    </message>
    <message>
        <source>Product images</source>
        <translation>Produktbilder</translation>
    </message>
    <message>
        <source>Ctrl+Left, Ctrl+Right, Ctrl+Home and Ctrl+End move the selected images; F2 edits the alt text; Delete deletes.</source>
        <translation>Strg+Links, Strg+Rechts, Strg+Pos1 und Strg+Ende verschieben die ausgewählten Bilder; F2 bearbeitet den Alternativtext; Entf löscht.</translation>
    </message>
    <message>
        <source>Moved to position %1 of %2.</source>
        <translation>An Position %1 von %2 verschoben.</translation>
    </message>
    <message>
        <source>Moved %1 images to positions %2–%3 of %4.</source>
        <translation>%1 Bilder an die Positionen %2–%3 von %4 verschoben.</translation>
    </message>
</context>
<context>
    <name>vitrine::HandbookBrowser</name>
    <message>
        <source>Vitrine Handbook</source>
        <translation>Vitrine-Handbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>vitrine::ImageUrlField</name>
    <message>
        <source>The store downloads the image from this address.</source>
        <translation>Der Shop lädt das Bild von dieser Adresse herunter.</translation>
    </message>
</context>
<context>
    <name>vitrine::MainWindow</name>
    <message>
        <source>Alt Text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>As loaded from the store</source>
        <translation>Wie aus dem Shop geladen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Review Gallery</source>
        <translation>Galerie &amp;prüfen</translation>
    </message>
    <message>
        <source>List missing or overlong alt text, duplicates, broken and tiny images</source>
        <translation>Fehlende oder zu lange Alternativtexte, Duplikate, defekte und winzige Bilder auflisten</translation>
    </message>
    <message>
        <source>S&amp;witch Store…</source>
        <translation>Shop &amp;wechseln…</translation>
    </message>
    <message>
        <source>Open another store profile, or add one</source>
        <translation>Ein anderes Shop-Profil öffnen oder eines hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Store</source>
        <translation>&amp;Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>Try Vitrine on its built-in demo store (nothing leaves this computer)</source>
        <translation>Vitrine im eingebauten Demo-Shop ausprobieren (nichts verlässt diesen Computer)</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Data…</source>
        <translation>&amp;Demodaten zurücksetzen…</translation>
    </message>
    <message>
        <source>Put every demo product back as it was at the start</source>
        <translation>Alle Demoprodukte in den Anfangszustand zurückversetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Grid &amp;and Details</source>
        <translation>Raster &amp;und Details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Loading gallery…</source>
        <translation>Galerie wird geladen…</translation>
    </message>
    <message>
        <source>Loading the gallery…</source>
        <translation>Die Galerie wird geladen…</translation>
    </message>
    <message>
        <source>Choose a product to see its images.</source>
        <translation>Wählen Sie ein Produkt, um seine Bilder zu sehen.</translation>
    </message>
    <message>
        <source>This product has no images yet. Add one with Edit ▸ Add Image by URL (%1).</source>
        <translation>Dieses Produkt hat noch keine Bilder. Fügen Sie eines mit Bearbeiten ▸ Bild über URL hinzufügen (%1) hinzu.</translation>
    </message>
    <message>
        <source>Read the product&apos;s gallery from the store again</source>
        <translation>Die Galerie des Produkts erneut aus dem Shop lesen</translation>
    </message>
    <message>
        <source>Try the store again</source>
        <translation>Den Shop erneut versuchen</translation>
    </message>
    <message>
        <source>Nothing to publish: no staged edits</source>
        <translation>Nichts zu veröffentlichen: keine vorgemerkten Änderungen</translation>
    </message>
    <message>
        <source>Reload from the store</source>
        <translation>Aus dem Shop neu laden</translation>
    </message>
    <message>
        <source>Reload and Discard</source>
        <translation>Neu laden und verwerfen</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Demodaten zurücksetzen</translation>
    </message>
    <message>
        <source>Put every demo product back as it was at the start?</source>
        <translation>Alle Demoprodukte in den Anfangszustand zurückversetzen?</translation>
    </message>
    <message>
        <source>Everything published to the demo store is lost; unpublished edits are discarded.</source>
        <translation>Alles, was im Demo-Shop veröffentlicht wurde, geht verloren; unveröffentlichte Änderungen werden verworfen.</translation>
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation>Demodaten zurücksetzen</translation>
    </message>
    <message>
        <source>Nothing to publish: no staged edits.</source>
        <translation>Nichts zu veröffentlichen: keine vorgemerkten Änderungen.</translation>
    </message>
    <message>
        <source>Unpublished edits</source>
        <translation>Unveröffentlichte Änderungen</translation>
    </message>
    <message>
        <source>They are kept on this computer and come back the next time you open this product. Publish now, or quit and publish later.</source>
        <translation>Sie werden auf diesem Computer aufbewahrt und kommen beim nächsten Öffnen dieses Produkts zurück. Veröffentlichen Sie jetzt, oder beenden Sie und veröffentlichen Sie später.</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Quit and Keep Edits</source>
        <translation>Beenden und Änderungen behalten</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Vitrine &amp;Handbook</source>
        <translation>Vitrine-&amp;Handbuch</translation>
    </message>
    <message>
        <source>How to edit galleries, publish, and set up stores</source>
        <translation>Wie man Galerien bearbeitet, veröffentlicht und Shops einrichtet</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>Die Tasten aller Befehle auflisten</translation>
    </message>
    <message>
        <source>&amp;About Vitrine</source>
        <translation>Ü&amp;ber Vitrine</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open %1 again</source>
        <translation>%1 erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n staged edit(s) to the store</source>
        <translation>
            <numerusform>Die %n vorgemerkte Änderung an den Shop senden</numerusform>
            <numerusform>Die %n vorgemerkten Änderungen an den Shop senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload %1 from the store?</source>
        <translation>%1 aus dem Shop neu laden?</translation>
    </message>
    <message numerus="yes">
        <source>The %n edit(s) you have not published are discarded.</source>
        <translation>
            <numerusform>Die unveröffentlichte Änderung wird verworfen.</numerusform>
            <numerusform>Die %n unveröffentlichten Änderungen werden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n edit(s) to %1 that are not published yet.</source>
        <translation>
            <numerusform>Sie haben %n Änderung an %1, die noch nicht veröffentlicht ist.</numerusform>
            <numerusform>Sie haben %n Änderungen an %1, die noch nicht veröffentlicht sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>Every product of the store: scan it, audit every image, fix across products</source>
        <translation>Jedes Produkt des Shops: scannen, jedes Bild prüfen, produktübergreifend beheben</translation>
    </message>
</context>
<context>
    <name>vitrine::PendingDeletionsBar</name>
    <message>
        <source>Images staged for deletion</source>
        <translation>Zum Löschen vorgemerkte Bilder</translation>
    </message>
    <message>
        <source>&amp;Publish Again…</source>
        <translation>Erneut &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Send the staged deletions (and your other edits) to the store again</source>
        <translation>Die vorgemerkten Löschungen (und Ihre anderen Änderungen) erneut an den Shop senden</translation>
    </message>
    <message>
        <source>Delete none of these images: they go back into the gallery</source>
        <translation>Keines dieser Bilder löschen: sie kommen zurück in die Galerie</translation>
    </message>
    <message>
        <source>Image %1 (%2)</source>
        <translation>Bild %1 (%2)</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>Deleted from the store when you publish.</source>
        <translation>Wird beim Veröffentlichen aus dem Shop gelöscht.</translation>
    </message>
    <message>
        <source>Keep Image</source>
        <translation>Bild behalten</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Do not delete this image: it goes back into the gallery (undo with Ctrl+Z)</source>
        <translation>Dieses Bild nicht löschen: es kommt zurück in die Galerie (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>1 image is staged for deletion. It is deleted from the store when you publish.</source>
        <translation>1 Bild ist zum Löschen vorgemerkt. Es wird beim Veröffentlichen aus dem Shop gelöscht.</translation>
    </message>
    <message>
        <source>%1 images are staged for deletion. They are deleted from the store when you publish.</source>
        <translation>%1 Bilder sind zum Löschen vorgemerkt. Sie werden beim Veröffentlichen aus dem Shop gelöscht.</translation>
    </message>
    <message>
        <source>The store did not delete 1 image. It stays staged for deletion: publish again to retry, or keep the image.</source>
        <translation>Der Shop hat 1 Bild nicht gelöscht. Es bleibt zum Löschen vorgemerkt: veröffentlichen Sie erneut, um es noch einmal zu versuchen, oder behalten Sie das Bild.</translation>
    </message>
    <message>
        <source>The store did not delete %1 images. They stay staged for deletion: publish again to retry, or keep them.</source>
        <translation>Der Shop hat %1 Bilder nicht gelöscht. Sie bleiben zum Löschen vorgemerkt: veröffentlichen Sie erneut, um es noch einmal zu versuchen, oder behalten Sie sie.</translation>
    </message>
    <message>
        <source>%1 images are staged for deletion; deleting %2 of them failed. Publish again to retry, or keep them.</source>
        <translation>%1 Bilder sind zum Löschen vorgemerkt; das Löschen von %2 davon ist fehlgeschlagen. Veröffentlichen Sie erneut, um es noch einmal zu versuchen, oder behalten Sie sie.</translation>
    </message>
    <message>
        <source>The image stays in the gallery. Undo (Ctrl+Z) stages its deletion again.</source>
        <translation>Das Bild bleibt in der Galerie. „Rückgängig“ (Strg+Z) merkt es wieder zum Löschen vor.</translation>
    </message>
    <message>
        <source>%1 images stay in the gallery. Undo (Ctrl+Z) stages their deletion again.</source>
        <translation>%1 Bilder bleiben in der Galerie. „Rückgängig“ (Strg+Z) merkt sie wieder zum Löschen vor.</translation>
    </message>
    <message>
        <source>Keep A&amp;ll</source>
        <translation>A&amp;lle behalten</translation>
    </message>
</context>
<context>
    <name>vitrine::PictureChecker</name>
    <message>
        <source>it is not a picture that can be read (%1)</source>
        <translation>es ist kein lesbares Bild (%1)</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductChooser</name>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the product with this id</source>
        <translation>Das Produkt mit dieser ID öffnen</translation>
    </message>
    <message>
        <source>Or type a product id and press Enter</source>
        <translation>Oder eine Produkt-ID eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>…or a product id</source>
        <translation>…oder eine Produkt-ID</translation>
    </message>
    <message>
        <source>List Products</source>
        <translation>Produkte auflisten</translation>
    </message>
    <message>
        <source>This store lists its products only through every image record it has: reading them all can take a while on a large store.</source>
        <translation>Dieser Shop nennt seine Produkte nur über jeden seiner Bilddatensätze: Sie alle zu lesen kann bei einem großen Shop eine Weile dauern.</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductListModel</name>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>%1, id %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <source>, 1 image</source>
        <translation>, 1 Bild</translation>
    </message>
    <message>
        <source>, %1 images</source>
        <translation>, %1 Bilder</translation>
    </message>
</context>
<context>
    <name>vitrine::ProfileController</name>
    <message>
        <source>Vitrine was built without keychain support</source>
        <translation>Vitrine wurde ohne Schlüsselbund-Unterstützung gebaut</translation>
    </message>
    <message>
        <source>The unpublished edits of “%1” could not be moved to the new name (%2); they stay kept under the old one.</source>
        <translation>Die unveröffentlichten Änderungen von „%1“ konnten nicht auf den neuen Namen übertragen werden (%2); sie bleiben unter dem alten aufbewahrt.</translation>
    </message>
    <message>
        <source>The saved token could not be moved to the new name (%1); enter it again.</source>
        <translation>Das gespeicherte Token konnte nicht auf den neuen Namen übertragen werden (%1); geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (%1).</source>
        <translation>Der System-Schlüsselbund hat das Token nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>The token file could not be written (%1).</source>
        <translation>Die Token-Datei konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The token is saved in a file only you can read.</source>
        <translation>Das Token ist in einer Datei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The token was not kept.</source>
        <translation>Das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Connected: the store answered and accepted the token.</source>
        <translation>Verbunden: der Shop hat geantwortet und das Token akzeptiert.</translation>
    </message>
    <message>
        <source>Deleted “%1”, but its token could not be removed everywhere (%2).</source>
        <translation>„%1“ gelöscht, aber sein Token konnte nicht überall entfernt werden (%2).</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>There is no store profile called “%1”.</source>
        <translation>Es gibt kein Shop-Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The store profile “%1” cannot be used: %2</source>
        <translation>Das Shop-Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n product(s).</source>
        <translation>
            <numerusform>Verbunden: %n Produkt.</numerusform>
            <numerusform>Verbunden: %n Produkte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ProfilesDialog</name>
    <message>
        <source>Each image keeps the position number it is sent; the store sorts by it.</source>
        <translation>Jedes Bild behält die Positionsnummer, die es erhält; der Shop sortiert danach.</translation>
    </message>
    <message>
        <source>Moving an image to a position makes the store renumber the others after it.</source>
        <translation>Wird ein Bild an eine Position verschoben, nummeriert der Shop die folgenden neu.</translation>
    </message>
    <message>
        <source>no documented limit</source>
        <translation>kein dokumentiertes Limit</translation>
    </message>
    <message>
        <source>%1 requests/s, burst %2</source>
        <translation>%1 Anfragen/s, Burst %2</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Delete store profile</source>
        <translation>Shop-Profil löschen</translation>
    </message>
    <message>
        <source>Delete the store profile “%1”?</source>
        <translation>Das Shop-Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its saved access token is removed too. Nothing changes on the store itself.</source>
        <translation>Sein gespeichertes Zugriffstoken wird ebenfalls entfernt. Im Shop selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Store &amp;profiles:</source>
        <translation>Shop-&amp;Profile:</translation>
    </message>
    <message>
        <source>Store profiles</source>
        <translation>Shop-Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Describe a new store</source>
        <translation>Einen neuen Shop beschreiben</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>A new profile with the selected one&apos;s settings</source>
        <translation>Ein neues Profil mit den Einstellungen des ausgewählten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove the selected profile and its saved token</source>
        <translation>Das ausgewählte Profil und sein gespeichertes Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the store with these settings whether it answers and accepts the token</source>
        <translation>Den Shop mit diesen Einstellungen fragen, ob er antwortet und das Token akzeptiert</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the changes made in the form</source>
        <translation>Die Änderungen im Formular verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Edit this store&apos;s galleries in the window</source>
        <translation>Die Galerien dieses Shops im Fenster bearbeiten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Main shop”</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. „Hauptshop“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Store t&amp;ype:</source>
        <translation>Shop-T&amp;yp:</translation>
    </message>
    <message>
        <source>Path of the dialect description (.json)</source>
        <translation>Pfad der Dialektbeschreibung (.json)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the dialect description file</source>
        <translation>Die Datei mit der Dialektbeschreibung wählen</translation>
    </message>
    <message>
        <source>Dialect f&amp;ile:</source>
        <translation>Dialekt&amp;datei:</translation>
    </message>
    <message>
        <source>The store&apos;s address before the API path, e.g. https://HANDLE.myshopline.com</source>
        <translation>Die Adresse des Shops vor dem API-Pfad, z. B. https://HANDLE.myshopline.com</translation>
    </message>
    <message>
        <source>Store addr&amp;ess:</source>
        <translation>Shop-Adr&amp;esse:</translation>
    </message>
    <message>
        <source>Leave empty for the version Vitrine was tested with</source>
        <translation>Leer lassen für die Version, mit der Vitrine getestet wurde</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Store&apos;s default</source>
        <translation>Standard des Shops</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absolut</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebend</translation>
    </message>
    <message>
        <source>How the store orders images when one image&apos;s position is written. Vitrine checks after publishing and repairs the order if the store behaves otherwise.</source>
        <translation>Wie der Shop Bilder ordnet, wenn die Position eines Bildes geschrieben wird. Vitrine prüft nach dem Veröffentlichen und repariert die Reihenfolge, wenn der Shop sich anders verhält.</translation>
    </message>
    <message>
        <source>&amp;Ordering:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Limit to</source>
        <translation>&amp;Begrenzen auf</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>burst </source>
        <translation>Burst </translation>
    </message>
    <message>
        <source>Requests allowed at once</source>
        <translation>Gleichzeitig erlaubte Anfragen</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a request may wait without any answer from the store</source>
        <translation>Wie lange eine Anfrage ohne jede Antwort des Shops warten darf</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Zeitüber&amp;schreitung:</translation>
    </message>
    <message>
        <source>How often a safe request is tried again after a temporary failure</source>
        <translation>Wie oft eine sichere Anfrage nach einem vorübergehenden Fehler wiederholt wird</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>The store&apos;s API access token. It is kept in the system keychain, never in the settings file.</source>
        <translation>Das API-Zugriffstoken des Shops. Es wird im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Wo das Token aufbewahrt wird</translation>
    </message>
    <message>
        <source>Keep for t&amp;his session only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Forgotten when Vitrine quits; you enter it again next time</source>
        <translation>Wird beim Beenden von Vitrine vergessen; Sie geben es beim nächsten Mal erneut ein</translation>
    </message>
    <message>
        <source>Save in a &amp;file only you can read</source>
        <translation>In einer Datei speichern, die nur Sie lesen &amp;können</translation>
    </message>
    <message>
        <source>I a&amp;gree: it is not encrypted, only my user account can read it</source>
        <translation>Ich &amp;stimme zu: sie ist nicht verschlüsselt, nur mein Benutzerkonto kann sie lesen</translation>
    </message>
    <message>
        <source>The token is written in plain text to a file in Vitrine&apos;s settings folder whose permissions let only your user account read it.</source>
        <translation>Das Token wird im Klartext in eine Datei im Einstellungsordner von Vitrine geschrieben, deren Rechte nur Ihrem Benutzerkonto das Lesen erlauben.</translation>
    </message>
    <message>
        <source>There is already a store profile called “%1”; choose another name.</source>
        <translation>Es gibt bereits ein Shop-Profil namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>To save the token in a file, tick the box that agrees to it, or keep it for this session only.</source>
        <translation>Um das Token in einer Datei zu speichern, setzen Sie das Häkchen zur Zustimmung, oder behalten Sie es nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>%1 (opens at start)</source>
        <translation>%1 (öffnet beim Start)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Enter the access token for the copy: tokens are not copied.</source>
        <translation>Geben Sie das Zugriffstoken für die Kopie ein: Token werden nicht kopiert.</translation>
    </message>
    <message>
        <source>as in the dialect file</source>
        <translation>wie in der Dialektdatei</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Store&apos;s default (%1)</source>
        <translation>Standard des Shops (%1)</translation>
    </message>
    <message>
        <source>As in the dialect file</source>
        <translation>Wie in der Dialektdatei</translation>
    </message>
    <message>
        <source>The store&apos;s default: %1</source>
        <translation>Standard des Shops: %1</translation>
    </message>
    <message>
        <source>The store&apos;s default: as in the dialect file</source>
        <translation>Standard des Shops: wie in der Dialektdatei</translation>
    </message>
    <message>
        <source>The dialect file says how the store orders images.</source>
        <translation>Die Dialektdatei gibt an, wie der Shop Bilder ordnet.</translation>
    </message>
    <message>
        <source>Save this store profile</source>
        <translation>Dieses Shop-Profil speichern</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Discar&amp;d</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save or revert the changes first</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen</translation>
    </message>
    <message>
        <source>Access token (leave empty if the store needs none)</source>
        <translation>Zugriffstoken (leer lassen, wenn der Shop keines braucht)</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Das Token wird im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used here: %1.</source>
        <translation>Der System-Schlüsselbund kann hier nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Choose where to keep the token:</source>
        <translation>Wählen Sie, wo das Token aufbewahrt wird:</translation>
    </message>
    <message>
        <source>Custom dialect description</source>
        <translation>Eigene Dialektbeschreibung</translation>
    </message>
    <message>
        <source>Dialect descriptions (*.json);;All files (*)</source>
        <translation>Dialektbeschreibungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”. %2</source>
        <translation>„%1“ gespeichert. %2</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Generic REST</source>
        <translation>Generisches REST</translation>
    </message>
    <message>
        <source>SHOPLINE</source>
        <translation>SHOPLINE</translation>
    </message>
    <message>
        <source>Shoplazza</source>
        <translation>Shoplazza</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Custom (described in a JSON file)</source>
        <translation>Eigener Dialekt (in einer JSON-Datei beschrieben)</translation>
    </message>
</context>
<context>
    <name>vitrine::PublishController</name>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>The store does not show everything as published yet; repairing (round %1, %2 requests)…</source>
        <translation>Der Shop zeigt noch nicht alles als veröffentlicht; Reparatur läuft (Runde %1, %2 Anfragen)…</translation>
    </message>
    <message>
        <source>A publish is already running.</source>
        <translation>Es läuft bereits eine Veröffentlichung.</translation>
    </message>
    <message>
        <source>Nothing to publish: there are no staged edits.</source>
        <translation>Nichts zu veröffentlichen: es gibt keine vorgemerkten Änderungen.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Shop ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>vitrine::PublishDialog</name>
    <message>
        <source>Publish changes</source>
        <translation>Änderungen veröffentlichen</translation>
    </message>
    <message>
        <source>Show the requests</source>
        <translation>Die Anfragen zeigen</translation>
    </message>
    <message>
        <source>Sending changes to the store…</source>
        <translation>Änderungen werden an den Shop gesendet…</translation>
    </message>
    <message>
        <source>These edits were not applied. They stay pending, with the store&apos;s message: changed images are marked in the gallery, and images whose deletion failed are listed above it, where you can keep them instead. Publish again to retry:</source>
        <translation>Diese Änderungen wurden nicht übernommen. Sie bleiben ausstehend, mit der Meldung des Shops: geänderte Bilder sind in der Galerie markiert, und Bilder, deren Löschen fehlschlug, stehen darüber, wo Sie sie stattdessen behalten können. Veröffentlichen Sie erneut, um es noch einmal zu versuchen:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>diesem Produkt</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>den Shop</translation>
    </message>
    <message>
        <source>Nothing to publish for %1.</source>
        <translation>Nichts zu veröffentlichen für %1.</translation>
    </message>
    <message>
        <source>Publish the changes to %1 on %2?</source>
        <translation>Die Änderungen an %1 in %2 veröffentlichen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Veröffentlichen abbrechen</translation>
    </message>
    <message>
        <source>Sent %1 of %2 requests…</source>
        <translation>%1 von %2 Anfragen gesendet…</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>Anfrage %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All changes were published.</source>
        <translation>Alle Änderungen wurden veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 of %2 requests succeeded; %3 failed.</source>
        <translation>%1 von %2 Anfragen erfolgreich; %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish; the rest stay pending.</source>
        <translation>Abbruch: bereits gesendete Anfragen laufen zu Ende; der Rest bleibt ausstehend.</translation>
    </message>
</context>
<context>
    <name>vitrine::Publisher</name>
    <message>
        <source>There is no gallery or store to check.</source>
        <translation>Es gibt keine Galerie und keinen Shop zum Prüfen.</translation>
    </message>
    <message>
        <source>A publish of this gallery is already under way.</source>
        <translation>Eine Veröffentlichung dieser Galerie läuft bereits.</translation>
    </message>
    <message>
        <source>There is no gallery or store to publish to.</source>
        <translation>Es gibt keine Galerie und keinen Shop zum Veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplaceUrlDialog</name>
    <message>
        <source>Replace image URL</source>
        <translation>Bild-URL ersetzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The image keeps its place, alt text and variants; the store downloads the picture from the new address when you publish.</source>
        <translation>Das Bild behält seine Stelle, seinen Alternativtext und seine Varianten; der Shop lädt das Bild beim Veröffentlichen von der neuen Adresse herunter.</translation>
    </message>
    <message>
        <source>Current URL:</source>
        <translation>Aktuelle URL:</translation>
    </message>
    <message>
        <source>&amp;New URL:</source>
        <translation>&amp;Neue URL:</translation>
    </message>
    <message>
        <source>This is the image&apos;s current address.</source>
        <translation>Das ist die aktuelle Adresse des Bildes.</translation>
    </message>
</context>
<context>
    <name>vitrine::RestDialect</name>
    <message>
        <source>no such product or image there, or the dialect&apos;s path for this request may be wrong</source>
        <translation>dort gibt es kein solches Produkt oder Bild, oder der Pfad des Dialekts für diese Anfrage ist vielleicht falsch</translation>
    </message>
</context>
<context>
    <name>vitrine::ReviewModel</name>
    <message>
        <source>Missing alt text</source>
        <translation>Alternativtext fehlt</translation>
    </message>
    <message>
        <source>Alt text too long</source>
        <translation>Alternativtext zu lang</translation>
    </message>
    <message>
        <source>Alt text very long</source>
        <translation>Alternativtext sehr lang</translation>
    </message>
    <message>
        <source>Alt text is a file name</source>
        <translation>Alternativtext ist ein Dateiname</translation>
    </message>
    <message>
        <source>Duplicate alt text</source>
        <translation>Doppelter Alternativtext</translation>
    </message>
    <message>
        <source>Duplicate image</source>
        <translation>Doppeltes Bild</translation>
    </message>
    <message>
        <source>Broken image</source>
        <translation>Defektes Bild</translation>
    </message>
    <message>
        <source>Image too small</source>
        <translation>Bild zu klein</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Alt text is the title</source>
        <translation>Alternativtext ist der Titel</translation>
    </message>
    <message>
        <source>Alt text says &quot;image of&quot;</source>
        <translation>Alternativtext sagt „Bild von“</translation>
    </message>
    <message>
        <source>Same alt text on most images</source>
        <translation>Gleicher Alternativtext auf den meisten Bildern</translation>
    </message>
    <message>
        <source>Alt text misses the variant</source>
        <translation>Alternativtext nennt die Variante nicht</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Same picture twice</source>
        <translation>Dasselbe Bild zweimal</translation>
    </message>
    <message>
        <source>Same picture in another product</source>
        <translation>Gleiches Bild in einem anderen Produkt</translation>
    </message>
</context>
<context>
    <name>vitrine::ReviewPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Problems found in the gallery</source>
        <translation>In der Galerie gefundene Probleme</translation>
    </message>
    <message>
        <source>Save the review as a spreadsheet (CSV) or JSON file</source>
        <translation>Die Prüfung als Tabelle (CSV) oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>No gallery is open.</source>
        <translation>Keine Galerie ist geöffnet.</translation>
    </message>
    <message>
        <source>The review could not be saved to %1: %2</source>
        <translation>Die Prüfung konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source> review.csv</source>
        <translation> Prüfung.csv</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still loading.</source>
        <translation>
            <numerusform>%n Bild wird noch geladen.</numerusform>
            <numerusform>%n Bilder werden noch geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::SessionJournal</name>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>You have 1 unpublished edit to %1 from %2.</source>
        <translation>Sie haben 1 unveröffentlichte Änderung an %1 vom %2.</translation>
    </message>
    <message>
        <source>You have %1 unpublished edits to %2 from %3.</source>
        <translation>Sie haben %1 unveröffentlichte Änderungen an %2 vom %3.</translation>
    </message>
    <message>
        <source>A publish of %1 was interrupted at %2; publishing again finishes it without repeating what was sent.</source>
        <translation>Eine Veröffentlichung von %1 wurde am %2 unterbrochen; erneutes Veröffentlichen schließt sie ab, ohne zu wiederholen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>1 request to %1 may or may not have reached the store; the next publish checks the store before sending it again.</source>
        <translation>1 Anfrage an %1 hat den Shop vielleicht erreicht, vielleicht nicht; die nächste Veröffentlichung prüft den Shop, bevor sie sie erneut sendet.</translation>
    </message>
    <message>
        <source>%1 requests to %2 may or may not have reached the store; the next publish checks the store before sending them again.</source>
        <translation>%1 Anfragen an %2 haben den Shop vielleicht erreicht, vielleicht nicht; die nächste Veröffentlichung prüft den Shop, bevor sie sie erneut sendet.</translation>
    </message>
    <message>
        <source>Nothing is kept for %1.</source>
        <translation>Für %1 ist nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No unpublished edits are kept for this product.</source>
        <translation>Für dieses Produkt sind keine unveröffentlichten Änderungen aufbewahrt.</translation>
    </message>
    <message>
        <source>Your edits could not be saved to disk: %1</source>
        <translation>Ihre Änderungen konnten nicht auf dem Datenträger gespeichert werden: %1</translation>
    </message>
    <message>
        <source>It had sent 1 edit the store confirmed; it is not counted as unpublished.</source>
        <translation>Es hatte 1 Änderung gesendet, die der Shop bestätigt hat; sie zählt nicht als unveröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <source>It had sent %n edits the store confirmed; they are not counted as unpublished.</source>
        <translation>
            <numerusform>Es hatte %n Änderung gesendet, die der Shop bestätigt hat; sie zählt nicht als unveröffentlicht.</numerusform>
            <numerusform>Es hatte %n Änderungen gesendet, die der Shop bestätigt hat; sie zählen nicht als unveröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 edit may or may not have reached the store; the next publish looks on the store before sending anything about it again.</source>
        <translation>1 Änderung hat den Shop vielleicht erreicht, vielleicht nicht; das nächste Veröffentlichen sieht im Shop nach, bevor es erneut etwas dazu sendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n edits may or may not have reached the store; the next publish looks on the store before sending anything about them again.</source>
        <translation>
            <numerusform>%n Änderung hat den Shop vielleicht erreicht, vielleicht nicht; das nächste Veröffentlichen sieht im Shop nach, bevor es erneut etwas dazu sendet.</numerusform>
            <numerusform>%n Änderungen haben den Shop vielleicht erreicht, vielleicht nicht; das nächste Veröffentlichen sieht im Shop nach, bevor es erneut etwas dazu sendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>vitrine::SizeCellDelegate</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>vitrine::StoreLauncher</name>
    <message>
        <source>The demo store could not start: %1</source>
        <translation>Der Demo-Shop konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo store&apos;s data was restored.</source>
        <translation>Die Daten des Demo-Shops wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <source>The embedded demo store at %1 (generic REST API)</source>
        <translation>Der eingebaute Demo-Shop unter %1 (generische REST-API)</translation>
    </message>
    <message>
        <source>The store profile “%1” cannot be used: %2</source>
        <translation>Das Shop-Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>There is no store profile called “%1”.</source>
        <translation>Es gibt kein Shop-Profil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>vitrine::ThumbnailCache</name>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>Das Bild konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>Die Bilddatei ist leer.</translation>
    </message>
    <message>
        <source>The file is not an image Vitrine can show (%1).</source>
        <translation>Die Datei ist kein Bild, das Vitrine anzeigen kann (%1).</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded (%2).</source>
        <translation>Das %1-Bild konnte nicht dekodiert werden (%2).</translation>
    </message>
</context>
<context>
    <name>vitrine::VariantDialog</name>
    <message>
        <source>Set variants</source>
        <translation>Varianten festlegen</translation>
    </message>
    <message>
        <source>e.g. 40123, 40124</source>
        <translation>z. B. 40123, 40124</translation>
    </message>
    <message>
        <source>&amp;Variant ids:</source>
        <translation>&amp;Varianten-IDs:</translation>
    </message>
    <message>
        <source>Show this image only for these variants. Separate ids with commas; leave empty to show it for every variant.</source>
        <translation>Dieses Bild nur für diese Varianten zeigen. Trennen Sie IDs mit Kommas; leer lassen, um es für jede Variante zu zeigen.</translation>
    </message>
    <message>
        <source>Show these %1 images only for these variants. Separate ids with commas; leave empty to show them for every variant.</source>
        <translation>Diese %1 Bilder nur für diese Varianten zeigen. Trennen Sie IDs mit Kommas; leer lassen, um sie für jede Variante zu zeigen.</translation>
    </message>
    <message>
        <source>“%1” is not a variant id: ids have no spaces; separate them with commas.</source>
        <translation>„%1“ ist keine Varianten-ID: IDs enthalten keine Leerzeichen; trennen Sie sie mit Kommas.</translation>
    </message>
    <message>
        <source>No variant: shown for every variant.</source>
        <translation>Keine Variante: für jede Variante gezeigt.</translation>
    </message>
    <message>
        <source>1 variant: %1</source>
        <translation>1 Variante: %1</translation>
    </message>
    <message>
        <source>%1 variants: %2</source>
        <translation>%1 Varianten: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::WorklistModel</name>
    <message>
        <source>(no alt text)</source>
        <translation>(kein Alt-Text)</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>Kein Alternativtext</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>vitrinectl</name>
    <message>
        <source>No journal of staged edits is set up.</source>
        <translation>Es ist kein Journal für vorgemerkte Änderungen eingerichtet.</translation>
    </message>
    <message>
        <source>The journal of staged edits (%1) cannot be used: %2</source>
        <translation>Das Journal der vorgemerkten Änderungen (%1) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Product %1 has no image %2.</source>
        <translation>Produkt %1 hat kein Bild %2.</translation>
    </message>
    <message>
        <source>Product %1 has no images %2.</source>
        <translation>Produkt %1 hat keine Bilder %2.</translation>
    </message>
    <message>
        <source>Add %1 at place %2.</source>
        <translation>%1 an Stelle %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Set the alt text of image %1.</source>
        <translation>Den Alternativtext von Bild %1 festlegen.</translation>
    </message>
    <message>
        <source>Reorder: %1 first.</source>
        <translation>Neu ordnen: %1 zuerst.</translation>
    </message>
    <message>
        <source>Product %1 has no images.</source>
        <translation>Produkt %1 hat keine Bilder.</translation>
    </message>
    <message>
        <source>Delete 1 image.</source>
        <translation>1 Bild löschen.</translation>
    </message>
    <message>
        <source>Delete %1 images.</source>
        <translation>%1 Bilder löschen.</translation>
    </message>
    <message>
        <source>This command does not edit a gallery.</source>
        <translation>Dieser Befehl bearbeitet keine Galerie.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>BILDER</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SRC</source>
        <translation>SRC</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>ordering %1</source>
        <translation>Reihenfolge %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>api %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <source>A token is never taken from the command line: it would be kept in the shell history and shown to every user in the process list. Set the VITRINE_TOKEN environment variable, or use a profile whose token is saved in the Vitrine app (system keychain).</source>
        <translation>Ein Token wird nie von der Befehlszeile genommen: es bliebe in der Shell-Historie und wäre für jeden Benutzer in der Prozessliste sichtbar. Setzen Sie die Umgebungsvariable VITRINE_TOKEN oder verwenden Sie ein Profil, dessen Token in der Vitrine-App gespeichert ist (System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Siehe „%1“.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation>Unbekannte Option „--%1“.</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 braucht einen Wert (%2).</translation>
    </message>
    <message>
        <source>--dialect needs a dialect name or a .json file.</source>
        <translation>--dialect braucht einen Dialektnamen oder eine .json-Datei.</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;: use generic, shopline, shoplazza, shopify or the path of a custom dialect file (.json).</source>
        <translation>Unbekannter Dialekt „%1“: verwenden Sie generic, shopline, shoplazza, shopify oder den Pfad einer eigenen Dialektdatei (.json).</translation>
    </message>
    <message>
        <source>An image id is empty (check the commas).</source>
        <translation>Eine Bild-ID ist leer (prüfen Sie die Kommas).</translation>
    </message>
    <message>
        <source>Image %1 is named twice.</source>
        <translation>Bild %1 ist doppelt genannt.</translation>
    </message>
    <message>
        <source>The product id is empty.</source>
        <translation>Die Produkt-ID ist leer.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>the product id</source>
        <translation>die Produkt-ID</translation>
    </message>
    <message>
        <source>the product id and the image URL</source>
        <translation>die Produkt-ID und die Bild-URL</translation>
    </message>
    <message>
        <source>The image URL is empty.</source>
        <translation>Die Bild-URL ist leer.</translation>
    </message>
    <message>
        <source>--position must be a whole number from 1 (the first place), not &apos;%1&apos;.</source>
        <translation>--position muss eine ganze Zahl ab 1 (die erste Stelle) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the product id, the image id and the text</source>
        <translation>die Produkt-ID, die Bild-ID und der Text</translation>
    </message>
    <message>
        <source>The image id is empty.</source>
        <translation>Die Bild-ID ist leer.</translation>
    </message>
    <message>
        <source>the product id and the image ids</source>
        <translation>die Produkt-ID und die Bild-IDs</translation>
    </message>
    <message>
        <source>the image ids</source>
        <translation>die Bild-IDs</translation>
    </message>
    <message>
        <source>Missing the product id.</source>
        <translation>Die Produkt-ID fehlt.</translation>
    </message>
    <message>
        <source>Give image ids or --all, not both.</source>
        <translation>Geben Sie Bild-IDs oder --all an, nicht beides.</translation>
    </message>
    <message>
        <source>Missing the image ids (or --all).</source>
        <translation>Die Bild-IDs (oder --all) fehlen.</translation>
    </message>
    <message>
        <source>--resolve must be &apos;keep-mine&apos; or &apos;take-theirs&apos;, not &apos;%1&apos;.</source>
        <translation>--resolve muss „keep-mine“ oder „take-theirs“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the profile name</source>
        <translation>der Profilname</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>Der Profilname ist leer.</translation>
    </message>
    <message>
        <source>A profile needs --dialect and --base-url (a custom dialect file may give the address itself).</source>
        <translation>Ein Profil braucht --dialect und --base-url (eine eigene Dialektdatei kann die Adresse selbst angeben).</translation>
    </message>
    <message>
        <source>--ordering must be &apos;absolute&apos; or &apos;shift&apos;, not &apos;%1&apos;.</source>
        <translation>--ordering muss „absolute“ oder „shift“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0, like 4/s, not &apos;%1&apos;.</source>
        <translation>--rate muss eine Zahl von Anfragen pro Sekunde über 0 sein, wie 4/s, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Choose one store: --profile NAME, or --dialect D with --base-url URL.</source>
        <translation>Wählen Sie einen Shop: --profile NAME oder --dialect D mit --base-url URL.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile braucht einen Profilnamen.</translation>
    </message>
    <message>
        <source>--dialect and --base-url go together (a custom dialect file may give the address itself).</source>
        <translation>--dialect und --base-url gehören zusammen (eine eigene Dialektdatei kann die Adresse selbst angeben).</translation>
    </message>
    <message>
        <source>Usage: vitrinectl [--profile NAME | --dialect D --base-url URL [--api-version V]] COMMAND ...</source>
        <translation>Aufruf: vitrinectl [--profile NAME | --dialect D --base-url URL [--api-version V]] BEFEHL ...</translation>
    </message>
    <message>
        <source>Usage: vitrinectl [STORE] %1 %2</source>
        <translation>Aufruf: vitrinectl [SHOP] %1 %2</translation>
    </message>
    <message>
        <source>Usage: vitrinectl %1 %2</source>
        <translation>Aufruf: vitrinectl %1 %2</translation>
    </message>
    <message>
        <source>Reads and edits e-commerce product image galleries from the command line, with the same validation,
request planner and journal of staged edits as the Vitrine app.

</source>
        <translation>Liest und bearbeitet Produktbildergalerien von Onlineshops auf der Befehlszeile, mit derselben Prüfung,
demselben Anfrageplaner und demselben Journal vorgemerkter Änderungen wie die Vitrine-App.

</translation>
    </message>
    <message>
        <source>Store (before COMMAND; without one, the current profile is used):
</source>
        <translation>Shop (vor BEFEHL; ohne Angabe wird das aktuelle Profil verwendet):
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>This help; &apos;vitrinectl COMMAND --help&apos; for one command.</source>
        <translation>Diese Hilfe; „vitrinectl BEFEHL --help“ für einen Befehl.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>Die Version.</translation>
    </message>
    <message>
        <source>The access token comes from the profile&apos;s token store (system keychain, or the private file
the app was allowed to use) or from the VITRINE_TOKEN environment variable — never from the
command line.

</source>
        <translation>Das Zugriffstoken kommt aus dem Token-Speicher des Profils (System-Schlüsselbund oder die private Datei,
die die App verwenden durfte) oder aus der Umgebungsvariable VITRINE_TOKEN — nie von der
Befehlszeile.

</translation>
    </message>
    <message>
        <source>Edits are staged in the journal the Vitrine app uses (VITRINE_JOURNAL names another file).

</source>
        <translation>Änderungen werden in dem Journal vorgemerkt, das die Vitrine-App verwendet (VITRINE_JOURNAL nennt eine andere Datei).

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the store refused or failed, or the edit was refused (message on
stderr); 2 usage error.
</source>
        <translation>Exit-Codes: 0 Erfolg; 1 der Shop hat abgelehnt oder ist gescheitert, oder die Änderung wurde abgelehnt (Meldung auf
stderr); 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>STORE (default: the current profile):
</source>
        <translation>SHOP (Standard: das aktuelle Profil):
</translation>
    </message>
    <message>
        <source>Missing the command.</source>
        <translation>Der Befehl fehlt.</translation>
    </message>
    <message>
        <source>Missing &apos;list&apos;, &apos;add&apos; or &apos;remove&apos; after &apos;profiles&apos;.</source>
        <translation>Nach „profiles“ fehlt „list“, „add“ oder „remove“.</translation>
    </message>
    <message>
        <source>Unknown profiles command &apos;%1&apos;: use list, add or remove.</source>
        <translation>Unbekannter profiles-Befehl „%1“: verwenden Sie list, add oder remove.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on the saved profiles and takes no store options.</source>
        <translation>„%1“ arbeitet mit den gespeicherten Profilen und nimmt keine Shop-Optionen.</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not published stays staged (&apos;vitrinectl pending %1&apos;); &apos;vitrinectl publish %1&apos; tries again, &apos;vitrinectl discard %1&apos; drops it.</source>
        <translation>Nichts ging verloren: was nicht veröffentlicht wurde, bleibt vorgemerkt („vitrinectl pending %1“); „vitrinectl publish %1“ versucht es erneut, „vitrinectl discard %1“ verwirft es.</translation>
    </message>
    <message>
        <source>Changed elsewhere, kept: %1</source>
        <translation>Anderswo geändert, behalten: %1</translation>
    </message>
    <message>
        <source>Choose with &apos;vitrinectl publish %1 --resolve keep-mine&apos; (publish yours) or &apos;--resolve take-theirs&apos; (keep the store&apos;s).</source>
        <translation>Wählen Sie mit „vitrinectl publish %1 --resolve keep-mine“ (Ihre veröffentlichen) oder „--resolve take-theirs“ (die des Shops behalten).</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>Publishing product %1: %2</source>
        <translation>Produkt %1 wird veröffentlicht: %2</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>The store does not show what was published yet; repair round %1: %2.</source>
        <translation>Der Shop zeigt noch nicht, was veröffentlicht wurde; Reparaturrunde %1: %2.</translation>
    </message>
    <message>
        <source>Changes made elsewhere collide with staged edits; settled with %1.</source>
        <translation>Anderswo vorgenommene Änderungen kollidieren mit vorgemerkten Änderungen; entschieden mit %1.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the store&apos;s rate limit…</source>
        <translation>Warte %1 s auf das Ratenlimit des Shops…</translation>
    </message>
    <message>
        <source>Retrying %1 in %2 s (attempt %3)…</source>
        <translation>Wiederhole %1 in %2 s (Versuch %3)…</translation>
    </message>
    <message>
        <source>No token was sent: %1.</source>
        <translation>Es wurde kein Token gesendet: %1.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>keines ist gespeichert</translation>
    </message>
    <message>
        <source>(The token came from: %1.)</source>
        <translation>(Das Token stammt aus: %1.)</translation>
    </message>
    <message>
        <source>There is no store profile called &quot;%1&quot; (see &apos;vitrinectl profiles list&apos;).</source>
        <translation>Es gibt kein Shop-Profil namens „%1“ (siehe „vitrinectl profiles list“).</translation>
    </message>
    <message>
        <source>No store chosen and no current profile: give --profile NAME, or --dialect D with --base-url URL.</source>
        <translation>Kein Shop gewählt und kein aktuelles Profil: geben Sie --profile NAME oder --dialect D mit --base-url URL an.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Shop „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not set (a store given with --dialect and --base-url takes its token from there)</source>
        <translation>%1 ist nicht gesetzt (ein mit --dialect und --base-url angegebener Shop nimmt sein Token von dort)</translation>
    </message>
    <message>
        <source>The edit could not be kept in the journal: %1</source>
        <translation>Die Änderung konnte nicht im Journal aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Nothing to stage: product %1 already looks like that.</source>
        <translation>Nichts vorzumerken: Produkt %1 sieht bereits so aus.</translation>
    </message>
    <message>
        <source>%1 Staged: %2 pending for product %3 (&apos;vitrinectl pending %3&apos; lists them, &apos;vitrinectl publish %3&apos; publishes them).</source>
        <translation>%1 Vorgemerkt: %2 ausstehend für Produkt %3 („vitrinectl pending %3“ listet sie auf, „vitrinectl publish %3“ veröffentlicht sie).</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>%1 staged earlier for product %2 are published with this one.</source>
        <translation>%1, früher für Produkt %2 vorgemerkt, werden mit dieser veröffentlicht.</translation>
    </message>
    <message>
        <source>%1  product %2</source>
        <translation>%1  Produkt %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert %1</translation>
    </message>
    <message>
        <source>%1 request(s) to check on the store</source>
        <translation>%1 Anfrage(n) im Shop zu prüfen</translation>
    </message>
    <message>
        <source>The staged edits of product %1 (%2) cannot be read: %3</source>
        <translation>Die vorgemerkten Änderungen von Produkt %1 (%2) können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Nothing is staged.</source>
        <translation>Nichts ist vorgemerkt.</translation>
    </message>
    <message>
        <source>Nothing is staged for product %1.</source>
        <translation>Für Produkt %1 ist nichts vorgemerkt.</translation>
    </message>
    <message>
        <source>Nothing is staged for %1.</source>
        <translation>Für %1 ist nichts vorgemerkt.</translation>
    </message>
    <message>
        <source>The edits staged for product %1 stay staged.</source>
        <translation>Die für Produkt %1 vorgemerkten Änderungen bleiben vorgemerkt.</translation>
    </message>
    <message>
        <source>The journal could not be updated: %1</source>
        <translation>Das Journal konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The staged edits could not be dropped: %1</source>
        <translation>Die vorgemerkten Änderungen konnten nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Dropped %1 staged for product %2.</source>
        <translation>%1 für Produkt %2 verworfen.</translation>
    </message>
    <message>
        <source>No store profiles yet; add one with &apos;vitrinectl profiles add&apos;.</source>
        <translation>Noch keine Shop-Profile; fügen Sie eines mit „vitrinectl profiles add“ hinzu.</translation>
    </message>
    <message>
        <source>Added store profile &quot;%1&quot; (%2, %3)%4.
</source>
        <translation>Shop-Profil „%1“ hinzugefügt (%2, %3)%4.
</translation>
    </message>
    <message>
        <source>; it is the current profile</source>
        <translation>; es ist das aktuelle Profil</translation>
    </message>
    <message>
        <source>Its token is not set here: vitrinectl reads VITRINE_TOKEN, or the token saved for &quot;%1&quot; in the Vitrine app (system keychain).</source>
        <translation>Sein Token ist hier nicht gesetzt: vitrinectl liest VITRINE_TOKEN oder das in der Vitrine-App für „%1“ gespeicherte Token (System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>There is no store profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Shop-Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed store profile &quot;%1&quot;.
</source>
        <translation>Shop-Profil „%1“ entfernt.
</translation>
    </message>
    <message>
        <source>Its saved token could not be removed: %1</source>
        <translation>Sein gespeichertes Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>alt %1</source>
        <translation>Alternativtext %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>src %1</source>
        <translation>src %1</translation>
    </message>
    <message>
        <source>variants %1</source>
        <translation>Varianten %1</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>image %1 at place %2: %3</source>
        <translation>Bild %1 an Stelle %2: %3</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>Print JSON (schema in docs/vitrinectl.md).</source>
        <translation>JSON ausgeben (Schema in docs/vitrinectl.md).</translation>
    </message>
    <message>
        <source>Stage the edit in the journal instead of publishing it (see &apos;pending&apos; and &apos;publish&apos;).</source>
        <translation>Die Änderung im Journal vormerken, statt sie zu veröffentlichen (siehe „pending“ und „publish“).</translation>
    </message>
    <message>
        <source>List the store&apos;s products (where the store can).</source>
        <translation>Die Produkte des Shops auflisten (wo der Shop das kann).</translation>
    </message>
    <message>
        <source>List a product&apos;s images in display order: id, position, size, src, alt.</source>
        <translation>Die Bilder eines Produkts in Anzeigereihenfolge auflisten: ID, Position, Größe, src, Alternativtext.</translation>
    </message>
    <message>
        <source>Add an image by URL.</source>
        <translation>Ein Bild über seine URL hinzufügen.</translation>
    </message>
    <message>
        <source>--position N puts it at place N of the display order (1 = first); a number past the end appends it. Without --position it goes last.</source>
        <translation>--position N setzt es an Stelle N der Anzeigereihenfolge (1 = erste); eine Zahl hinter dem Ende hängt es an. Ohne --position kommt es ans Ende.</translation>
    </message>
    <message>
        <source>The new image&apos;s alt text.</source>
        <translation>Der Alternativtext des neuen Bildes.</translation>
    </message>
    <message>
        <source>Its place in the display order, 1 = first.</source>
        <translation>Seine Stelle in der Anzeigereihenfolge, 1 = erste.</translation>
    </message>
    <message>
        <source>Set an image&apos;s alt text (an empty TEXT clears it).</source>
        <translation>Den Alternativtext eines Bildes festlegen (ein leerer TEXT löscht ihn).</translation>
    </message>
    <message>
        <source>The text is checked against the store&apos;s limit before anything is sent. Put &apos;--&apos; before a TEXT that starts with &apos;-&apos;.</source>
        <translation>Der Text wird vor dem Senden gegen die Grenze des Shops geprüft. Setzen Sie „--“ vor einen TEXT, der mit „-“ beginnt.</translation>
    </message>
    <message>
        <source>Make this the display order.</source>
        <translation>Dies zur Anzeigereihenfolge machen.</translation>
    </message>
    <message>
        <source>The named images come first, in the order given; images not named keep their relative order after them. Ids may be separated by commas or given as several arguments.</source>
        <translation>Die genannten Bilder kommen zuerst, in der angegebenen Reihenfolge; nicht genannte Bilder behalten dahinter ihre relative Reihenfolge. IDs können mit Kommas getrennt oder als mehrere Argumente angegeben werden.</translation>
    </message>
    <message>
        <source>Delete images, or every image of the product with --all.</source>
        <translation>Bilder löschen, oder mit --all jedes Bild des Produkts.</translation>
    </message>
    <message>
        <source>Where the store has a request that deletes all of a product&apos;s images, --all sends just that one.</source>
        <translation>Wo der Shop eine Anfrage hat, die alle Bilder eines Produkts löscht, sendet --all nur diese eine.</translation>
    </message>
    <message>
        <source>Delete every image of the product.</source>
        <translation>Jedes Bild des Produkts löschen.</translation>
    </message>
    <message>
        <source>List the edits staged in the journal (of this store; of every store when none is chosen).</source>
        <translation>Die im Journal vorgemerkten Änderungen auflisten (dieses Shops; aller Shops, wenn keiner gewählt ist).</translation>
    </message>
    <message>
        <source>Publish the edits staged in the journal for this store (one product, or all).</source>
        <translation>Die im Journal vorgemerkten Änderungen für diesen Shop veröffentlichen (ein Produkt oder alle).</translation>
    </message>
    <message>
        <source>Before writing, the gallery is read again. Changes made elsewhere that collide with a staged edit stop the publish (exit 1, each one listed) unless --resolve says whose version wins: keep-mine publishes the staged edit, take-theirs keeps the store&apos;s.</source>
        <translation>Vor dem Schreiben wird die Galerie erneut gelesen. Anderswo vorgenommene Änderungen, die mit einer vorgemerkten Änderung kollidieren, beenden das Veröffentlichen (Exit 1, jede aufgelistet), es sei denn, --resolve sagt, wessen Version gilt: keep-mine veröffentlicht die vorgemerkte Änderung, take-theirs behält die des Shops.</translation>
    </message>
    <message>
        <source>How to settle changes made elsewhere.</source>
        <translation>Wie anderswo vorgenommene Änderungen entschieden werden.</translation>
    </message>
    <message>
        <source>Drop the edits staged for a product (nothing is sent to the store).</source>
        <translation>Die für ein Produkt vorgemerkten Änderungen verwerfen (nichts wird an den Shop gesendet).</translation>
    </message>
    <message>
        <source>List the store profiles.</source>
        <translation>Die Shop-Profile auflisten.</translation>
    </message>
    <message>
        <source>Add a store profile (shared with the Vitrine app).</source>
        <translation>Ein Shop-Profil hinzufügen (gemeinsam mit der Vitrine-App).</translation>
    </message>
    <message>
        <source>The profile holds no token: set VITRINE_TOKEN, or save the token in the Vitrine app&apos;s profile dialog (kept in the system keychain).</source>
        <translation>Das Profil enthält kein Token: setzen Sie VITRINE_TOKEN oder speichern Sie das Token im Profildialog der Vitrine-App (im System-Schlüsselbund aufbewahrt).</translation>
    </message>
    <message>
        <source>generic, shopline, shoplazza, shopify or a custom dialect .json file.</source>
        <translation>generic, shopline, shoplazza, shopify oder eine .json-Datei eines eigenen Dialekts.</translation>
    </message>
    <message>
        <source>The URL before the dialect&apos;s documented path.</source>
        <translation>Die URL vor dem dokumentierten Pfad des Dialekts.</translation>
    </message>
    <message>
        <source>The API version (default: the dialect&apos;s).</source>
        <translation>Die API-Version (Standard: die des Dialekts).</translation>
    </message>
    <message>
        <source>How the store orders images, if not as its dialect says.</source>
        <translation>Wie der Shop Bilder ordnet, falls nicht so, wie sein Dialekt sagt.</translation>
    </message>
    <message>
        <source>Requests per second to stay under, if not the dialect&apos;s default.</source>
        <translation>Anfragen pro Sekunde, unter denen zu bleiben ist, falls nicht der Standard des Dialekts.</translation>
    </message>
    <message>
        <source>Remove a store profile (and its saved token).</source>
        <translation>Ein Shop-Profil entfernen (und sein gespeichertes Token).</translation>
    </message>
    <message>
        <source>Use a store profile (see &apos;vitrinectl profiles list&apos;).</source>
        <translation>Ein Shop-Profil verwenden (siehe „vitrinectl profiles list“).</translation>
    </message>
    <message>
        <source>Store dialect: generic, shopline, shoplazza, shopify, or the path of a custom dialect file (.json).</source>
        <translation>Shop-Dialekt: generic, shopline, shoplazza, shopify oder der Pfad einer eigenen Dialektdatei (.json).</translation>
    </message>
    <message>
        <source>The URL before the dialect&apos;s documented path: https://..., or http://127.0.0.1:PORT for a store on this computer.</source>
        <translation>Die URL vor dem dokumentierten Pfad des Dialekts: https://… oder http://127.0.0.1:PORT für einen Shop auf diesem Computer.</translation>
    </message>
    <message>
        <source>The dialect&apos;s API version (default: the dialect&apos;s own).</source>
        <translation>Die API-Version des Dialekts (Standard: die eigene des Dialekts).</translation>
    </message>
    <message>
        <source>Check a custom dialect file, and its field names against a live store.</source>
        <translation>Eine eigene Dialektdatei prüfen, und ihre Feldnamen an einem echten Shop.</translation>
    </message>
    <message>
        <source>The file is read as strictly as when a store is opened with it: every unknown key, section or placeholder and every wrong type is named with its line and column. With an address (--base-url, else the file&apos;s baseUrl) the store&apos;s answer for one product (--product, else the first listed) shows which mapped keys were found, which are missing and which keys no field maps. The token comes from VITRINE_TOKEN. Exit 1 on any problem.</source>
        <translation>Die Datei wird so streng gelesen wie beim Öffnen eines Shops mit ihr: jeder unbekannte Schlüssel, Abschnitt oder Platzhalter und jeder falsche Typ wird mit Zeile und Spalte genannt. Mit einer Adresse (--base-url, sonst baseUrl der Datei) zeigt die Antwort des Shops für ein Produkt (--product, sonst das erste aufgelistete), welche zugeordneten Schlüssel gefunden wurden, welche fehlen und welche Schlüssel kein Feld zuordnet. Das Token kommt aus VITRINE_TOKEN. Exit-Status 1 bei jedem Problem.</translation>
    </message>
    <message>
        <source>The store&apos;s address (default: the file&apos;s baseUrl).</source>
        <translation>Die Adresse des Shops (Standard: baseUrl der Datei).</translation>
    </message>
    <message>
        <source>The product whose images are checked (default: the first listed).</source>
        <translation>Das Produkt, dessen Bilder geprüft werden (Standard: das erste aufgelistete).</translation>
    </message>
    <message>
        <source>the dialect file</source>
        <translation>die Dialektdatei</translation>
    </message>
    <message>
        <source>--base-url must be an address like https://shop.example.com, not &apos;%1&apos;.</source>
        <translation>--base-url muss eine Adresse wie https://shop.example.com sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Missing &apos;check&apos; after &apos;dialect&apos;.</source>
        <translation>„check“ fehlt nach „dialect“.</translation>
    </message>
    <message>
        <source>Unknown dialect command &apos;%1&apos;: use check.</source>
        <translation>Unbekannter dialect-Befehl „%1“: verwenden Sie check.</translation>
    </message>
    <message numerus="yes">
        <source>Fields of product %1 (%n image(s) in the store&apos;s answer):
</source>
        <translation>
            <numerusform>Felder von Produkt %1 (%n Bild in der Antwort des Shops):
</numerusform>
            <numerusform>Felder von Produkt %1 (%n Bilder in der Antwort des Shops):
</numerusform>
        </translation>
    </message>
    <message>
        <source>found in %1 of %2</source>
        <translation>gefunden in %1 von %2</translation>
    </message>
    <message>
        <source>MISSING — did you mean &quot;%1&quot;?</source>
        <translation>FEHLT – meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>missing (allowed: the store may leave it out)</source>
        <translation>fehlt (erlaubt: der Shop darf es weglassen)</translation>
    </message>
    <message>
        <source>Every key of the answer is mapped.
</source>
        <translation>Jeder Schlüssel der Antwort ist zugeordnet.
</translation>
    </message>
    <message>
        <source>Keys of the answer no field maps (kept as they are): %1
</source>
        <translation>Schlüssel der Antwort, die kein Feld zuordnet (bleiben, wie sie sind): %1
</translation>
    </message>
    <message>
        <source>%1: the dialect &quot;%2&quot; reads without problems.
</source>
        <translation>%1: der Dialekt „%2“ lässt sich ohne Probleme lesen.
</translation>
    </message>
    <message>
        <source>No store address (give --base-url, or baseUrl in the file): the field mapping was not checked against a store.
</source>
        <translation>Keine Shop-Adresse (geben Sie --base-url an, oder baseUrl in der Datei): die Feldzuordnung wurde nicht an einem Shop geprüft.
</translation>
    </message>
    <message>
        <source>This store cannot list products: give --product ID to check the fields against.</source>
        <translation>Dieser Shop kann keine Produkte auflisten: geben Sie mit --product ID an, woran die Felder geprüft werden.</translation>
    </message>
    <message>
        <source>The store lists no product: give --product ID to check the fields against.</source>
        <translation>Der Shop listet kein Produkt: geben Sie mit --product ID an, woran die Felder geprüft werden.</translation>
    </message>
    <message>
        <source>Product %1 has no images, so the field names cannot be checked; give --product with a product that has images.</source>
        <translation>Produkt %1 hat keine Bilder, daher können die Feldnamen nicht geprüft werden; geben Sie mit --product ein Produkt an, das Bilder hat.</translation>
    </message>
    <message>
        <source>The mapping matches the store&apos;s answer.
</source>
        <translation>Die Zuordnung passt zur Antwort des Shops.
</translation>
    </message>
    <message>
        <source>a publish was interrupted after %1 confirmed sent</source>
        <translation>ein Veröffentlichen wurde unterbrochen, nachdem %1 bestätigt gesendet waren</translation>
    </message>
    <message>
        <source>%1 of them uncertain (looked for on the store before anything is sent again)</source>
        <translation>%1 davon ungewiss (werden im Shop gesucht, bevor erneut etwas gesendet wird)</translation>
    </message>
    <message>
        <source>The edits could not be kept in the journal: %1</source>
        <translation>Die Änderungen konnten nicht im Journal aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The saved template &apos;%1&apos;: %2</source>
        <translation>Die gespeicherte Vorlage „%1“: %2</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>Die Vorlage kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Apply alt text template</source>
        <translation>Alt-Text-Vorlage anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Staged: %n alt text(s) for product %1 (&apos;vitrinectl pending %1&apos; lists them, &apos;vitrinectl publish %1&apos; publishes them).</source>
        <translation>
            <numerusform>Vorgemerkt: %n Alt-Text für Produkt %1 („vitrinectl pending %1“ listet ihn, „vitrinectl publish %1“ veröffentlicht ihn).</numerusform>
            <numerusform>Vorgemerkt: %n Alt-Texte für Produkt %1 („vitrinectl pending %1“ listet sie, „vitrinectl publish %1“ veröffentlicht sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of product %1 written to %2.</source>
        <translation>
            <numerusform>%n Bild von Produkt %1 nach %2 geschrieben.</numerusform>
            <numerusform>%n Bilder von Produkt %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading product %1 (%2 of %3)…</source>
        <translation>Produkt %1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Import alt text</source>
        <translation>Alt-Text importieren</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Staged: %n cell(s) (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</source>
        <translation>
            <numerusform>Vorgemerkt: %n Zelle („vitrinectl pending“ listet sie, „vitrinectl publish“ veröffentlicht sie).</numerusform>
            <numerusform>Vorgemerkt: %n Zellen („vitrinectl pending“ listet sie, „vitrinectl publish“ veröffentlicht sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, product %2, image %3 (place %4), %5</source>
        <translation>Zeile %1, Produkt %2, Bild %3 (Platz %4), %5</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>%1: exported &quot;%2&quot;, in the file &quot;%3&quot;, now &quot;%4&quot;</source>
        <translation>%1: exportiert „%2“, in der Datei „%3“, jetzt „%4“</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>product %1, image %2 (place %3): &quot;%4&quot; → &quot;%5&quot; [%6]</source>
        <translation>Produkt %1, Bild %2 (Platz %3): „%4“ → „%5“ [%6]</translation>
    </message>
    <message>
        <source>Conflicts (changed on the store since the export; not staged):</source>
        <translation>Konflikte (seit dem Export im Shop geändert; nicht vorgemerkt):</translation>
    </message>
    <message>
        <source>Lines skipped:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message>
        <source>Fill alt text from a template; without --stage, only show what it would write.</source>
        <translation>Alt-Text aus einer Vorlage füllen; ohne --stage nur zeigen, was sie schreiben würde.</translation>
    </message>
    <message>
        <source>The product whose gallery to fill.</source>
        <translation>Das Produkt, dessen Galerie gefüllt wird.</translation>
    </message>
    <message>
        <source>Which images to write (default: empty).</source>
        <translation>Welche Bilder geschrieben werden (Standard: empty).</translation>
    </message>
    <message>
        <source>Columns: product id, product title, image id, place, src, alt, variant, exported. Edit alt and place in a spreadsheet app, then &apos;vitrinectl import&apos;. Keep the &apos;exported&apos; column: it tells the import what you changed from what changed on the store.</source>
        <translation>Spalten: product id, product title, image id, place, src, alt, variant, exported. Bearbeiten Sie alt und place in einem Tabellenprogramm, dann „vitrinectl import“. Behalten Sie die Spalte „exported“: an ihr unterscheidet der Import, was Sie geändert haben, von dem, was sich im Shop geändert hat.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die Datei mit einem UTF-8-Byte-Order-Mark beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Compare an edited alt text spreadsheet with the store; with --stage, stage its changes.</source>
        <translation>Eine bearbeitete Alt-Text-Tabelle mit dem Shop vergleichen; mit --stage ihre Änderungen vormerken.</translation>
    </message>
    <message>
        <source>Each alt and place cell is compared three ways: as exported, in the file, on the store now. Cells you changed are staged; cells the store changed since the export too are conflicts: listed, never staged, and the exit code is 1. Lines that cannot be used (unknown images, bad places, text over the store&apos;s limit) are listed by line and skipped (exit 1 too).</source>
        <translation>Jede alt- und place-Zelle wird dreifach verglichen: wie exportiert, in der Datei, jetzt im Shop. Zellen, die Sie geändert haben, werden vorgemerkt; Zellen, die seit dem Export auch der Shop geändert hat, sind Konflikte: aufgelistet, nie vorgemerkt, und der Exit-Status ist 1. Zeilen, die nicht verwendbar sind (unbekannte Bilder, falsche Plätze, Text über der Grenze des Shops), werden mit ihrer Zeile aufgelistet und übersprungen (ebenfalls Exit-Status 1).</translation>
    </message>
    <message>
        <source>the template (or a saved template&apos;s name)</source>
        <translation>die Vorlage (oder der Name einer gespeicherten Vorlage)</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
    <message>
        <source>--mode must be empty, replace or append, not &apos;%1&apos;.</source>
        <translation>--mode muss empty, replace oder append sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>verbleibende Zeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning: %1, %2</source>
        <translation>Scan: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery/galleries to read</source>
        <translation>
            <numerusform>%n Galerie zu lesen</numerusform>
            <numerusform>%n Galerien zu lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLATZ</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>BILD</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>%1, %2, alt text on %3 %.</source>
        <translation>%1, %2, Alt-Text auf %3 %.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Problems: %1.</source>
        <translation>Probleme: %1.</translation>
    </message>
    <message>
        <source>Resumed the scan an earlier run began.</source>
        <translation>Den Scan fortgesetzt, den ein früherer Lauf begonnen hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) unchanged since the last scan (not read again).</source>
        <translation>
            <numerusform>%n Produkt seit dem letzten Scan unverändert (nicht erneut gelesen).</numerusform>
            <numerusform>%n Produkte seit dem letzten Scan unverändert (nicht erneut gelesen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) no longer on the store left the catalog.</source>
        <translation>
            <numerusform>%n Produkt, das nicht mehr im Shop ist, hat den Katalog verlassen.</numerusform>
            <numerusform>%n Produkte, die nicht mehr im Shop sind, haben den Katalog verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>Der Scan wurde beendet: %1</translation>
    </message>
    <message>
        <source>What was read is kept; &apos;vitrinectl scan&apos; continues from there.</source>
        <translation>Was gelesen wurde, bleibt erhalten; „vitrinectl scan“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Nothing is known of %1&apos;s catalog yet: run &apos;vitrinectl scan&apos; first.</source>
        <translation>Vom Katalog von %1 ist noch nichts bekannt: führen Sie zuerst „vitrinectl scan“ aus.</translation>
    </message>
    <message>
        <source>Product %1 is not in the catalog of %2 (as of the last scan).</source>
        <translation>Produkt %1 ist nicht im Katalog von %2 (Stand des letzten Scans).</translation>
    </message>
    <message>
        <source>Checking pictures: %1 of %2…</source>
        <translation>Bilder werden geprüft: %1 von %2…</translation>
    </message>
    <message>
        <source>Stopping the picture checks…</source>
        <translation>Die Bildprüfungen werden gestoppt…</translation>
    </message>
    <message>
        <source>The picture checks could not be kept: %1</source>
        <translation>Die Bildprüfungen konnten nicht aufbewahrt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be checked: broken and tiny are not judged for them.</source>
        <translation>
            <numerusform>%n Bild konnte nicht geprüft werden: defekt und winzig werden dafür nicht beurteilt.</numerusform>
            <numerusform>%n Bilder konnten nicht geprüft werden: defekt und winzig werden für sie nicht beurteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the whole store into the local catalog (resumable, incremental).</source>
        <translation>Den ganzen Shop in den lokalen Katalog lesen (fortsetzbar, inkrementell).</translation>
    </message>
    <message>
        <source>Reads the product list and every gallery with the fewest requests the store allows, at its rate limit; progress on stderr. Ctrl+C stops after the request in flight and the next scan continues where it stopped. A scan again reads only the galleries of products the store marks as changed since.</source>
        <translation>Liest die Produktliste und jede Galerie mit den wenigsten Anfragen, die der Shop erlaubt, an seiner Ratengrenze; Fortschritt auf stderr. Strg+C hält nach der laufenden Anfrage an, und der nächste Scan macht dort weiter. Ein erneuter Scan liest nur die Galerien der Produkte, die der Shop seitdem als geändert markiert.</translation>
    </message>
    <message>
        <source>The gallery review&apos;s findings across the catalog of the last scan.</source>
        <translation>Die Befunde der Galerieprüfung über den Katalog des letzten Scans.</translation>
    </message>
    <message>
        <source>Print CSV (one line per finding, as the review export).</source>
        <translation>CSV ausgeben (eine Zeile je Befund, wie der Export der Prüfung).</translation>
    </message>
    <message>
        <source>Only these problems.</source>
        <translation>Nur diese Probleme.</translation>
    </message>
    <message>
        <source>Only this product.</source>
        <translation>Nur dieses Produkt.</translation>
    </message>
    <message>
        <source>Do not fetch pictures (broken/tiny judged only from earlier checks).</source>
        <translation>Keine Bilder holen (defekt/winzig nur nach früheren Prüfungen beurteilt).</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Wählen Sie eines von --json und --csv.</translation>
    </message>
    <message numerus="yes">
        <source>Staged: %1 in %n product(s) (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</source>
        <translation>
            <numerusform>Vorgemerkt: %1 in %n Produkt („vitrinectl pending“ listet sie, „vitrinectl publish“ veröffentlicht sie).</numerusform>
            <numerusform>Vorgemerkt: %1 in %n Produkten („vitrinectl pending“ listet sie, „vitrinectl publish“ veröffentlicht sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n Alt-Text</numerusform>
            <numerusform>%n Alt-Texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) written to %2.</source>
        <translation>
            <numerusform>%1 von %n Produkt nach %2 geschrieben.</numerusform>
            <numerusform>%1 von %n Produkten nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last scan of %1 did not finish: this covers only what it read (&apos;vitrinectl scan&apos; continues it).</source>
        <translation>Der letzte Scan von %1 wurde nicht beendet: dies umfasst nur, was er gelesen hat („vitrinectl scan“ setzt ihn fort).</translation>
    </message>
    <message>
        <source>TEMPLATE is the name of a template saved in the Vitrine app, or the template itself, e.g. &apos;{title} – {variant}, view {place} of {count}&apos; (placeholders and optional parts: docs/alttext.md). The preview lists each image it would change, old and new text, the length against the store&apos;s limit, and flags texts over the limit (never staged), the same as another image, or looking like a placeholder. --mode empty (the default) writes only images without alt text. Without --product it works on the local catalog of the last &apos;vitrinectl scan&apos; (every product, or with --problem the images the audit finds that problem for) and stages one step per product.</source>
        <translation>TEMPLATE ist der Name einer in der Vitrine-App gespeicherten Vorlage oder die Vorlage selbst, z. B. &apos;{title} – {variant}, view {place} of {count}&apos; (Platzhalter und optionale Teile: docs/alttext.md). Die Vorschau listet jedes Bild, das sie ändern würde, alten und neuen Text, die Länge gegenüber der Grenze des Shops, und markiert Texte über der Grenze (nie vorgemerkt), gleich wie bei einem anderen Bild oder wie ein Platzhalter aussehend. --mode empty (der Standard) schreibt nur Bilder ohne Alt-Text. Ohne --product arbeitet sie auf dem lokalen Katalog des letzten „vitrinectl scan“ (jedes Produkt, oder mit --problem die Bilder, bei denen die Prüfung dieses Problem findet) und merkt je Produkt einen Schritt vor.</translation>
    </message>
    <message>
        <source>Only the catalog&apos;s images with these problems (audit names).</source>
        <translation>Nur die Bilder des Katalogs mit diesen Problemen (Namen der Prüfung).</translation>
    </message>
    <message>
        <source>Write alt text as a spreadsheet, one row per image: a product&apos;s, or without --product every product of the local catalog.</source>
        <translation>Alt-Text als Tabelle schreiben, eine Zeile je Bild: den eines Produkts, oder ohne --product den jedes Produkts des lokalen Katalogs.</translation>
    </message>
    <message>
        <source>The product to export (default: the catalog of the last scan).</source>
        <translation>Das Produkt, das exportiert wird (Standard: der Katalog des letzten Scans).</translation>
    </message>
    <message>
        <source>Choose one of --product and --problem.</source>
        <translation>Bitte nur eines von --product und --problem angeben.</translation>
    </message>
    <message>
        <source>Each product is judged as it will be published (its staged edits applied). Pictures not checked yet are fetched first (without the store&apos;s token) to judge broken-image and tiny-image, and hashed to find the same picture twice. Problems: missing-alt, alt-too-long, alt-verbose, alt-looks-like-file-name, duplicate-alt, duplicate-image, broken-image, tiny-image, duplicate-picture, duplicate-picture-across-products.</source>
        <translation>Jedes Produkt wird so beurteilt, wie es veröffentlicht wird (mit seinen vorgemerkten Änderungen). Noch nicht geprüfte Bilder werden zuerst geholt (ohne das Token des Shops), um broken-image und tiny-image zu beurteilen, und gehasht, um dasselbe Bild zweimal zu finden. Probleme: missing-alt, alt-too-long, alt-verbose, alt-looks-like-file-name, duplicate-alt, duplicate-image, broken-image, tiny-image, duplicate-picture, duplicate-picture-across-products.</translation>
    </message>
    <message>
        <source>(empty here, left out: %1)</source>
        <translation>(hier leer, weggelassen: %1)</translation>
    </message>
    <message>
        <source>Stopping: no new request is sent; waiting for the answers to those already sent…</source>
        <translation>Wird angehalten: keine neue Anfrage wird gesendet; die Antworten auf die bereits gesendeten werden abgewartet…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails: made from the original images (the file has no &quot;thumbnails&quot; rule).
</source>
        <translation>Vorschaubilder: aus den Originalbildern (die Datei hat keine Regel &quot;thumbnails&quot;).
</translation>
    </message>
    <message>
        <source>Thumbnails: the &quot;thumbnails&quot; rule makes no address of &quot;%1&quot;; the originals are fetched.
</source>
        <translation>Vorschaubilder: Die Regel &quot;thumbnails&quot; macht aus &quot;%1&quot; keine Adresse; die Originale werden geladen.
</translation>
    </message>
    <message>
        <source>Thumbnails: %1 pixels wide, &quot;%2&quot; is asked for as &quot;%3&quot; (without the token); where that fails, the original is fetched.
</source>
        <translation>Vorschaubilder: %1 Pixel breit wird &quot;%2&quot; als &quot;%3&quot; angefragt (ohne das Token); wo das scheitert, wird das Original geladen.
</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
</context>
</TS>
