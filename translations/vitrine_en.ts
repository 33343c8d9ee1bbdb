<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AltImportComparison</name>
    <message numerus="yes">
        <source>Place %1 is past the end of the gallery, which has %n image(s).</source>
        <translation>
            <numerusform>Place %1 is past the end of the gallery, which has %n image.</numerusform>
            <numerusform>Place %1 is past the end of the gallery, which has %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: product %2 is not among the galleries this import compares with; its %n line(s) are skipped.</source>
        <translation>
            <numerusform>Line %1: product %2 is not among the galleries this import compares with; its %n line are skipped.</numerusform>
            <numerusform>Line %1: product %2 is not among the galleries this import compares with; its %n lines are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n alt text</numerusform>
            <numerusform>%n alt texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with changes made on the store since the export</source>
        <translation>
            <numerusform>%n conflict with changes made on the store since the export</numerusform>
            <numerusform>%n conflicts with changes made on the store since the export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n line skipped</numerusform>
            <numerusform>%n lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To stage: %n alt text(s)</source>
        <translation>
            <numerusform>To stage: %n alt text</numerusform>
            <numerusform>To stage: %n alt texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To stage: %n place(s)</source>
        <translation>
            <numerusform>To stage: %n place</numerusform>
            <numerusform>To stage: %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltTemplatePreview</name>
    <message numerus="yes">
        <source>%n image(s) would change.</source>
        <translation>
            <numerusform>%n image would change.</numerusform>
            <numerusform>%n images would change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) would change</source>
        <translation>
            <numerusform>%n image would change</numerusform>
            <numerusform>%n images would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n product(s).</source>
        <translation>
            <numerusform>in %n product.</numerusform>
            <numerusform>in %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the store&apos;s limit (not staged)</source>
        <translation>
            <numerusform>%n over the store&apos;s limit (not staged)</numerusform>
            <numerusform>%n over the store&apos;s limit (not staged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as another image of the gallery</source>
        <translation>
            <numerusform>%n the same as another image of the gallery</numerusform>
            <numerusform>%n the same as another image of the gallery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that look(s) like a placeholder</source>
        <translation>
            <numerusform>%n that looks like a placeholder</numerusform>
            <numerusform>%n that look like a placeholder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because it has text already</source>
        <translation>
            <numerusform>%n kept because it has text already</numerusform>
            <numerusform>%n kept because it has text already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for which the template gives no text</source>
        <translation>
            <numerusform>%n for which the template gives no text</numerusform>
            <numerusform>%n for which the template gives no text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a placeholder the store gives nothing for (left out)</source>
        <translation>
            <numerusform>%n with a placeholder the store gives nothing for (left out)</numerusform>
            <numerusform>%n with a placeholder the store gives nothing for (left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message numerus="yes">
        <source>Delete %n image(s) of %1</source>
        <translation>
            <numerusform>Delete %n image of %1</numerusform>
            <numerusform>Delete %n images of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPublisher</name>
    <message numerus="yes">
        <source>Published %n product(s).</source>
        <translation>
            <numerusform>Published %n product.</numerusform>
            <numerusform>Published %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be published; their edits stay staged.</source>
        <translation>
            <numerusform>%n product could not be published; its edits stay staged.</numerusform>
            <numerusform>%n products could not be published; their edits stay staged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not started; their edits stay staged.</source>
        <translation>
            <numerusform>%n product was not started; its edits stay staged.</numerusform>
            <numerusform>%n products were not started; their edits stay staged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <source>Delete all %n images of %1?</source>
        <translation>
            <numerusform>Delete all %n images of %1?</numerusform>
            <numerusform>Delete all %n images of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) of %1?</source>
        <translation>
            <numerusform>Delete %n image of %1?</numerusform>
            <numerusform>Delete %n images of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are removed from this gallery now and from the store when you publish. Until then Undo brings them back. This cannot be undone after publishing.</source>
        <translation>
            <numerusform>It is removed from this gallery now and from the store when you publish. Until then Undo brings it back. This cannot be undone after publishing.</numerusform>
            <numerusform>They are removed from this gallery now and from the store when you publish. Until then Undo brings them back. This cannot be undone after publishing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteImagesCommand</name>
    <message numerus="yes">
        <source>Delete %n images (places %1)</source>
        <translation>
            <numerusform>Delete %n images (places %1)</numerusform>
            <numerusform>Delete %n images (places %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryReview</name>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n error.</numerusform>
            <numerusform>%n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 is only the product&apos;s title, as on %n other image(s): a screen reader says the same name for each. Say what this image shows — the view, a detail, the colour.</source>
        <translation>
            <numerusform>The alt text of image %1 is only the product&apos;s title, as on %n other image: a screen reader says the same name for each. Say what this image shows — the view, a detail, the colour.</numerusform>
            <numerusform>The alt text of image %1 is only the product&apos;s title, as on %n other images: a screen reader says the same name for each. Say what this image shows — the view, a detail, the colour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 has %n word(s) the %2 dictionary does not know: %3. Correct the spelling — or leave it when it is a name.</source>
        <translation>
            <numerusform>The alt text of image %1 has %n word the %2 dictionary does not know: %3. Correct the spelling — or leave it when it is a name.</numerusform>
            <numerusform>The alt text of image %1 has %n words the %2 dictionary does not know: %3. Correct the spelling — or leave it when it is a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepImagesCommand</name>
    <message numerus="yes">
        <source>Keep %n images</source>
        <translation>
            <numerusform>Keep %n images</numerusform>
            <numerusform>Keep %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveImagesCommand</name>
    <message numerus="yes">
        <source>Move %n images to places %1</source>
        <translation>
            <numerusform>Move %n images to places %1</numerusform>
            <numerusform>Move %n images to places %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPlan</name>
    <message numerus="yes">
        <source>%n reorder(s)</source>
        <translation>
            <numerusform>%n reorder</numerusform>
            <numerusform>%n reorders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text edit(s)</source>
        <translation>
            <numerusform>%n alt text edit</numerusform>
            <numerusform>%n alt text edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL change(s)</source>
        <translation>
            <numerusform>%n URL change</numerusform>
            <numerusform>%n URL changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant change(s)</source>
        <translation>
            <numerusform>%n variant change</numerusform>
            <numerusform>%n variant changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s)</source>
        <translation>
            <numerusform>%n delete</numerusform>
            <numerusform>%n deletes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n add(s)</source>
        <translation>
            <numerusform>%n add</numerusform>
            <numerusform>%n adds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) stay staged.</source>
        <translation>
            <numerusform>%n change stays staged.</numerusform>
            <numerusform>%n changes stay staged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An interrupted publish was finished first (%n request(s) had gone through).</source>
        <translation>
            <numerusform>An interrupted publish was finished first (%n request had gone through).</numerusform>
            <numerusform>An interrupted publish was finished first (%n requests had gone through).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) that interrupted requests had already added were kept, not added again.</source>
        <translation>
            <numerusform>%n image that an interrupted request had already added was kept, not added again.</numerusform>
            <numerusform>%n images that interrupted requests had already added were kept, not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were deleted on the store in the meantime.</source>
        <translation>
            <numerusform>%n image was deleted on the store in the meantime.</numerusform>
            <numerusform>%n images were deleted on the store in the meantime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store&apos;s answers to %n requests could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</source>
        <translation>
            <numerusform>The store&apos;s answer to %n request could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</numerusform>
            <numerusform>The store&apos;s answers to %n requests could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first move showed it and the rest was planned for it, with %n extra write(s).</source>
        <translation>
            <numerusform>The first move showed it and the rest was planned for it, with %n extra write.</numerusform>
            <numerusform>The first move showed it and the rest was planned for it, with %n extra writes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra write(s) were needed because %1 had the same position on the store.</source>
        <translation>
            <numerusform>%n extra write was needed because %1 had the same position on the store.</numerusform>
            <numerusform>%n extra writes were needed because %1 had the same position on the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetAltTextCommand</name>
    <message numerus="yes">
        <source>Set alt text of %n images (places %1)</source>
        <translation>
            <numerusform>Set alt text of %n images (places %1)</numerusform>
            <numerusform>Set alt text of %n images (places %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetVariantsCommand</name>
    <message numerus="yes">
        <source>Set variants of %n images (places %1)</source>
        <translation>
            <numerusform>Set variants of %n images (places %1)</numerusform>
            <numerusform>Set variants of %n images (places %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltImportDialog</name>
    <message numerus="yes">
        <source>%n cell(s) unchanged since the export.</source>
        <translation>
            <numerusform>%n cell unchanged since the export.</numerusform>
            <numerusform>%n cells unchanged since the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %n Cell(s)</source>
        <translation>
            <numerusform>Stage %n Cell</numerusform>
            <numerusform>Stage %n Cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTemplateDialog</name>
    <message numerus="yes">
        <source>Looking at %n image(s)…</source>
        <translation>
            <numerusform>Looking at %n image…</numerusform>
            <numerusform>Looking at %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage %n Alt Text(s)</source>
        <translation>
            <numerusform>Stage %n Alt Text</numerusform>
            <numerusform>Stage %n Alt Texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextActions</name>
    <message numerus="yes">
        <source>%n alt text(s) staged from the template (one undo step).</source>
        <translation>
            <numerusform>%n alt text staged from the template (one undo step).</numerusform>
            <numerusform>%n alt texts staged from the template (one undo step).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alt text of %n image(s) exported to %1.</source>
        <translation>
            <numerusform>Alt text of %n image exported to %1.</numerusform>
            <numerusform>Alt text of %n images exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the spreadsheet staged (one undo step).</source>
        <translation>
            <numerusform>%n cell of the spreadsheet staged (one undo step).</numerusform>
            <numerusform>%n cells of the spreadsheet staged (one undo step).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextPanel</name>
    <message numerus="yes">
        <source>These images have different alt texts. Type one to give it to all %n.</source>
        <translation>
            <numerusform>These images have different alt texts. Type one to give it to all %n.</numerusform>
            <numerusform>These images have different alt texts. Type one to give it to all %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>%n image selected</numerusform>
            <numerusform>%n images selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogController</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery/galleries to read</source>
        <translation>
            <numerusform>%n gallery to read</numerusform>
            <numerusform>%n galleries to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) checked.</source>
        <translation>
            <numerusform>%n picture checked.</numerusform>
            <numerusform>%n pictures checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 staged in %n product(s).</source>
        <translation>
            <numerusform>%1 staged in %n product.</numerusform>
            <numerusform>%1 staged in %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n alt text</numerusform>
            <numerusform>%n alt texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) staged for deletion; a publish deletes them on the store, Undo takes them back.</source>
        <translation>
            <numerusform>%n image staged for deletion; a publish deletes it on the store, Undo takes it back.</numerusform>
            <numerusform>%n images staged for deletion; a publish deletes them on the store, Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogProductsModel</name>
    <message numerus="yes">
        <source>%1 of %n image(s) have alt text.</source>
        <translation>
            <numerusform>%1 of %n image has alt text.</numerusform>
            <numerusform>%1 of %n images have alt text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogPublishDialog</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogScanner</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogSheetController</name>
    <message numerus="yes">
        <source>Alt text of %n image(s) exported to %1.</source>
        <translation>
            <numerusform>Alt text of %n image exported to %1.</numerusform>
            <numerusform>Alt text of %n images exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the spreadsheet staged (one undo step).</source>
        <translation>
            <numerusform>%n cell of the spreadsheet staged (one undo step).</numerusform>
            <numerusform>%n cells of the spreadsheet staged (one undo step).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogSummaryView</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) not checked yet: broken and tiny are not judged for them.</source>
        <translation>
            <numerusform>%n picture not checked yet: broken and tiny are not judged for it.</numerusform>
            <numerusform>%n pictures not checked yet: broken and tiny are not judged for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryController</name>
    <message numerus="yes">
        <source>%n product(s) in %1.</source>
        <translation>
            <numerusform>%n product in %1.</numerusform>
            <numerusform>%n products in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of %1 loaded.</source>
        <translation>
            <numerusform>%n image of %1 loaded.</numerusform>
            <numerusform>%n images of %1 loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::MainWindow</name>
    <message numerus="yes">
        <source>Send the %n staged edit(s) to the store</source>
        <translation>
            <numerusform>Send the %n staged edit to the store</numerusform>
            <numerusform>Send the %n staged edits to the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n edit(s) you have not published are discarded.</source>
        <translation>
            <numerusform>The edit you have not published is discarded.</numerusform>
            <numerusform>The %n edits you have not published are discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n edit(s) to %1 that are not published yet.</source>
        <translation>
            <numerusform>You have %n edit to %1 that is not published yet.</numerusform>
            <numerusform>You have %n edits to %1 that are not published yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ProfileController</name>
    <message numerus="yes">
        <source>Connected: %n product(s).</source>
        <translation>
            <numerusform>Connected: %n product.</numerusform>
            <numerusform>Connected: %n products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ReviewPanel</name>
    <message numerus="yes">
        <source>%n image(s) still loading.</source>
        <translation>
            <numerusform>%n image is still loading.</numerusform>
            <numerusform>%n images are still loading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::SessionJournal</name>
    <message numerus="yes">
        <source>It had sent %n edits the store confirmed; they are not counted as unpublished.</source>
        <translation>
            <numerusform>It had sent %n edit the store confirmed; it is not counted as unpublished.</numerusform>
            <numerusform>It had sent %n edits the store confirmed; they are not counted as unpublished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits may or may not have reached the store; the next publish looks on the store before sending anything about them again.</source>
        <translation>
            <numerusform>%n edit may or may not have reached the store; the next publish looks on the store before sending anything about it again.</numerusform>
            <numerusform>%n edits may or may not have reached the store; the next publish looks on the store before sending anything about them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrinectl</name>
    <message numerus="yes">
        <source>Fields of product %1 (%n image(s) in the store&apos;s answer):
</source>
        <translation>
            <numerusform>Fields of product %1 (%n image in the store&apos;s answer):
</numerusform>
            <numerusform>Fields of product %1 (%n images in the store&apos;s answer):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staged: %n alt text(s) for product %1 (&apos;vitrinectl pending %1&apos; lists them, &apos;vitrinectl publish %1&apos; publishes them).</source>
        <translation>
            <numerusform>Staged: %n alt text for product %1 (&apos;vitrinectl pending %1&apos; lists it, &apos;vitrinectl publish %1&apos; publishes it).</numerusform>
            <numerusform>Staged: %n alt texts for product %1 (&apos;vitrinectl pending %1&apos; lists them, &apos;vitrinectl publish %1&apos; publishes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of product %1 written to %2.</source>
        <translation>
            <numerusform>%n image of product %1 written to %2.</numerusform>
            <numerusform>%n images of product %1 written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staged: %n cell(s) (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</source>
        <translation>
            <numerusform>Staged: %n cell (&apos;vitrinectl pending&apos; lists it, &apos;vitrinectl publish&apos; publishes it).</numerusform>
            <numerusform>Staged: %n cells (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery/galleries to read</source>
        <translation>
            <numerusform>%n gallery to read</numerusform>
            <numerusform>%n galleries to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) unchanged since the last scan (not read again).</source>
        <translation>
            <numerusform>%n product unchanged since the last scan (not read again).</numerusform>
            <numerusform>%n products unchanged since the last scan (not read again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) no longer on the store left the catalog.</source>
        <translation>
            <numerusform>%n product no longer on the store left the catalog.</numerusform>
            <numerusform>%n products no longer on the store left the catalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be checked: broken and tiny are not judged for them.</source>
        <translation>
            <numerusform>%n picture could not be checked: broken and tiny are not judged for it.</numerusform>
            <numerusform>%n pictures could not be checked: broken and tiny are not judged for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staged: %1 in %n product(s) (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</source>
        <translation>
            <numerusform>Staged: %1 in %n product (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</numerusform>
            <numerusform>Staged: %1 in %n products (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n alt text</numerusform>
            <numerusform>%n alt texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) written to %2.</source>
        <translation>
            <numerusform>%1 of %n product written to %2.</numerusform>
            <numerusform>%1 of %n products written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
</TS>
