<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddImageCommand</name>
    <message>
        <source>Add image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Add image %1</source>
        <translation>添加图片 %1</translation>
    </message>
</context>
<context>
    <name>AltImportComparison</name>
    <message>
        <source>Line %1: product %2 has no image %3 (deleted since the export?); the line is skipped.</source>
        <translation>第 %1 行：商品 %2 没有图片 %3（导出后被删除了？）；跳过此行。</translation>
    </message>
    <message numerus="yes">
        <source>Place %1 is past the end of the gallery, which has %n image(s).</source>
        <translation>
            <numerusform>第 %1 位超出了图库的末尾，图库共有 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 The line is skipped.</source>
        <translation>第 %1 行：%2 跳过此行。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: product %2 is not among the galleries this import compares with; its %n line(s) are skipped.</source>
        <translation>
            <numerusform>第 %1 行：商品 %2 不在此次导入所比较的图库之中；跳过其 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to stage</source>
        <translation>没有要暂存的内容</translation>
    </message>
    <message>
        <source>To stage: %1 and %2</source>
        <translation>要暂存：%1 和 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n 个替代文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n 个位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with changes made on the store since the export</source>
        <translation>
            <numerusform>%n 处与导出后在店铺中所做更改的冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To stage: %n alt text(s)</source>
        <translation>
            <numerusform>待暂存：%n 条替代文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To stage: %n place(s)</source>
        <translation>
            <numerusform>待暂存：%n 个位置</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltSheet</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet app as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件不是 UTF-8 文本。请在电子表格应用中将其另存为“CSV UTF-8”，然后重新导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file&apos;s first line does not name the columns of an alt text export: it needs &quot;product id&quot;, &quot;image id&quot; and &quot;alt&quot; or &quot;place&quot; (found: %1).</source>
        <translation>文件的第一行没有给出替代文本导出的列名：需要“product id”、“image id”以及“alt”或“place”（找到的是：%1）。</translation>
    </message>
    <message>
        <source>Line %1 has no product id; it is skipped.</source>
        <translation>第 %1 行没有商品 ID；跳过此行。</translation>
    </message>
    <message>
        <source>Line %1 has no image id; it is skipped.</source>
        <translation>第 %1 行没有图片 ID；跳过此行。</translation>
    </message>
    <message>
        <source>Line %1: the place &quot;%2&quot; is not a whole number from 1; the line is skipped.</source>
        <translation>第 %1 行：位置“%2”不是从 1 开始的整数；跳过此行。</translation>
    </message>
    <message>
        <source>Line %1 names image %2 of product %3 again (first on line %4); it is skipped.</source>
        <translation>第 %1 行再次列出了商品 %3 的图片 %2（首次出现在第 %4 行）；跳过此行。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>AltTemplate</name>
    <message>
        <source>The placeholder opened at character %1 is never closed with &apos;}&apos; (write &apos;{{&apos; for the character itself).</source>
        <translation>在第 %1 个字符处开始的占位符没有用“}”闭合（字符本身请写作“{{”）。</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; at character %2 is not a placeholder; use one of %3.</source>
        <translation>第 %2 个字符处的“{%1}”不是占位符；请使用 %3 之一。</translation>
    </message>
    <message>
        <source>The &apos;}&apos; at character %1 closes no placeholder (write &apos;}}&apos; for the character itself).</source>
        <translation>第 %1 个字符处的“}”没有闭合任何占位符（字符本身请写作“}}”）。</translation>
    </message>
    <message>
        <source>The optional part at character %1 is inside another one (opened at character %2); optional parts cannot be nested.</source>
        <translation>第 %1 个字符处的可选部分位于另一个可选部分之中（开始于第 %2 个字符）；可选部分不能嵌套。</translation>
    </message>
    <message>
        <source>The &apos;]&apos; at character %1 closes no optional part (write &apos;]]&apos; for the character itself).</source>
        <translation>第 %1 个字符处的“]”没有闭合任何可选部分（字符本身请写作“]]”）。</translation>
    </message>
    <message>
        <source>The optional part opened at character %1 is never closed with &apos;]&apos; (write &apos;[[&apos; for the character itself).</source>
        <translation>在第 %1 个字符处开始的可选部分没有用“]”闭合（字符本身请写作“[[”）。</translation>
    </message>
</context>
<context>
    <name>AltTemplatePreview</name>
    <message numerus="yes">
        <source>%n image(s) would change.</source>
        <translation>
            <numerusform>将有 %n 张图片发生变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) would change</source>
        <translation>
            <numerusform>将有 %n 张图片发生变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n product(s).</source>
        <translation>
            <numerusform>共 %n 个商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the store&apos;s limit (not staged)</source>
        <translation>
            <numerusform>%n 张超出店铺限制（未暂存）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as another image of the gallery</source>
        <translation>
            <numerusform>%n 张与图库中的另一张图片相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that look(s) like a placeholder</source>
        <translation>
            <numerusform>%n 张看起来像占位符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because it has text already</source>
        <translation>
            <numerusform>%n 张已有文本，因此保留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for which the template gives no text</source>
        <translation>
            <numerusform>%n 张的模板没有生成文本</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged or left alone: %1.</source>
        <translation>已标记或保持不变：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n with a placeholder the store gives nothing for (left out)</source>
        <translation>
            <numerusform>%n 个含有店铺未提供内容的占位符（已省略）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogAudit</name>
    <message>
        <source>Unknown problem &apos;%1&apos;: use %2.</source>
        <translation>未知问题“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>No problem named: use %1.</source>
        <translation>未指定问题：请使用 %1。</translation>
    </message>
    <message>
        <source>Image %1 shows the same picture as image %2 of &quot;%3&quot; (product %4), under another address: shoppers see one picture for two products. Replace or delete it here unless the picture belongs to both.</source>
        <translation>图片 %1 与“%3”（商品 %4）的图片 %2 是同一张图片，只是地址不同：顾客会在两个商品中看到同一张图片。除非这张图片同时属于两者，否则请在此替换或删除它。</translation>
    </message>
</context>
<context>
    <name>CatalogDatabase</name>
    <message>
        <source>The catalog %1 is damaged (%2) and could not be moved aside.</source>
        <translation>目录 %1 已损坏（%2），且无法移到一旁。</translation>
    </message>
    <message>
        <source>The local catalog was damaged (%1). It was moved to %2 and a new one was started; the next scan reads the store again.</source>
        <translation>本地目录已损坏（%1）。它已被移到 %2 并新建了一个目录；下次扫描会重新读取店铺。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the local catalog.</source>
        <translation>无法为本地目录创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the local catalog %1: %2</source>
        <translation>无法打开本地目录 %1：%2</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Alt text of an image of %1</source>
        <translation>%1 的一张图片的替代文本</translation>
    </message>
    <message>
        <source>%1 (product %2)</source>
        <translation>%1（商品 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) of %1</source>
        <translation>
            <numerusform>删除 %1 的 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep images</source>
        <translation>保留图片</translation>
    </message>
</context>
<context>
    <name>CatalogPublisher</name>
    <message numerus="yes">
        <source>Published %n product(s).</source>
        <translation>
            <numerusform>已发布 %n 个商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be published; their edits stay staged.</source>
        <translation>
            <numerusform>%n 个商品无法发布；它们的编辑仍保持暂存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) were not started; their edits stay staged.</source>
        <translation>
            <numerusform>%n 个商品未开始发布；它们的编辑仍保持暂存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Vitrine edits e-commerce product image galleries: reorder, alt text, bulk delete, add and replace images, then publish to the store.
Without options it opens the current store profile, or the embedded demo store when no store is configured.</source>
        <translation>Vitrine 用于编辑电商商品图库：调整顺序、替代文本、批量删除、添加和替换图片，然后发布到店铺。
不带选项时，它会打开当前的店铺配置；如果尚未配置店铺，则打开内置的演示店铺。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Open the embedded demo store.</source>
        <translation>打开内置的演示店铺。</translation>
    </message>
    <message>
        <source>Restore the demo store&apos;s original data (implies --demo).</source>
        <translation>恢复演示店铺的原始数据（包含 --demo）。</translation>
    </message>
    <message>
        <source>Open the store profile NAME.</source>
        <translation>打开名为 NAME 的店铺配置。</translation>
    </message>
    <message>
        <source>Store dialect: generic, shopline, shoplazza, shopify, or the path of a custom dialect file (.json).</source>
        <translation>店铺方言：generic、shopline、shoplazza、shopify，或自定义方言文件（.json）的路径。</translation>
    </message>
    <message>
        <source>The store URL before the dialect&apos;s documented path, e.g. http://127.0.0.1:8080 for generic (/api/v1/product-images is appended) or https://HANDLE.myshopline.com. The token comes from VITRINE_TOKEN.</source>
        <translation>方言文档路径之前的店铺地址，例如 generic 用 http://127.0.0.1:8080（会追加 /api/v1/product-images），或 https://HANDLE.myshopline.com。令牌取自 VITRINE_TOKEN。</translation>
    </message>
    <message>
        <source>The store API version.</source>
        <translation>店铺 API 版本。</translation>
    </message>
    <message>
        <source>Open this product.</source>
        <translation>打开此商品。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Choose one store: --demo, --profile, or --dialect with --base-url.</source>
        <translation>请只选择一个店铺：--demo、--profile，或 --dialect 加 --base-url。</translation>
    </message>
    <message>
        <source>--dialect and --base-url go together (a custom dialect file may give the address itself).</source>
        <translation>--dialect 与 --base-url 需一起使用（自定义方言文件可以自行给出地址）。</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;: use generic, shopline, shoplazza, shopify or a .json dialect file.</source>
        <translation>未知方言“%1”：请使用 generic、shopline、shoplazza、shopify 或 .json 方言文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store address: give http(s)://host[:port].</source>
        <translation>“%1”不是店铺地址：请提供 http(s)://host[:port]。</translation>
    </message>
    <message>
        <source>--api-version needs --dialect.</source>
        <translation>--api-version 需要 --dialect。</translation>
    </message>
    <message>
        <source>--product needs an id.</source>
        <translation>--product 需要一个 ID。</translation>
    </message>
    <message>
        <source>Try &apos;vitrine --help&apos;.</source>
        <translation>请尝试“vitrine --help”。</translation>
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
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>%1 was deleted on the store; you edited it.</source>
        <translation>%1 已在店铺中被删除；您编辑过它。</translation>
    </message>
    <message>
        <source>%1 was deleted on the store.</source>
        <translation>%1 已在店铺中被删除。</translation>
    </message>
    <message>
        <source>%1 (%2) was added on the store; you are deleting every image.</source>
        <translation>%1（%2）已在店铺中添加；您正在删除所有图片。</translation>
    </message>
    <message>
        <source>%1 (%2) was added on the store.</source>
        <translation>%1（%2）已在店铺中添加。</translation>
    </message>
    <message>
        <source>The alt text of image %1 was changed on the store to %2; you are deleting it.</source>
        <translation>图片 %1 的替代文本已在店铺中改为 %2；您正在删除它。</translation>
    </message>
    <message>
        <source>The alt text of image %1 was changed on the store to %2; yours is %3.</source>
        <translation>图片 %1 的替代文本已在店铺中改为 %2；您的是 %3。</translation>
    </message>
    <message>
        <source>The alt text of image %1 was changed on the store to %2.</source>
        <translation>图片 %1 的替代文本已在店铺中改为 %2。</translation>
    </message>
    <message>
        <source>The address of image %1 was changed on the store to %2; you are deleting it.</source>
        <translation>图片 %1 的地址已在店铺中改为 %2；您正在删除它。</translation>
    </message>
    <message>
        <source>The address of image %1 was changed on the store to %2; yours is %3.</source>
        <translation>图片 %1 的地址已在店铺中改为 %2；您的是 %3。</translation>
    </message>
    <message>
        <source>The address of image %1 was changed on the store to %2.</source>
        <translation>图片 %1 的地址已在店铺中改为 %2。</translation>
    </message>
    <message>
        <source>The variants of image %1 were changed on the store; you are deleting it.</source>
        <translation>图片 %1 的变体已在店铺中更改；您正在删除它。</translation>
    </message>
    <message>
        <source>The variants of image %1 were changed on the store (%2); yours are %3.</source>
        <translation>图片 %1 的变体已在店铺中更改（%2）；您的是 %3。</translation>
    </message>
    <message>
        <source>The variants of image %1 were changed on the store (%2).</source>
        <translation>图片 %1 的变体已在店铺中更改（%2）。</translation>
    </message>
    <message>
        <source>Image %1 was moved to place %2 on the store; you moved it to place %3.</source>
        <translation>图片 %1 已在店铺中移到第 %2 位；您把它移到了第 %3 位。</translation>
    </message>
    <message>
        <source>Image %1 was moved to place %2 on the store.</source>
        <translation>图片 %1 已在店铺中移到第 %2 位。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted cell that starts on line %1 is never closed (a &quot; is missing); the file is read up to that line.</source>
        <translation>从第 %1 行开始的带引号单元格没有闭合（缺少一个 &quot;）；文件只读取到该行。</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>this product</source>
        <translation>此商品</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n images of %1?</source>
        <translation>
            <numerusform>删除%1的全部 %n 张图片？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are removed from this gallery now and from the store when you publish. Until then Undo brings them back. This cannot be undone after publishing.</source>
        <translation>
            <numerusform>它们现在会从此图库中移除，并在发布时从店铺中删除。在此之前，“撤销”可以恢复它们。发布后无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing removes them all with one request.</source>
        <translation>发布时只需一个请求即可全部删除。</translation>
    </message>
    <message>
        <source>The product will have no images left.</source>
        <translation>该商品将不再有任何图片。</translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>删除图片</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) of %1?</source>
        <translation>
            <numerusform>删除%1的 %n 张图片？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DeleteImagesCommand</name>
    <message>
        <source>Delete image %1</source>
        <translation>删除图片 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n images (places %1)</source>
        <translation>
            <numerusform>删除 %n 张图片（第 %1 位）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialectDescription</name>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>至少为 %1 的整数</translation>
    </message>
    <message>
        <source>a number of at least 0</source>
        <translation>至少为 0 的数</translation>
    </message>
    <message>
        <source>an http or https address with a host and no user name, query or fragment (like https://shop.example.com)</source>
        <translation>带主机、且不含用户名、查询或片段的 http 或 https 地址（如 https://shop.example.com）</translation>
    </message>
    <message>
        <source>cannot read the custom dialect file &quot;%1&quot;</source>
        <translation>无法读取自定义方言文件“%1”</translation>
    </message>
    <message>
        <source>the custom dialect file &quot;%1&quot; is too large</source>
        <translation>自定义方言文件“%1”太大</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>；您是不是想写 %1？</translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation>一个对象（{ … }）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>%1 is not a section or key of a dialect file%2</source>
        <translation>%1 不是方言文件的节或键%2</translation>
    </message>
    <message>
        <source>%1 is not a key of %2%3</source>
        <translation>%1 不是 %2 的键%3</translation>
    </message>
    <message>
        <source>%1 must be %2%3</source>
        <translation>%1 必须是%2%3</translation>
    </message>
    <message>
        <source>%1 must be a path or an object with &quot;path&quot; and &quot;query&quot;</source>
        <translation>%1 必须是路径，或带有 &quot;path&quot; 和 &quot;query&quot; 的对象</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 缺失或为空</translation>
    </message>
    <message>
        <source>a fixed parameter cannot contain &amp;: write one parameter per key</source>
        <translation>固定参数不能包含 &amp;：每个键写一个参数</translation>
    </message>
    <message>
        <source>the path %1 must start with /</source>
        <translation>路径 %1 必须以 / 开头</translation>
    </message>
    <message>
        <source>the path %1 must be written as it is meant, without %% escapes or #: Vitrine percent-encodes it when sending</source>
        <translation>路径 %1 必须按原意书写，不带 %% 转义或 #：Vitrine 在发送时会对其进行百分号编码</translation>
    </message>
    <message>
        <source>%1 has the placeholder %2, but this path takes none%3</source>
        <translation>%1 含有占位符 %2，但此路径不接受占位符%3</translation>
    </message>
    <message>
        <source>%1 has the placeholder %2, which is not one of %3%4</source>
        <translation>%1 含有占位符 %2，它不属于 %3%4</translation>
    </message>
    <message>
        <source>%1 must name %2: without it the path lists the images of every product</source>
        <translation>%1 必须包含 %2：没有它，此路径会列出所有商品的图片</translation>
    </message>
    <message>
        <source>%1 must name %2: without it the request deletes the images of every product</source>
        <translation>%1 必须包含 %2：没有它，此请求会删除所有商品的图片</translation>
    </message>
    <message>
        <source>%1 must name %2</source>
        <translation>%1 必须包含 %2</translation>
    </message>
    <message>
        <source>&quot;paths.createImage&quot; must name {productId}, or &quot;ids.productIdInBody&quot; must be true: otherwise a new image belongs to no product</source>
        <translation>&quot;paths.createImage&quot; 必须包含 {productId}，或者 &quot;ids.productIdInBody&quot; 必须为 true：否则新图片不属于任何商品</translation>
    </message>
    <message>
        <source>&quot;apiPrefix&quot; may hold only {version} and no query (%1)</source>
        <translation>&quot;apiPrefix&quot; 只能包含 {version}，不能带查询（%1）</translation>
    </message>
    <message>
        <source>&quot;capabilities.fullReplaceUpdate&quot; says %1 but &quot;paths.updateImage.shape&quot; says %2</source>
        <translation>&quot;capabilities.fullReplaceUpdate&quot; 写的是 %1，但 &quot;paths.updateImage.shape&quot; 写的是 %2</translation>
    </message>
    <message>
        <source>%1 is missing or empty (%2)</source>
        <translation>%1 缺失或为空（%2）</translation>
    </message>
    <message>
        <source>&quot;auth.header&quot; must be a header name without spaces or colons</source>
        <translation>&quot;auth.header&quot; 必须是不含空格和冒号的标头名称</translation>
    </message>
    <message>
        <source>productPaging pages it</source>
        <translation>productPaging 会对其分页</translation>
    </message>
    <message>
        <source>%1:%2:%3: the file is not valid JSON: %4</source>
        <translation>%1:%2:%3：该文件不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>%1:1:1: a dialect file is one JSON object ({ … })</source>
        <translation>%1:1:1：方言文件是一个 JSON 对象（{ … }）</translation>
    </message>
    <message>
        <source>%1 is written twice; only one may stay</source>
        <translation>%1 写了两次；只能保留一个</translation>
    </message>
    <message>
        <source>%1 has the placeholder %2, but only {width} is known there%3</source>
        <translation>%1 含有占位符 %2，但此处只认识 {width}%3</translation>
    </message>
    <message>
        <source>%1 is not a query parameter name: it must be written plain, without spaces, braces or &amp;, =, #, ?, %</source>
        <translation>%1 不是查询参数名：参数名须直接书写，不含空格、花括号或 &amp;、=、#、?、%</translation>
    </message>
    <message>
        <source>%1 goes into the file name: it cannot hold /, ?, #, % or spaces</source>
        <translation>%1 会成为文件名的一部分：不能含有 /、?、#、% 或空格</translation>
    </message>
</context>
<context>
    <name>DialectFactory</name>
    <message>
        <source>Vitrine does not know the store dialect &quot;%1&quot;</source>
        <translation>Vitrine 不认识店铺方言“%1”</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; dialect could not be created</source>
        <translation>无法创建“%1”方言</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <source>storing the token in a file needs your consent</source>
        <translation>将令牌保存在文件中需要您的同意</translation>
    </message>
    <message>
        <source>no token file yet</source>
        <translation>尚无令牌文件</translation>
    </message>
    <message>
        <source>cannot read the token file %1</source>
        <translation>无法读取令牌文件 %1</translation>
    </message>
    <message>
        <source>the token file %1 is damaged</source>
        <translation>令牌文件 %1 已损坏</translation>
    </message>
    <message>
        <source>the token file has no token for &quot;%1&quot;</source>
        <translation>令牌文件中没有“%1”的令牌</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>cannot write the token file %1</source>
        <translation>无法写入令牌文件 %1</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>无法将 %1 设为私有</translation>
    </message>
</context>
<context>
    <name>GalleryLoader</name>
    <message>
        <source>No store.</source>
        <translation>没有店铺。</translation>
    </message>
</context>
<context>
    <name>GalleryReview</name>
    <message>
        <source>Image %1 has no alt text: screen readers and search engines cannot tell what it shows.</source>
        <translation>图片 %1 没有替代文本：屏幕阅读器和搜索引擎无法得知它显示的内容。</translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; the store accepts at most %3.</source>
        <translation>图片 %1 的替代文本有 %2 个字符；店铺最多接受 %3 个。</translation>
    </message>
    <message>
        <source>The alt text of image %1 has %2 characters; screen readers read all of it, so about %3 or fewer is easier to listen to.</source>
        <translation>图片 %1 的替代文本有 %2 个字符；屏幕阅读器会全部朗读，约 %3 个或更少会更易于收听。</translation>
    </message>
    <message>
        <source>The alt text of image %1 (&quot;%2&quot;) looks like a file name or a placeholder; describe what the image shows.</source>
        <translation>图片 %1 的替代文本（“%2”）看起来像文件名或占位符；请描述图片显示的内容。</translation>
    </message>
    <message>
        <source>Image %1 has the same alt text as image %2.</source>
        <translation>图片 %1 与图片 %2 的替代文本相同。</translation>
    </message>
    <message>
        <source>Image %1 is the same image (same address) as image %2.</source>
        <translation>图片 %1 与图片 %2 是同一张图片（地址相同）。</translation>
    </message>
    <message>
        <source>Image %1 could not be loaded.</source>
        <translation>无法加载图片 %1。</translation>
    </message>
    <message>
        <source>Image %1 could not be loaded: %2</source>
        <translation>无法加载图片 %1：%2</translation>
    </message>
    <message>
        <source>Image %1 is only %2 × %3 pixels (at least %4 on each side looks sharp when zoomed).</source>
        <translation>图片 %1 只有 %2 × %3 像素（每边至少 %4 像素放大时才清晰）。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n 个警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n 个错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 is only the product&apos;s title, as on %n other image(s): a screen reader says the same name for each. Say what this image shows — the view, a detail, the colour.</source>
        <translation>
            <numerusform>图片 %1 的替代文本只是商品标题，与另外 %n 张图片相同：屏幕阅读器对每张都念同一个名字。请说明这张图片显示的内容——视角、细节、颜色。</numerusform>
        </translation>
    </message>
    <message>
        <source>The alt text of image %1 starts with &quot;%2&quot;: screen readers already say that it is an image. Start with what it shows.</source>
        <translation>图片 %1 的替代文本以“%2”开头：屏幕阅读器已经会说明这是一张图片。请从它显示的内容开始。</translation>
    </message>
    <message>
        <source>The alt text of image %1 starts with &quot;%2&quot;: screen readers already say that it is an image. Start with what it shows: &quot;%3&quot;.</source>
        <translation>图片 %1 的替代文本以“%2”开头：屏幕阅读器已经会说明这是一张图片。请从它显示的内容开始：“%3”。</translation>
    </message>
    <message>
        <source>%1 of the %2 images (%3) have the alt text &quot;%4&quot;: a screen reader user cannot tell them apart. Give each image a text that says what it shows that the others do not.</source>
        <translation>%2 张图片中有 %1 张（%3）的替代文本都是“%4”：屏幕阅读器用户无法区分它们。请为每张图片写出它显示而其他图片没有的内容。</translation>
    </message>
    <message>
        <source>Image %1 shows the variant &quot;%2&quot;, but its alt text names none of its words: a shopper choosing that variant hears nothing of it. Name the colour, material or option in the alt text.</source>
        <translation>图片 %1 显示的是变体“%2”，但其替代文本没有提到其中任何一个词：选择该变体的顾客听不到相关信息。请在替代文本中写出颜色、材质或选项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>“%1”（您是不是想写“%2”？）</translation>
    </message>
    <message numerus="yes">
        <source>The alt text of image %1 has %n word(s) the %2 dictionary does not know: %3. Correct the spelling — or leave it when it is a name.</source>
        <translation>
            <numerusform>图片 %1 的替代文本中有 %n 个 %2 词典不认识的词：%3。请更正拼写——如果是名称则可保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 shows the same picture as image %2, under another address (a re-upload or a copy): shoppers see it twice. Delete the later copy, image %1, unless it is meant to be there.</source>
        <translation>图片 %1 与图片 %2 显示的是同一张图，只是地址不同（重新上传或副本）：顾客会看到两次。请删除后面的副本，即图片 %1，除非有意如此。</translation>
    </message>
</context>
<context>
    <name>GenericDialect</name>
    <message>
        <source>image %1 does not say which product it belongs to</source>
        <translation>图片 %1 没有说明它属于哪个商品</translation>
    </message>
    <message>
        <source>the store lists its products only by reading every image record it has</source>
        <translation>该店铺只能通过读取其全部图片记录来列出商品</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside.</source>
        <translation>日志 %1 已损坏（%2），且无法移到一旁。</translation>
    </message>
    <message>
        <source>The journal of unpublished edits was damaged (%1). It was moved to %2 and a new one was started; edits kept in it could not be restored.</source>
        <translation>未发布编辑的日志已损坏（%1）。它已被移到 %2，并已新建一个日志；其中保存的编辑无法恢复。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal of unpublished edits.</source>
        <translation>无法为未发布编辑的日志创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the journal of unpublished edits %1: %2</source>
        <translation>无法打开未发布编辑的日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>日志未打开。</translation>
    </message>
    <message>
        <source>Saving the staged edits</source>
        <translation>正在保存暂存的编辑</translation>
    </message>
    <message>
        <source>Reading the staged edits</source>
        <translation>正在读取暂存的编辑</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <source>the kept edits are of another product</source>
        <translation>保存的编辑属于另一个商品</translation>
    </message>
    <message>
        <source>Dropping unreadable staged edits</source>
        <translation>正在丢弃无法读取的暂存编辑</translation>
    </message>
    <message>
        <source>The unpublished edits kept for product %1 could not be read (%2) and were dropped.</source>
        <translation>为商品 %1 保存的未发布编辑无法读取（%2），已被丢弃。</translation>
    </message>
    <message>
        <source>The unpublished edits kept for product %1 could not be read (%2); they were saved to %3 and dropped.</source>
        <translation>为商品 %1 保存的未发布编辑无法读取（%2）；它们已保存到 %3 并被丢弃。</translation>
    </message>
    <message>
        <source>Listing the journal</source>
        <translation>正在列出日志</translation>
    </message>
    <message>
        <source>Dropping the staged edits</source>
        <translation>正在丢弃暂存的编辑</translation>
    </message>
    <message>
        <source>Discarding the kept edits</source>
        <translation>正在放弃保存的编辑</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>正在读取日志</translation>
    </message>
    <message>
        <source>The edits kept for product %1 under “%2” could not be set aside.</source>
        <translation>为商品 %1 在“%2”下保存的编辑无法移到一旁。</translation>
    </message>
    <message>
        <source>Moving the kept edits to the new store name</source>
        <translation>正在把保存的编辑转到新的店铺名称</translation>
    </message>
    <message>
        <source>Older unpublished edits kept under “%1” were replaced by those of the renamed store; they were saved to %2.</source>
        <translation>在“%1”下保存的较早的未发布编辑已被重命名店铺的编辑替换；它们已保存到 %2。</translation>
    </message>
    <message>
        <source>Recording the publish</source>
        <translation>正在记录发布</translation>
    </message>
    <message>
        <source>Recording a request&apos;s outcome</source>
        <translation>正在记录请求的结果</translation>
    </message>
    <message>
        <source>Closing the publish record</source>
        <translation>正在关闭发布记录</translation>
    </message>
    <message>
        <source>Reading the publish record</source>
        <translation>正在读取发布记录</translation>
    </message>
    <message>
        <source>Dropping an unreadable publish record</source>
        <translation>正在丢弃无法读取的发布记录</translation>
    </message>
    <message>
        <source>The record of an interrupted publish of product %1 could not be read%2; it was dropped. Images added by that publish may exist twice on the store: check the gallery before publishing again.</source>
        <translation>商品 %1 的一次中断发布的记录无法读取%2；已被丢弃。该次发布添加的图片可能在店铺中重复出现：请在再次发布前检查图库。</translation>
    </message>
    <message>
        <source> (saved to %1)</source>
        <translation>（已保存到 %1）</translation>
    </message>
    <message>
        <source>Recording a request whose outcome is unknown</source>
        <translation>正在记录结果未知的请求</translation>
    </message>
    <message>
        <source>Reading requests whose outcome is unknown</source>
        <translation>正在读取结果未知的请求</translation>
    </message>
    <message>
        <source>Dropping an unreadable request record</source>
        <translation>正在丢弃无法读取的请求记录</translation>
    </message>
    <message>
        <source>A record of a request to product %1 whose outcome is unknown could not be read and was dropped%2.</source>
        <translation>一条发往商品 %1、结果未知的请求记录无法读取，已被丢弃%2。</translation>
    </message>
    <message>
        <source>%1 records of requests to product %2 whose outcome is unknown could not be read and were dropped%3.</source>
        <translation>%1 条发往商品 %2、结果未知的请求记录无法读取，已被丢弃%3。</translation>
    </message>
    <message>
        <source>Check the product&apos;s gallery on the store before publishing.</source>
        <translation>发布前请检查店铺中该商品的图库。</translation>
    </message>
    <message>
        <source>Clearing requests whose outcome is unknown</source>
        <translation>正在清除结果未知的请求</translation>
    </message>
    <message>
        <source>Recording a request about to be sent</source>
        <translation>正在记录即将发送的请求</translation>
    </message>
    <message>
        <source>Keeping how the store orders images</source>
        <translation>保存商店的图片排序方式</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the store sent an empty answer</source>
        <translation>店铺发送了空响应</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the answer is JSON but neither an object nor a list</source>
        <translation>响应是 JSON，但既不是对象也不是列表</translation>
    </message>
</context>
<context>
    <name>KeepImagesCommand</name>
    <message>
        <source>Keep image</source>
        <translation>保留图片</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n images</source>
        <translation>
            <numerusform>保留 %n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>the keychain has no token for this profile</source>
        <translation>钥匙串中没有此配置的令牌</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>钥匙串拒绝访问（%1）</translation>
    </message>
    <message>
        <source>no keychain service is available on this system (%1); the token can be kept for this session only, or in a private file if you allow it</source>
        <translation>此系统上没有可用的钥匙串服务（%1）；令牌只能在本次会话中保留，或在您允许时保存在私有文件中</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>钥匙串出错（%1）</translation>
    </message>
    <message>
        <source>the keychain job disappeared</source>
        <translation>钥匙串任务消失了</translation>
    </message>
    <message>
        <source>the keychain service did not answer within %1 s</source>
        <translation>钥匙串服务在 %1 秒内没有响应</translation>
    </message>
</context>
<context>
    <name>MappingReport</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the dialect maps &quot;fields.%1&quot; to &quot;%2&quot;, but no image in the store&apos;s answer for product %3 has that key (the answer&apos;s keys: %4)</source>
        <translation>方言将 &quot;fields.%1&quot; 映射到 &quot;%2&quot;，但店铺对商品 %3 的响应中没有任何图片含有该键（响应中的键：%4）</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；您是不是想写“%1”？</translation>
    </message>
</context>
<context>
    <name>MemoryTokenStore</name>
    <message>
        <source>no token for &quot;%1&quot; in this session</source>
        <translation>本次会话中没有“%1”的令牌</translation>
    </message>
</context>
<context>
    <name>MoveImagesCommand</name>
    <message>
        <source>Move image %1 to place %2</source>
        <translation>将图片 %1 移到第 %2 位</translation>
    </message>
    <message numerus="yes">
        <source>Move %n images to places %1</source>
        <translation>
            <numerusform>将 %n 张图片移到第 %1 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductListing</name>
    <message>
        <source>the store&apos;s product list goes on for more than %1 pages; Vitrine stopped reading it</source>
        <translation>店铺的商品列表超过 %1 页；Vitrine 已停止读取</translation>
    </message>
    <message>
        <source>the store&apos;s next page of products is on another host (%1)</source>
        <translation>店铺的下一页商品位于另一个主机（%1）</translation>
    </message>
    <message>
        <source>the store&apos;s pages of products lead back to a page already read</source>
        <translation>店铺的商品分页指回了已读取过的页面</translation>
    </message>
</context>
<context>
    <name>ProductName</name>
    <message>
        <source>“%1”</source>
        <comment>a product&apos;s title in a sentence</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A store profile called &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的店铺配置。</translation>
    </message>
    <message>
        <source>There is no store profile called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的店铺配置。</translation>
    </message>
</context>
<context>
    <name>PublishPlan</name>
    <message>
        <source>Nothing to publish</source>
        <translation>没有可发布的内容</translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s)</source>
        <translation>
            <numerusform>%n 项排序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text edit(s)</source>
        <translation>
            <numerusform>%n 项替代文本编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL change(s)</source>
        <translation>
            <numerusform>%n 项 URL 更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant change(s)</source>
        <translation>
            <numerusform>%n 项变体更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s)</source>
        <translation>
            <numerusform>%n 项删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n add(s)</source>
        <translation>
            <numerusform>%n 项添加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) stay staged.</source>
        <translation>
            <numerusform>%n 项更改仍保持暂存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An interrupted publish was finished first (%n request(s) had gone through).</source>
        <translation>
            <numerusform>先完成了一次中断的发布（已有 %n 个请求完成）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) that interrupted requests had already added were kept, not added again.</source>
        <translation>
            <numerusform>中断的请求已添加的 %n 张图片被保留，没有再次添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1 made on the store in the meantime.</source>
        <translation>保留了此期间在店铺中所做的 %1。</translation>
    </message>
    <message>
        <source>%1 was deleted on the store; its staged edit was dropped.</source>
        <translation>%1 已在店铺中被删除；其暂存的编辑已被丢弃。</translation>
    </message>
    <message>
        <source>%1 were deleted on the store; their staged edits were dropped.</source>
        <translation>%1 已在店铺中被删除；它们暂存的编辑已被丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were deleted on the store in the meantime.</source>
        <translation>
            <numerusform>在此期间，有 %n 张图片在店铺中被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The store orders images by %1 rules, not %2 as its profile says; %3</source>
        <translation>店铺按 %1 规则排列图片，而不是其配置所说的 %2；%3</translation>
    </message>
    <message>
        <source>the order was repaired with %1.</source>
        <translation>已用 %1 修复了顺序。</translation>
    </message>
    <message>
        <source>later publishes follow its rules.</source>
        <translation>以后的发布将遵循其规则。</translation>
    </message>
    <message>
        <source>The store did not show everything as published; it was repaired with %1.</source>
        <translation>店铺未显示全部已发布的内容；已用 %1 修复。</translation>
    </message>
    <message>
        <source>Publishing stopped: the window or store connection was closed. What was not sent stays staged.</source>
        <translation>发布已停止：窗口或店铺连接已关闭。未发送的内容仍保持暂存。</translation>
    </message>
    <message>
        <source>Nothing was published; your change stays staged.</source>
        <translation>没有发布任何内容；您的更改仍保持暂存。</translation>
    </message>
    <message>
        <source>Nothing was published; your %1 stay staged.</source>
        <translation>没有发布任何内容；您的 %1 仍保持暂存。</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was sent.</source>
        <translation>发布已取消；没有发送任何内容。</translation>
    </message>
    <message>
        <source>A change made on the store in the meantime collides with your staged edits: choose whether to keep yours or the store&apos;s.</source>
        <translation>此期间在店铺中所做的一项更改与您暂存的编辑冲突：请选择保留您的还是店铺的。</translation>
    </message>
    <message>
        <source>%1 changes made on the store in the meantime collide with your staged edits: choose whether to keep yours or the store&apos;s.</source>
        <translation>此期间在店铺中所做的 %1 项更改与您暂存的编辑冲突：请选择保留您的还是店铺的。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>没有发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>没有可发布的内容。</translation>
    </message>
    <message>
        <source>%1 of %2 went through before; %3</source>
        <translation>之前已完成 %1 / %2；%3</translation>
    </message>
    <message>
        <source>Nothing was published; %1</source>
        <translation>没有发布任何内容；%1</translation>
    </message>
    <message>
        <source>Publishing was cancelled after %1 of %2.</source>
        <translation>发布在完成 %1 / %2 后被取消。</translation>
    </message>
    <message>
        <source>Nothing was published: the publish could not be recorded in the journal (%1).</source>
        <translation>没有发布任何内容：无法在日志中记录此次发布（%1）。</translation>
    </message>
    <message>
        <source>Publishing stopped: the publish could not be recorded in the journal (%1). %2 of %3 went through before.</source>
        <translation>发布已停止：无法在日志中记录此次发布（%1）。之前已完成 %2 / %3。</translation>
    </message>
    <message>
        <source>The store is refusing requests for now (too many); %1 of %2 went through.</source>
        <translation>店铺暂时拒绝请求（请求过多）；已完成 %1 / %2。</translation>
    </message>
    <message>
        <source>The store refused every change (%1).</source>
        <translation>店铺拒绝了每一项更改（%1）。</translation>
    </message>
    <message>
        <source>Published %1 of %2.</source>
        <translation>已发布 %1 / %2。</translation>
    </message>
    <message>
        <source>Published %1 of %2; %3 failed and stay pending with the store&apos;s message.</source>
        <translation>已发布 %1 / %2；%3 项失败，附带店铺的消息保持待发布。</translation>
    </message>
    <message>
        <source>Published %1 with %2, but the store still does not show all of it after %3 repair rounds.</source>
        <translation>已用 %2 发布 %1，但经过 %3 轮修复后，店铺仍未显示全部内容。</translation>
    </message>
    <message>
        <source>Published %1 with %2.</source>
        <translation>已用 %2 发布 %1。</translation>
    </message>
    <message>
        <source>Reading the gallery back failed (%1), so it was not checked.</source>
        <translation>重新读取图库失败（%1），因此未做检查。</translation>
    </message>
    <message>
        <source>The image was not added, so it could not be moved.</source>
        <translation>图片未被添加，因此无法移动。</translation>
    </message>
    <message>
        <source>Not sent: publishing stopped before this change.</source>
        <translation>未发送：在此更改之前发布已停止。</translation>
    </message>
    <message>
        <source>Publishing stopped instead of sending the rest to a store that is failing.</source>
        <translation>发布已停止，不再向正在出错的店铺发送其余内容。</translation>
    </message>
    <message>
        <source>Published %1 of %2; the store&apos;s answers to %3 did not say whether they were done, and reading the gallery back does not show them. They are looked for on the store before they are sent again.</source>
        <translation>已发布 %2 项中的 %1 项；店铺对 %3 的响应未说明是否已执行，重新读取图库也未显示它们。再次发送之前会先在店铺上查找它们。</translation>
    </message>
    <message>
        <source>The store&apos;s answer to 1 request could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</source>
        <translation>店铺对 1 个请求的响应无法读取，或未说明店铺是否已做出更改；重新读取图库显示店铺与暂存内容一致。</translation>
    </message>
    <message numerus="yes">
        <source>The store&apos;s answers to %n requests could not be read or did not say whether the store made the change; reading the gallery back shows the store as staged.</source>
        <translation>
            <numerusform>店铺对 %n 个请求的响应无法读取，或未说明店铺是否已做出更改；重新读取图库显示店铺与暂存内容一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent; the store says the image is already gone. The store is read before anything about it is sent again.</source>
        <translation>已发送；店铺表示该图片已不存在。再次发送与它有关的内容之前会先读取店铺。</translation>
    </message>
    <message>
        <source>Sent, but the store&apos;s answer does not say whether it was done; the store is read before it is sent again. %1</source>
        <translation>已发送，但店铺的响应未说明是否已执行；再次发送之前会先读取店铺。%1</translation>
    </message>
    <message>
        <source>Not sent yet: whether its image was added is read back first.</source>
        <translation>尚未发送：会先读取确认其图片是否已添加。</translation>
    </message>
    <message>
        <source>The store renumbers its images when one moves (shift ordering), where its dialect assumed %1 ordering.</source>
        <translation>移动一张图片时，商店会为图片重新编号（shift 排序），而其方言假定的是 %1 排序。</translation>
    </message>
    <message>
        <source>The store keeps the positions it is sent (absolute ordering), where its dialect assumed %1 ordering.</source>
        <translation>商店保留发送给它的位置（absolute 排序），而其方言假定的是 %1 排序。</translation>
    </message>
    <message numerus="yes">
        <source>The first move showed it and the rest was planned for it, with %n extra write(s).</source>
        <translation>
            <numerusform>第一次移动显示了这一点，其余操作已据此规划，多用了 %n 次写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first move showed it and the rest was planned for it.</source>
        <translation>第一次移动显示了这一点，其余操作已据此规划。</translation>
    </message>
    <message>
        <source>Later publishes to this store plan for it from the start.</source>
        <translation>以后向此商店发布时从一开始就按此规划。</translation>
    </message>
    <message numerus="yes">
        <source>%n extra write(s) were needed because %1 had the same position on the store.</source>
        <translation>
            <numerusform>需要额外 %n 次写入，因为商店中有 %1 的位置相同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>estimating the time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceSourceCommand</name>
    <message>
        <source>Replace the address of image %1</source>
        <translation>替换图片 %1 的地址</translation>
    </message>
</context>
<context>
    <name>RequestPipeline</name>
    <message>
        <source>the request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>refusing to send a request to %1://%2: stores are reached over https (plain http only on this computer)</source>
        <translation>拒绝向 %1://%2 发送请求：店铺须通过 https 访问（普通 http 仅限本机）</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; Vitrine does not read it</source>
        <translation>响应大于 %1 MiB；Vitrine 不会读取它</translation>
    </message>
    <message>
        <source>no answer within %1 s; the store may or may not have carried out the request, so check before sending it again</source>
        <translation>%1 秒内没有响应；店铺可能已执行也可能未执行该请求，请在重新发送前检查</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有响应</translation>
    </message>
    <message>
        <source>the store&apos;s TLS certificate was not accepted (%1)</source>
        <translation>店铺的 TLS 证书未被接受（%1）</translation>
    </message>
    <message>
        <source>the store redirected the request to another address, which Vitrine does not follow with the store&apos;s token (%1)</source>
        <translation>店铺将请求重定向到另一个地址，Vitrine 不会带着店铺的令牌跟随（%1）</translation>
    </message>
    <message>
        <source>the connection closed before the store answered</source>
        <translation>店铺响应前连接已关闭</translation>
    </message>
    <message>
        <source>; the store may or may not have carried out the request, so check before sending it again</source>
        <translation>；店铺可能已执行也可能未执行该请求，请在重新发送前检查</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid request address</source>
        <translation>“%1”不是有效的请求地址</translation>
    </message>
</context>
<context>
    <name>RequestRunner</name>
    <message>
        <source>the store connection is closed</source>
        <translation>店铺连接已关闭</translation>
    </message>
</context>
<context>
    <name>RestDialect</name>
    <message>
        <source>a UUID (like 9fb9f3c6-2300-42c1-8593-d9008d7cfc09)</source>
        <translation>UUID（如 9fb9f3c6-2300-42c1-8593-d9008d7cfc09）</translation>
    </message>
    <message>
        <source>made of digits only</source>
        <translation>仅由数字组成</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not valid for %3: it must be %4</source>
        <translation>%1“%2”对 %3 无效：它必须是%4</translation>
    </message>
    <message>
        <source>list a product&apos;s images</source>
        <translation>列出商品的图片</translation>
    </message>
    <message>
        <source>read one image</source>
        <translation>读取一张图片</translation>
    </message>
    <message>
        <source>the image address &quot;%1&quot; is not an http or https URL</source>
        <translation>图片地址“%1”不是 http 或 https URL</translation>
    </message>
    <message>
        <source>the position must be at least %1</source>
        <translation>位置至少必须为 %1</translation>
    </message>
    <message>
        <source>link images to variants</source>
        <translation>将图片关联到变体</translation>
    </message>
    <message>
        <source>the update changes nothing</source>
        <translation>此更新没有改变任何内容</translation>
    </message>
    <message>
        <source>change the address of an existing image</source>
        <translation>更改已有图片的地址</translation>
    </message>
    <message>
        <source>delete all images of a product in one request</source>
        <translation>用一个请求删除商品的全部图片</translation>
    </message>
    <message>
        <source>an image is %1 instead of an object</source>
        <translation>图片是%1，而不是对象</translation>
    </message>
    <message>
        <source>an image has no usable &quot;%1&quot; (it is %2)</source>
        <translation>图片没有可用的“%1”（它是%2）</translation>
    </message>
    <message>
        <source>the image list is %1 instead of a list</source>
        <translation>图片列表是%1，而不是列表</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>响应中没有“%1”列表</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; object</source>
        <translation>响应中没有“%1”对象</translation>
    </message>
    <message>
        <source>the product list is %1 instead of a list</source>
        <translation>商品列表是%1，而不是列表</translation>
    </message>
    <message>
        <source>a product is %1 instead of an object</source>
        <translation>商品是%1，而不是对象</translation>
    </message>
    <message>
        <source>a product has no usable &quot;%1&quot; (it is %2)</source>
        <translation>商品没有可用的“%1”（它是%2）</translation>
    </message>
    <message>
        <source>product id</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>image id</source>
        <translation>图片 ID</translation>
    </message>
    <message>
        <source>the alt text has %1 characters; %2 allows at most %3 when adding an image</source>
        <translation>替代文本有 %1 个字符；%2 在添加图片时最多允许 %3 个</translation>
    </message>
    <message>
        <source>the alt text has %1 characters; %2 allows at most %3 when updating an image</source>
        <translation>替代文本有 %1 个字符；%2 在更新图片时最多允许 %3 个</translation>
    </message>
    <message>
        <source>list products</source>
        <translation>列出商品</translation>
    </message>
    <message>
        <source>add images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>change images</source>
        <translation>修改图片</translation>
    </message>
    <message>
        <source>the store&apos;s record of image %1 was not read, and a replace update without it would erase the fields Vitrine does not know; read the gallery again first</source>
        <translation>尚未读取店铺中图片 %1 的记录，没有它的替换式更新会抹掉 Vitrine 不认识的字段；请先重新读取图库</translation>
    </message>
    <message>
        <source>delete images</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <source>the store&apos;s answer for product %1 holds image %2 of product %3: the list path &quot;%4&quot; is too broad (it must list the images of one product only); nothing was loaded or sent</source>
        <translation>店铺对商品 %1 的响应中含有商品 %3 的图片 %2：列表路径“%4”范围过宽（它只能列出一个商品的图片）；未加载也未发送任何内容</translation>
    </message>
    <message>
        <source>%1 — nothing was written</source>
        <translation>%1——未写入任何内容</translation>
    </message>
</context>
<context>
    <name>SavedTemplates</name>
    <message>
        <source>A saved template needs a name.</source>
        <translation>保存的模板需要一个名称。</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>模板为空。</translation>
    </message>
</context>
<context>
    <name>SetAltTextCommand</name>
    <message>
        <source>Edit alt text of image %1</source>
        <translation>编辑图片 %1 的替代文本</translation>
    </message>
    <message numerus="yes">
        <source>Set alt text of %n images (places %1)</source>
        <translation>
            <numerusform>设置 %n 张图片的替代文本（第 %1 位）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetVariantsCommand</name>
    <message>
        <source>Set variants of image %1</source>
        <translation>设置图片 %1 的变体</translation>
    </message>
    <message numerus="yes">
        <source>Set variants of %n images (places %1)</source>
        <translation>
            <numerusform>设置 %n 张图片的变体（第 %1 位）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShoplazzaDialect</name>
    <message>
        <source>the answer has no &quot;product&quot; object</source>
        <translation>响应中没有“product”对象</translation>
    </message>
    <message>
        <source>change alt text with the image request (Vitrine sends it with the product update)</source>
        <translation>通过图片请求更改替代文本（Vitrine 会随商品更新一起发送）</translation>
    </message>
    <message>
        <source>no alt text to change</source>
        <translation>没有要更改的替代文本</translation>
    </message>
    <message>
        <source>the product has no title, which Shoplazza needs to change alt text</source>
        <translation>该商品没有标题，而 Shoplazza 更改替代文本时需要标题</translation>
    </message>
    <message>
        <source>the product has no &quot;images&quot; list</source>
        <translation>该商品没有“images”列表</translation>
    </message>
    <message>
        <source>image %1 is no longer part of this product</source>
        <translation>图片 %1 已不再属于此商品</translation>
    </message>
    <message>
        <source>the product update&apos;s answer is not an object</source>
        <translation>商品更新的响应不是对象</translation>
    </message>
    <message>
        <source>the product update&apos;s answer has no &quot;images&quot; list</source>
        <translation>商品更新的响应中没有“images”列表</translation>
    </message>
    <message>
        <source>the product update&apos;s answer does not show image %1</source>
        <translation>商品更新的响应中没有图片 %1</translation>
    </message>
</context>
<context>
    <name>ShoplineDialect</name>
    <message>
        <source>%1 links an image to one variant at most; %2 were chosen</source>
        <translation>%1 最多只能将一张图片关联到一个变体；选择了 %2 个</translation>
    </message>
    <message>
        <source>the answer has no &quot;product&quot; object</source>
        <translation>响应中没有“product”对象</translation>
    </message>
    <message>
        <source>the product has no &quot;%1&quot; list</source>
        <translation>该商品没有“%1”列表</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>another Vitrine or vitrinectl kept it busy for more than 5 seconds; try again</source>
        <translation>另一个 Vitrine 或 vitrinectl 占用它超过 5 秒；请重试</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>它是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>it was written in another format (version %1)</source>
        <translation>它是以另一种格式写入的（版本 %1）</translation>
    </message>
</context>
<context>
    <name>StoreCapabilities</name>
    <message>
        <source>This store&apos;s API</source>
        <translation>此店铺的 API</translation>
    </message>
    <message>
        <source>The %1 API</source>
        <translation>%1 API</translation>
    </message>
    <message>
        <source>%1 cannot change the URL of an existing image; add the new image and delete the old one instead.</source>
        <translation>%1 无法更改已有图片的 URL；请改为添加新图片并删除旧图片。</translation>
    </message>
    <message>
        <source>%1 does not link images to variants.</source>
        <translation>%1 不会将图片关联到变体。</translation>
    </message>
    <message>
        <source>%1 has no request that deletes all images of a product; each image is deleted on its own.</source>
        <translation>%1 没有删除商品全部图片的请求；每张图片将单独删除。</translation>
    </message>
    <message>
        <source>%1 cannot list products; enter the product id.</source>
        <translation>%1 无法列出商品；请输入商品 ID。</translation>
    </message>
    <message>
        <source>%1 adds new images at the end; they are moved after being added.</source>
        <translation>%1 会把新图片添加到末尾；添加后会再移动它们。</translation>
    </message>
</context>
<context>
    <name>StoreClient</name>
    <message>
        <source>the store connection is closed</source>
        <translation>店铺连接已关闭</translation>
    </message>
    <message>
        <source>this store cannot list products; give a product id to test the connection with</source>
        <translation>此店铺无法列出商品；请提供一个商品 ID 来测试连接</translation>
    </message>
    <message>
        <source>the %1 dialect is not described by field names</source>
        <translation>%1 方言不是用字段名描述的</translation>
    </message>
</context>
<context>
    <name>StoreDialect</name>
    <message>
        <source>the product id is empty</source>
        <translation>商品 ID 为空</translation>
    </message>
    <message>
        <source>the image id is empty</source>
        <translation>图片 ID 为空</translation>
    </message>
    <message>
        <source>the %1 API cannot %2</source>
        <translation>%1 API 无法%2</translation>
    </message>
    <message>
        <source>delete all images of a product in one request</source>
        <translation>用一个请求删除商品的全部图片</translation>
    </message>
    <message>
        <source>the store accepted the new image but did not say where it is (no body, no Location)</source>
        <translation>店铺接受了新图片，但没有说明它在哪里（没有内容，也没有 Location）</translation>
    </message>
    <message>
        <source>change the alt text of several images at once</source>
        <translation>一次更改多张图片的替代文本</translation>
    </message>
    <message>
        <source>list products</source>
        <translation>列出商品</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>The image host has no image at this address</source>
        <translation>图片主机在此地址没有图片</translation>
    </message>
    <message>
        <source>The image host refused to send this image</source>
        <translation>图片主机拒绝发送此图片</translation>
    </message>
    <message>
        <source>The image host took too long to answer</source>
        <translation>图片主机响应超时</translation>
    </message>
    <message>
        <source>The image host could not be reached. Check the connection</source>
        <translation>无法连接图片主机。请检查网络连接</translation>
    </message>
    <message>
        <source>The image host is receiving too many requests. Try again later</source>
        <translation>图片主机收到的请求过多。请稍后重试</translation>
    </message>
    <message>
        <source>The image host had a problem on its side. Try again later</source>
        <translation>图片主机自身出现问题。请稍后重试</translation>
    </message>
    <message>
        <source>The image host sent an answer Vitrine cannot show</source>
        <translation>图片主机发送了 Vitrine 无法显示的内容</translation>
    </message>
    <message>
        <source>This cannot be sent to the store</source>
        <translation>此内容无法发送到店铺</translation>
    </message>
    <message>
        <source>The store could not be reached. Check the connection and the store address</source>
        <translation>无法连接店铺。请检查网络连接和店铺地址</translation>
    </message>
    <message>
        <source>The store took too long to answer</source>
        <translation>店铺响应超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The store refused the access token. Check the token in the store profile</source>
        <translation>店铺拒绝了访问令牌。请检查店铺配置中的令牌</translation>
    </message>
    <message>
        <source>The access token is not allowed to do this. Check the app&apos;s access scopes</source>
        <translation>访问令牌无权执行此操作。请检查应用的访问权限范围</translation>
    </message>
    <message>
        <source>The store has no such address — check the store address</source>
        <translation>店铺没有这样的地址——请检查店铺地址</translation>
    </message>
    <message>
        <source>The store has no such address — check the store address (asked for %1)</source>
        <translation>店铺没有这样的地址——请检查店铺地址（请求的是 %1）</translation>
    </message>
    <message>
        <source>The store does not have this item any more (it may have been deleted elsewhere)</source>
        <translation>店铺中已不再有此项（它可能已在别处被删除）</translation>
    </message>
    <message>
        <source>The store refused the change</source>
        <translation>店铺拒绝了此更改</translation>
    </message>
    <message>
        <source>This was changed elsewhere in the meantime</source>
        <translation>此项在此期间已在别处被更改</translation>
    </message>
    <message>
        <source>The store is receiving too many requests and asks to wait %1; Vitrine stopped retrying</source>
        <translation>店铺收到的请求过多，要求等待 %1；Vitrine 已停止重试</translation>
    </message>
    <message>
        <source>The store is still receiving too many requests after Vitrine slowed down and its retries ran out. Try again in a minute</source>
        <translation>Vitrine 放慢速度后，店铺仍收到过多请求，重试次数已用完。请一分钟后再试</translation>
    </message>
    <message>
        <source>The store had a problem on its side. Try again later</source>
        <translation>店铺自身出现问题。请稍后重试</translation>
    </message>
    <message>
        <source>The store sent an answer Vitrine does not understand</source>
        <translation>店铺发送了 Vitrine 无法理解的响应</translation>
    </message>
    <message>
        <source>This store does not support that</source>
        <translation>此店铺不支持该操作</translation>
    </message>
</context>
<context>
    <name>StoreProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>Unknown store dialect &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的店铺方言“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>A custom dialect needs the path of its description file.</source>
        <translation>自定义方言需要其描述文件的路径。</translation>
    </message>
    <message>
        <source>The custom dialect file %1 does not exist.</source>
        <translation>自定义方言文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the store address (for example https://shop.example.com).</source>
        <translation>请输入店铺地址（例如 https://shop.example.com）。</translation>
    </message>
    <message>
        <source>The store address &quot;%1&quot; is not a valid URL (for example https://shop.example.com).</source>
        <translation>店铺地址“%1”不是有效的 URL（例如 https://shop.example.com）。</translation>
    </message>
    <message>
        <source>The store address must start with https://.</source>
        <translation>店铺地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The store address must use https:// (plain http is only allowed for this computer, 127.0.0.1 or localhost).</source>
        <translation>店铺地址必须使用 https://（普通 http 只允许用于本机、127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>The store address must not contain a user name or password; the token is kept separately.</source>
        <translation>店铺地址不能包含用户名或密码；令牌会单独保存。</translation>
    </message>
    <message>
        <source>The store address must not contain a query or fragment.</source>
        <translation>店铺地址不能包含查询或片段。</translation>
    </message>
    <message>
        <source>The timeout must be positive.</source>
        <translation>超时必须为正数。</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and 20.</source>
        <translation>重试次数必须在 0 到 20 之间。</translation>
    </message>
    <message>
        <source>The rate limit must be positive, with a burst of at least 1.</source>
        <translation>速率限制必须为正数，突发数至少为 1。</translation>
    </message>
</context>
<context>
    <name>ThumbnailFetcher</name>
    <message>
        <source>&quot;%1&quot; is not an http or https image address</source>
        <translation>“%1”不是 http 或 https 图片地址</translation>
    </message>
    <message>
        <source>the image is larger than %1 MiB</source>
        <translation>图片大于 %1 MiB</translation>
    </message>
    <message>
        <source>the image host did not answer in time</source>
        <translation>图片主机未及时响应</translation>
    </message>
</context>
<context>
    <name>TokenResolver</name>
    <message>
        <source>no token is stored for &quot;%1&quot;</source>
        <translation>没有为“%1”保存令牌</translation>
    </message>
    <message>
        <source>no token is stored for &quot;%1&quot; (%2)</source>
        <translation>没有为“%1”保存令牌（%2）</translation>
    </message>
    <message>
        <source>the token is kept for this session only</source>
        <translation>令牌只在本次会话中保留</translation>
    </message>
    <message>
        <source>; the token is kept for this session only</source>
        <translation>；令牌只在本次会话中保留</translation>
    </message>
    <message>
        <source>no token store is available</source>
        <translation>没有可用的令牌存储</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation>控制字符（U+%1）</translation>
    </message>
    <message>
        <source>Alt text cannot contain %1; write it as one line.</source>
        <translation>替代文本不能包含%1；请写成一行。</translation>
    </message>
    <message>
        <source>Alt text is %1 characters long; this store accepts at most %2 (%3 too many).</source>
        <translation>替代文本长 %1 个字符；此店铺最多接受 %2 个（多了 %3 个）。</translation>
    </message>
    <message>
        <source>Enter the image&apos;s web address (http:// or https://).</source>
        <translation>请输入图片的网址（http:// 或 https://）。</translation>
    </message>
    <message>
        <source>The address is %1 characters long; at most %2 are accepted.</source>
        <translation>地址长 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The address contains a space; spaces must be written as %20.</source>
        <translation>地址包含空格；空格必须写成 %20。</translation>
    </message>
    <message>
        <source>The address contains a control character.</source>
        <translation>地址包含控制字符。</translation>
    </message>
    <message>
        <source>This is not a well-formed web address (%1).</source>
        <translation>这不是格式正确的网址（%1）。</translation>
    </message>
    <message>
        <source>The address has no scheme; start it with https:// or http://.</source>
        <translation>地址没有协议；请以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used, not %1:.</source>
        <translation>只能使用 http 和 https 地址，不能使用 %1:。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>地址没有主机名。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo store listens at %1 (its images at %2).
</source>
        <translation>演示店铺的地址为 %1（图片位于 %2）。
</translation>
    </message>
</context>
<context>
    <name>vitrine::AboutDialog</name>
    <message>
        <source>About Vitrine</source>
        <translation>关于 Vitrine</translation>
    </message>
    <message>
        <source>Edit the image galleries of your store&apos;s products: reorder, describe, clean up, then publish with the fewest requests.</source>
        <translation>编辑店铺商品的图库：排序、描述、清理，然后用尽可能少的请求发布。</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>以 MIT 许可证发布。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>vitrine::AddImageDialog</name>
    <message>
        <source>Add image by URL</source>
        <translation>通过 URL 添加图片</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Image &amp;URL:</source>
        <translation>图片 &amp;URL：</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>替代文本(&amp;A)：</translation>
    </message>
    <message>
        <source>The image is added at the end of the gallery.</source>
        <translation>图片将添加到图库末尾。</translation>
    </message>
    <message>
        <source>It reaches the store when you publish.</source>
        <translation>发布时它才会到达店铺。</translation>
    </message>
    <message>
        <source>Optional, but recommended: without it the image is invisible to screen readers and search engines.</source>
        <translation>可选，但建议填写：没有它，屏幕阅读器和搜索引擎就看不到这张图片。</translation>
    </message>
    <message>
        <source>The image is added at the end of the gallery of %1.</source>
        <translation>图片将添加到%1图库的末尾。</translation>
    </message>
</context>
<context>
    <name>vitrine::AltImportDialog</name>
    <message>
        <source>Keep All as They Are Now</source>
        <translation>全部保持现状</translation>
    </message>
    <message>
        <source>Take All from the File</source>
        <translation>全部采用文件中的值</translation>
    </message>
    <message>
        <source>Import Alt Text — %1</source>
        <translation>导入替代文本——%1</translation>
    </message>
    <message>
        <source>Cells to stage</source>
        <translation>要暂存的单元格</translation>
    </message>
    <message>
        <source>Cells changed on the store since the export</source>
        <translation>导出后在店铺上被修改的单元格</translation>
    </message>
    <message>
        <source>These cells changed on the store since the file was exported, and the file changes them too. Nothing is overwritten unless you tick it: ticked, the file&apos;s value is staged; unticked, the value it has now stays.</source>
        <translation>这些单元格在文件导出后已在店铺上被修改，而文件也修改了它们。除非您勾选，否则不会覆盖任何内容：勾选则暂存文件中的值；不勾选则保留当前值。</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>To Stage (%1)</source>
        <translation>待暂存（%1）</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Skipped Lines (%1)</source>
        <translation>跳过的行（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) unchanged since the export.</source>
        <translation>
            <numerusform>%n 个单元格自导出以来未改变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>暂存</translation>
    </message>
    <message numerus="yes">
        <source>Stage %n Cell(s)</source>
        <translation>
            <numerusform>暂存 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltImportModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（不在文件中）</translation>
    </message>
    <message>
        <source>The file&apos;s value is staged.</source>
        <translation>暂存文件中的值。</translation>
    </message>
    <message>
        <source>The value it has now stays.</source>
        <translation>保留其当前值。</translation>
    </message>
    <message>
        <source>Use the file&apos;s</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>When exported</source>
        <translation>导出时</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTemplateDialog</name>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Alt Text from a Template</source>
        <translation>从模板生成替代文本</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>已保存的模板</translation>
    </message>
    <message>
        <source>Use a template saved earlier</source>
        <translation>使用之前保存的模板</translation>
    </message>
    <message>
        <source>Forget the saved template chosen on the left</source>
        <translation>删除左侧选中的已保存模板</translation>
    </message>
    <message>
        <source>Placeholders: {title} {variant} {place} {count} {vendor} {type} {file}. […] is an optional part, left out when a placeholder in it is empty.</source>
        <translation>占位符：{title} {variant} {place} {count} {vendor} {type} {file}。[…] 是可选部分，其中的占位符为空时会被省略。</translation>
    </message>
    <message>
        <source>Only images without alt text</source>
        <translation>仅限没有替代文本的图片</translation>
    </message>
    <message>
        <source>Every image (replace its alt text)</source>
        <translation>每张图片（替换其替代文本）</translation>
    </message>
    <message>
        <source>After the alt text an image has (append)</source>
        <translation>接在图片现有替代文本之后（追加）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Images the template changes</source>
        <translation>模板会修改的图片</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>写入(&amp;W)：</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>没有已保存的模板</translation>
    </message>
    <message>
        <source>Saved templates…</source>
        <translation>已保存的模板…</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Save this template as:</source>
        <translation>将此模板保存为：</translation>
    </message>
    <message>
        <source>Fix the template to see what it writes.</source>
        <translation>修正模板后即可看到它写出的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n image(s)…</source>
        <translation>
            <numerusform>正在查看 %n 张图片…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a template, or choose a saved one.</source>
        <translation>请输入模板，或选择一个已保存的模板。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>暂存</translation>
    </message>
    <message numerus="yes">
        <source>Stage %n Alt Text(s)</source>
        <translation>
            <numerusform>暂存 %n 条替代文本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTemplatePreviewModel</name>
    <message>
        <source>over the store&apos;s limit (%1 / %2): not staged</source>
        <translation>超出店铺限制（%1 / %2）：未暂存</translation>
    </message>
    <message>
        <source>the same text as image %1</source>
        <translation>与图片 %1 的文本相同</translation>
    </message>
    <message>
        <source>looks like a file name or a placeholder</source>
        <translation>看起来像文件名或占位符</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Over the store&apos;s limit: this text cannot be staged.</source>
        <translation>超出店铺限制：此文本无法暂存。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Alt text now</source>
        <translation>当前替代文本</translation>
    </message>
    <message>
        <source>New alt text</source>
        <translation>新替代文本</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>empty here, left out: %1</source>
        <translation>此处为空，已省略：%1</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextActions</name>
    <message>
        <source>Alt Text from &amp;Template…</source>
        <translation>从模板生成替代文本(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport Alt Text…</source>
        <translation>导出替代文本(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import Alt Text…</source>
        <translation>导入替代文本(&amp;I)…</translation>
    </message>
    <message>
        <source>Fill alt text from the product&apos;s data, with a preview before anything is staged</source>
        <translation>根据商品数据填写替代文本，暂存前先预览</translation>
    </message>
    <message>
        <source>Save the gallery&apos;s alt text as a spreadsheet (CSV)</source>
        <translation>将图库的替代文本保存为表格（CSV）</translation>
    </message>
    <message>
        <source>Stage the alt text and places of an edited spreadsheet, after a preview that shows what changed on the store meanwhile</source>
        <translation>暂存已编辑表格中的替代文本和位置，暂存前预览显示店铺上在此期间的改动</translation>
    </message>
    <message>
        <source>The alt text could not be saved to %1: %2</source>
        <translation>替代文本无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Import alt text</source>
        <translation>导入替代文本</translation>
    </message>
    <message>
        <source>Apply alt text template</source>
        <translation>应用替代文本模板</translation>
    </message>
    <message>
        <source>Alt Text from a Template</source>
        <translation>从模板生成替代文本</translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s) staged from the template (one undo step).</source>
        <translation>
            <numerusform>已从模板暂存 %n 条替代文本（一个撤销步骤）。</numerusform>
        </translation>
    </message>
    <message>
        <source> alt text.csv</source>
        <translation> 替代文本.csv</translation>
    </message>
    <message>
        <source>Spreadsheet, UTF-8 (*.csv)</source>
        <translation>表格，UTF-8（*.csv）</translation>
    </message>
    <message>
        <source>Spreadsheet for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>适用于 Excel 的表格，带字节顺序标记的 UTF-8（*.csv）</translation>
    </message>
    <message>
        <source>Export Alt Text</source>
        <translation>导出替代文本</translation>
    </message>
    <message numerus="yes">
        <source>Alt text of %n image(s) exported to %1.</source>
        <translation>
            <numerusform>%n 张图片的替代文本已导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Alt Text</source>
        <translation>导入替代文本</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv *.txt)</source>
        <translation>表格（*.csv *.txt）</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the spreadsheet staged (one undo step).</source>
        <translation>
            <numerusform>已暂存表格中的 %n 个单元格（一个撤销步骤）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextCounter</name>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextDelegate</name>
    <message>
        <source>Alt text of %1</source>
        <translation>%1 的替代文本</translation>
    </message>
    <message>
        <source>Alt text not changed: %1</source>
        <translation>替代文本未更改：%1</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextEditor</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>为看不到图片的人描述这张图片</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextLineEdit</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>为看不到图片的人描述这张图片</translation>
    </message>
</context>
<context>
    <name>vitrine::AltTextPanel</name>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>Stage this alt text (Enter). Undo takes it back.</source>
        <translation>暂存此替代文本（Enter）。“撤销”可将其收回。</translation>
    </message>
    <message>
        <source>Select one or more images to edit their alt text.</source>
        <translation>选择一张或多张图片以编辑其替代文本。</translation>
    </message>
    <message numerus="yes">
        <source>These images have different alt texts. Type one to give it to all %n.</source>
        <translation>
            <numerusform>这些图片的替代文本各不相同。输入一个即可应用到全部 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe what the image shows, e.g. “Grey three-seat sofa, front view”.</source>
        <translation>描述图片显示的内容，例如“灰色三人沙发，正面”。</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择图片</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>This store allows %1 characters for new images and %2 for existing ones.</source>
        <translation>此店铺允许新图片 %1 个字符，已有图片 %2 个字符。</translation>
    </message>
    <message>
        <source>This store allows %1 characters.</source>
        <translation>此店铺允许 %1 个字符。</translation>
    </message>
    <message>
        <source>This store documents no length limit; keep it short and specific.</source>
        <translation>此店铺未说明长度限制；请简短而具体。</translation>
    </message>
    <message>
        <source>These images have different alt texts. Type one to give it to both.</source>
        <translation>这些图片的替代文本各不相同。输入一个即可应用到这两张。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>已选择 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogController</name>
    <message>
        <source>The audit was written to %1.</source>
        <translation>审核结果已写入 %1。</translation>
    </message>
    <message>
        <source>The catalog of this store is empty: Scan Store reads it.</source>
        <translation>此店铺的目录为空：“扫描店铺”会读取它。</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>没有打开的店铺。</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%2 个商品中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning: %1, %2</source>
        <translation>正在扫描：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery/galleries to read</source>
        <translation>
            <numerusform>待读取 %n 个图库</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking pictures: %1 of %2…</source>
        <translation>正在检查图片：第 %1 张，共 %2 张…</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit could not be written to %1: %2</source>
        <translation>审核结果无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Apply alt text template</source>
        <translation>应用替代文本模板</translation>
    </message>
    <message numerus="yes">
        <source>%1 staged in %n product(s).</source>
        <translation>
            <numerusform>已在 %n 个商品中暂存 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n 条替代文本</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>删除图片</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>商品 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) staged for deletion; a publish deletes them on the store, Undo takes them back.</source>
        <translation>
            <numerusform>已暂存删除 %n 张图片；发布时将在店铺中删除，撤销可恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogEditor</name>
    <message>
        <source>Product %1 is not in the catalog (scan again).</source>
        <translation>商品 %1 不在目录中（请重新扫描）。</translation>
    </message>
    <message>
        <source>That image is no longer in the gallery of product %1.</source>
        <translation>该图片已不在商品 %1 的图库中。</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>商品 %1：%2</translation>
    </message>
    <message>
        <source>An image not on the store yet is removed in its gallery: open the gallery of product %1.</source>
        <translation>尚未上传到店铺的图片需在其图库中移除：请打开商品 %1 的图库。</translation>
    </message>
    <message>
        <source>Select the images to delete first.</source>
        <translation>请先选择要删除的图片。</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogProductsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) have alt text.</source>
        <translation>
            <numerusform>%n 张图片中有 %1 张有替代文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Staged edits</source>
        <translation>暂存的编辑</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogPublishDialog</name>
    <message>
        <source>Publish All</source>
        <translation>全部发布</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>已发送的请求</translation>
    </message>
    <message>
        <source>Products published</source>
        <translation>已发布的商品</translation>
    </message>
    <message>
        <source>&amp;Publish All</source>
        <translation>全部发布(&amp;P)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Publish to %1: %2, %3 → %4.</source>
        <translation>发布到 %1：%2，%3 → %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n 项编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 at the store&apos;s rate of %2 requests a second.</source>
        <translation>按店铺每秒 %2 个请求的速率，约需 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Each product is checked for changes made elsewhere first; a product that fails keeps its edits staged.</source>
        <translation>每个商品都会先检查是否在别处被修改；失败的商品其编辑仍保持暂存。</translation>
    </message>
    <message>
        <source>Product %1 of %2: %3</source>
        <translation>%2 的商品 %1：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopping: no new request is sent; waiting for the answers to those already sent…</source>
        <translation>正在停止：不再发送新请求，正在等待已发送请求的响应…</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogScanner</name>
    <message>
        <source>A scan of this store is already running.</source>
        <translation>此店铺的扫描已在进行中。</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>店铺已关闭。</translation>
    </message>
    <message>
        <source>The scan stopped: %1 What was read is kept; scanning again continues from there.</source>
        <translation>扫描已停止：%1 已读取的内容会保留；再次扫描会从那里继续。</translation>
    </message>
    <message>
        <source>The local catalog could not be written: %1</source>
        <translation>无法写入本地目录：%1</translation>
    </message>
    <message>
        <source>The scan was cancelled. What was read is kept; scanning again continues from there.</source>
        <translation>扫描已取消。已读取的内容会保留；再次扫描会从那里继续。</translation>
    </message>
    <message>
        <source>Scanned %1 and %2 with %3.</source>
        <translation>已用 %3 扫描 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogSheetController</name>
    <message>
        <source>No store is open.</source>
        <translation>没有打开的店铺。</translation>
    </message>
    <message>
        <source>The alt text could not be saved to %1: %2</source>
        <translation>替代文本无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Reading product %1 (%2 of %3)…</source>
        <translation>正在读取商品 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>Product %1 could not be read: %2</source>
        <translation>无法读取商品 %1：%2</translation>
    </message>
    <message>
        <source>Import alt text</source>
        <translation>导入替代文本</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>商品 %1：%2</translation>
    </message>
    <message>
        <source>Spreadsheet, UTF-8 (*.csv)</source>
        <translation>表格，UTF-8（*.csv）</translation>
    </message>
    <message>
        <source>Spreadsheet for Excel, UTF-8 with byte order mark (*.csv)</source>
        <translation>适用于 Excel 的表格，带字节顺序标记的 UTF-8（*.csv）</translation>
    </message>
    <message>
        <source>Export Alt Text</source>
        <translation>导出替代文本</translation>
    </message>
    <message>
        <source>catalog alt text.csv</source>
        <translation>目录替代文本.csv</translation>
    </message>
    <message numerus="yes">
        <source>Alt text of %n image(s) exported to %1.</source>
        <translation>
            <numerusform>%n 张图片的替代文本已导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Alt Text</source>
        <translation>导入替代文本</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv *.txt)</source>
        <translation>表格（*.csv *.txt）</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the spreadsheet staged (one undo step).</source>
        <translation>
            <numerusform>已暂存表格中的 %n 个单元格（一个撤销步骤）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogSummaryView</name>
    <message>
        <source>Alt text coverage</source>
        <translation>替代文本覆盖率</translation>
    </message>
    <message>
        <source>Problems per kind</source>
        <translation>按类型统计的问题</translation>
    </message>
    <message>
        <source>%1, %2: %3 % have alt text.</source>
        <translation>%1，%2：%3% 有替代文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) not checked yet: broken and tiny are not judged for them.</source>
        <translation>
            <numerusform>%n 张图片尚未检查：不对它们判断是否损坏或过小。</numerusform>
        </translation>
    </message>
    <message>
        <source>With alt text (%1)</source>
        <translation>有替代文本（%1）</translation>
    </message>
    <message>
        <source>Without (%1)</source>
        <translation>无（%1）</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>vitrine::CatalogWindow</name>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>工作清单(&amp;W)</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>&amp;Scan Store</source>
        <translation>扫描店铺(&amp;S)</translation>
    </message>
    <message>
        <source>Read every product and image of the store into the catalog (only what changed, when it was scanned before)</source>
        <translation>将店铺的每个商品和图片读入目录（之前扫描过的只读取有变化的部分）</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the scan or the picture checks; the next scan continues</source>
        <translation>停止扫描或图片检查；下次扫描会继续</translation>
    </message>
    <message>
        <source>&amp;Publish All…</source>
        <translation>全部发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Publish the staged edits of every product</source>
        <translation>发布每个商品的暂存编辑</translation>
    </message>
    <message>
        <source>&amp;Export Audit…</source>
        <translation>导出审核结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the findings to a CSV or JSON file</source>
        <translation>将检查结果写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Open &amp;Gallery</source>
        <translation>打开图库(&amp;G)</translation>
    </message>
    <message>
        <source>Open the product of the selected line in the gallery window</source>
        <translation>在图库窗口中打开所选行的商品</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Filter products by title</source>
        <translation>按标题筛选商品</translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>筛选商品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Problems shown</source>
        <translation>显示的问题</translation>
    </message>
    <message>
        <source>Every image</source>
        <translation>每张图片</translation>
    </message>
    <message>
        <source>Any problem</source>
        <translation>任何问题</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Catalog of %1</source>
        <translation>%1 的目录</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>导出审核结果</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>电子表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Alt Text from &amp;Template…</source>
        <translation>从模板生成替代文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Fill the alt text of the selected lines (or of every line shown) from a template, with a preview first</source>
        <translation>用模板填写所选行（或显示的每一行）的替代文本，先显示预览</translation>
    </message>
    <message>
        <source>E&amp;xport Alt Text…</source>
        <translation>导出替代文本(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the alt text of every product as a spreadsheet (CSV), with what is staged</source>
        <translation>将所有商品的替代文本（含已暂存的更改）保存为电子表格 (CSV)</translation>
    </message>
    <message>
        <source>&amp;Import Alt Text…</source>
        <translation>导入替代文本(&amp;I)…</translation>
    </message>
    <message>
        <source>Stage the alt text and places of an edited spreadsheet, after a preview that shows what changed on the store meanwhile</source>
        <translation>暂存已编辑表格中的替代文本和位置，暂存前预览显示店铺上在此期间的改动</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete Images</source>
        <translation>删除图片(&amp;D)</translation>
    </message>
    <message>
        <source>Stage the deletion of the selected lines&apos; images from their products (Undo takes it back; a publish deletes them)</source>
        <translation>暂存从所属商品中删除所选行的图片（撤销可恢复；发布时删除）</translation>
    </message>
</context>
<context>
    <name>vitrine::ConflictDialog</name>
    <message>
        <source>(no alt text)</source>
        <translation>（无替代文本）</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1（图片 %2）</translation>
    </message>
    <message>
        <source>, place %1</source>
        <translation>，第 %1 位</translation>
    </message>
    <message>
        <source>, position %1</source>
        <translation>，位置 %1</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>kept, alt text %1</source>
        <translation>保留，替代文本 %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>you are deleting every image</source>
        <translation>您正在删除所有图片</translation>
    </message>
    <message>
        <source>not in your gallery</source>
        <translation>不在您的图库中</translation>
    </message>
    <message>
        <source>%1, alt text %2</source>
        <translation>%1，替代文本 %2</translation>
    </message>
    <message>
        <source>you are deleting it</source>
        <translation>您正在删除它</translation>
    </message>
    <message>
        <source>Keep mine (add it again)</source>
        <translation>保留我的（重新添加）</translation>
    </message>
    <message>
        <source>Keep mine (delete it)</source>
        <translation>保留我的（删除它）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs (let it go)</source>
        <translation>采用店铺的（放弃它）</translation>
    </message>
    <message>
        <source>Take theirs (keep it)</source>
        <translation>采用店铺的（保留它）</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用店铺的</translation>
    </message>
    <message>
        <source>Changed on the store</source>
        <translation>已在店铺中更改</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>全部保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Publish your version wherever you changed the same thing</source>
        <translation>凡是您也改过的地方，都发布您的版本</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>全部采用店铺的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the store&apos;s version wherever you changed the same thing</source>
        <translation>凡是您也改过的地方，都保留店铺的版本</translation>
    </message>
    <message>
        <source>&amp;Continue publishing</source>
        <translation>继续发布(&amp;C)</translation>
    </message>
    <message>
        <source>Do &amp;not publish</source>
        <translation>不发布(&amp;N)</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>此商品</translation>
    </message>
    <message>
        <source>The gallery of %1 was changed on the store since you loaded it. These changes are taken; nothing you changed is affected.</source>
        <translation>自您加载以来，%1的图库已在店铺中被更改。这些更改会被采用；您所做的更改不受影响。</translation>
    </message>
    <message>
        <source>The gallery of %1 was changed on the store since you loaded it, and you changed the same images. For each, choose which version to keep.</source>
        <translation>自您加载以来，%1的图库已在店铺中被更改，而您也更改了相同的图片。请为每一项选择要保留的版本。</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>On the store</source>
        <translation>店铺中的</translation>
    </message>
    <message>
        <source>Keep mine for image %1</source>
        <translation>图片 %1 保留我的</translation>
    </message>
    <message>
        <source>Take theirs for image %1</source>
        <translation>图片 %1 采用店铺的</translation>
    </message>
    <message>
        <source>You had not changed this: the store&apos;s version is taken.</source>
        <translation>您没有更改此项：采用店铺的版本。</translation>
    </message>
    <message>
        <source>Every change has a choice.</source>
        <translation>每项更改都已做出选择。</translation>
    </message>
    <message>
        <source>1 change still needs your choice.</source>
        <translation>还有 1 项更改需要您选择。</translation>
    </message>
    <message>
        <source>%1 changes still need your choice.</source>
        <translation>还有 %1 项更改需要您选择。</translation>
    </message>
</context>
<context>
    <name>vitrine::DetailsView</name>
    <message>
        <source>Product images, details</source>
        <translation>商品图片，详细信息</translation>
    </message>
</context>
<context>
    <name>vitrine::DuplicatePairView</name>
    <message>
        <source>Delete the Later Copy</source>
        <translation>删除后面的副本</translation>
    </message>
    <message>
        <source>The same picture twice</source>
        <translation>同一张图片出现两次</translation>
    </message>
    <message>
        <source>Image %1
%2</source>
        <translation>图片 %1
%2</translation>
    </message>
    <message>
        <source>Image %1 (the later copy)
%2</source>
        <translation>图片 %1（后面的副本）
%2</translation>
    </message>
    <message>
        <source>Stage the deletion of image %1 (you confirm it first)</source>
        <translation>暂存删除图片 %1（需先确认）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>“%1”, image %2
%3</source>
        <translation>“%1”，第 %2 张图片
%3</translation>
    </message>
    <message>
        <source>“%1”, image %2 (the later copy)
%3</source>
        <translation>“%1”，第 %2 张图片（较晚的副本）
%3</translation>
    </message>
    <message>
        <source>Stage the deletion of image %1 of “%2” (Undo takes it back)</source>
        <translation>暂存删除“%2”的第 %1 张图片（撤销可恢复）</translation>
    </message>
</context>
<context>
    <name>vitrine::EditSession</name>
    <message>
        <source>The images are already there.</source>
        <translation>这些图片已经在那里了。</translation>
    </message>
    <message>
        <source>Select the images to move first.</source>
        <translation>请先选择要移动的图片。</translation>
    </message>
    <message>
        <source>Select the images whose alt text to set first.</source>
        <translation>请先选择要设置替代文本的图片。</translation>
    </message>
    <message>
        <source>%1 (New images have a lower limit on this store.)</source>
        <translation>%1（在此店铺中，新图片的上限更低。）</translation>
    </message>
    <message>
        <source>Select the image whose address to replace first.</source>
        <translation>请先选择要替换地址的图片。</translation>
    </message>
    <message>
        <source>Select the images to link to variants first.</source>
        <translation>请先选择要关联到变体的图片。</translation>
    </message>
    <message>
        <source>A variant id cannot be empty.</source>
        <translation>变体 ID 不能为空。</translation>
    </message>
    <message>
        <source>Select the images to delete first.</source>
        <translation>请先选择要删除的图片。</translation>
    </message>
    <message>
        <source>This store allows at most %1 images per product.</source>
        <translation>此店铺每个商品最多允许 %1 张图片。</translation>
    </message>
    <message>
        <source>That image is not staged for deletion any more.</source>
        <translation>该图片已不再被标记为删除。</translation>
    </message>
    <message>
        <source>Not published: publishing stopped before this change was sent.</source>
        <translation>未发布：在发送此更改之前，发布已停止。</translation>
    </message>
    <message>
        <source>The store added the image but did not say its id; reload the gallery before publishing again.</source>
        <translation>店铺添加了该图片，但没有告知其 ID；请在再次发布前重新加载图库。</translation>
    </message>
    <message>
        <source>The store refused this change.</source>
        <translation>店铺拒绝了此更改。</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>图片 %1：%2</translation>
    </message>
    <message>
        <source>The new order does not name each image of the gallery once.</source>
        <translation>新顺序没有将图库中的每张图片各列出一次。</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryController</name>
    <message>
        <source>Unpublished edits</source>
        <translation>未发布的编辑</translation>
    </message>
    <message>
        <source>Continue with them, or discard them and start from what the store has now?</source>
        <translation>继续使用它们，还是放弃它们并从店铺现在的内容开始？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Edits cannot be kept on disk: %1</source>
        <translation>无法在磁盘上保存编辑：%1</translation>
    </message>
    <message>
        <source>Your unpublished edits are back. Publish when ready.</source>
        <translation>您未发布的编辑已恢复。准备好后即可发布。</translation>
    </message>
    <message>
        <source>The kept edits could not be restored: %1</source>
        <translation>无法恢复保存的编辑：%1</translation>
    </message>
    <message>
        <source>The kept edits were discarded.</source>
        <translation>保存的编辑已被放弃。</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Unfinished publishes are kept for %1</source>
        <translation>为%1保存了未完成的发布</translation>
    </message>
    <message>
        <source>1 unpublished edit is kept for %1</source>
        <translation>为%1保存了 1 项未发布的编辑</translation>
    </message>
    <message>
        <source>%1 unpublished edits are kept for %2</source>
        <translation>为%2保存了 %1 项未发布的编辑</translation>
    </message>
    <message>
        <source>Listing the products of %1…</source>
        <translation>正在列出%1的商品…</translation>
    </message>
    <message>
        <source>Could not list the products: %1</source>
        <translation>无法列出商品：%1</translation>
    </message>
    <message>
        <source>%1; they will be offered when the store answers.</source>
        <translation>%1；店铺响应时会再提供给您。</translation>
    </message>
    <message>
        <source>%1 too; choose them in the product list to continue.</source>
        <translation>%1也有；请在商品列表中选择它们以继续。</translation>
    </message>
    <message>
        <source>%1 too.</source>
        <translation>%1也有。</translation>
    </message>
    <message>
        <source>Loading the images of %1…</source>
        <translation>正在加载%1的图片…</translation>
    </message>
    <message>
        <source>Could not load the images of %1: %2</source>
        <translation>无法加载%1的图片：%2</translation>
    </message>
    <message>
        <source>The demo store&apos;s data was restored.</source>
        <translation>演示店铺的数据已恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of %1 loaded.</source>
        <translation>
            <numerusform>已加载%1的 %n 张图片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryDelegate</name>
    <message>
        <source>Broken image</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>无替代文本</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>1 variant</source>
        <translation>1 个变体</translation>
    </message>
    <message>
        <source>%1 variants</source>
        <translation>%1 个变体</translation>
    </message>
    <message>
        <source>small</source>
        <translation>较小</translation>
    </message>
    <message>
        <source>Image %1 of %2, no alt text</source>
        <translation>第 %1 张，共 %2 张，无替代文本</translation>
    </message>
    <message>
        <source>Image %1 of %2, alt: %3</source>
        <translation>第 %1 张，共 %2 张，替代文本：%3</translation>
    </message>
    <message>
        <source>%1 × %2 pixels (as downloaded)</source>
        <translation>%1 × %2 像素（下载所得）</translation>
    </message>
    <message>
        <source>Broken image: %1</source>
        <translation>图片已损坏：%1</translation>
    </message>
    <message>
        <source>Small image: under %1 pixels on one side; it may look blurry on product pages.</source>
        <translation>小图片：有一边不足 %1 像素；在商品页面上可能显得模糊。</translation>
    </message>
    <message>
        <source>Alt text too long: %1 characters, the store accepts at most %2.</source>
        <translation>替代文本过长：%1 个字符，店铺最多接受 %2 个。</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryEditActions</name>
    <message>
        <source>Add Image by &amp;URL…</source>
        <translation>通过 &amp;URL 添加图片…</translation>
    </message>
    <message>
        <source>&amp;Replace Image URL…</source>
        <translation>替换图片 URL(&amp;R)…</translation>
    </message>
    <message>
        <source>Set &amp;Variants…</source>
        <translation>设置变体(&amp;V)…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Open a product first.</source>
        <translation>请先打开一个商品。</translation>
    </message>
    <message>
        <source>This store allows at most %1 images per product.</source>
        <translation>此店铺每个商品最多允许 %1 张图片。</translation>
    </message>
    <message>
        <source>Add an image by its web address (reaches the store when you publish)</source>
        <translation>通过网址添加图片（发布时到达店铺）</translation>
    </message>
    <message>
        <source>Select one image to replace its URL.</source>
        <translation>请选择一张图片以替换其 URL。</translation>
    </message>
    <message>
        <source>Point the selected image at another web address</source>
        <translation>让所选图片指向另一个网址</translation>
    </message>
    <message>
        <source>Select the images to link to variants.</source>
        <translation>请选择要关联到变体的图片。</translation>
    </message>
    <message>
        <source>Show the selected images only for some product variants</source>
        <translation>只为部分商品变体显示所选图片</translation>
    </message>
    <message>
        <source>1 image deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除 1 张图片。“撤销”（Ctrl+Z）可以恢复它。</translation>
    </message>
    <message>
        <source>%1 images deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>已删除 %1 张图片。“撤销”（Ctrl+Z）可以恢复它们。</translation>
    </message>
    <message>
        <source>Image added at the end. Publish to send it to the store.</source>
        <translation>图片已添加到末尾。发布后才会发送到店铺。</translation>
    </message>
    <message>
        <source>Add %1 images</source>
        <translation>添加 %1 张图片</translation>
    </message>
    <message>
        <source>1 image added. Give it an alt text, then publish.</source>
        <translation>已添加 1 张图片。请为它填写替代文本，然后发布。</translation>
    </message>
    <message>
        <source>%1 images added. Give them alt texts, then publish.</source>
        <translation>已添加 %1 张图片。请为它们填写替代文本，然后发布。</translation>
    </message>
    <message>
        <source>1 address was left out: %1</source>
        <translation>略过了 1 个地址：%1</translation>
    </message>
    <message>
        <source>%1 addresses were left out: %2</source>
        <translation>略过了 %1 个地址：%2</translation>
    </message>
    <message>
        <source>The store allows at most %1 images per product.</source>
        <translation>店铺每个商品最多允许 %1 张图片。</translation>
    </message>
    <message>
        <source>Image URL replaced. Publish to send it to the store.</source>
        <translation>图片 URL 已替换。发布后才会发送到店铺。</translation>
    </message>
    <message>
        <source>Variants set. Publish to send them to the store.</source>
        <translation>变体已设置。发布后才会发送到店铺。</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryModel</name>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>image URL</source>
        <translation>图片 URL</translation>
    </message>
    <message>
        <source>variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Image %1 of %2, no alt text</source>
        <translation>第 %1 张，共 %2 张，无替代文本</translation>
    </message>
    <message>
        <source>Image %1 of %2, alt: %3</source>
        <translation>第 %1 张，共 %2 张，替代文本：%3</translation>
    </message>
    <message>
        <source>, new, not yet published</source>
        <translation>，新图片，尚未发布</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>，已编辑</translation>
    </message>
    <message>
        <source>, publishing failed: %1</source>
        <translation>，发布失败：%1</translation>
    </message>
    <message>
        <source>Image %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>无替代文本</translation>
    </message>
    <message>
        <source>Alt: %1</source>
        <translation>替代文本：%1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Variants: %1</source>
        <translation>变体：%1</translation>
    </message>
    <message>
        <source>New, not yet published</source>
        <translation>新图片，尚未发布</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>已编辑：%1</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
    <message>
        <source>new image</source>
        <translation>新图片</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>店铺：%1</translation>
    </message>
    <message>
        <source>1 edit pending</source>
        <translation>1 项编辑待发布</translation>
    </message>
    <message>
        <source>%1 edits pending</source>
        <translation>%1 项编辑待发布</translation>
    </message>
    <message>
        <source>Staged here, not yet on the store: publish with Ctrl+S</source>
        <translation>已在此处暂存，尚未到达店铺：按 Ctrl+S 发布</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>正在加载图片…</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryTableModel</name>
    <message>
        <source>Publishing failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>已编辑：%1</translation>
    </message>
    <message>
        <source>Picture without alt text</source>
        <translation>没有替代文本的图片</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <translation>第 %1 位，共 %2 位</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <translation>尺寸未知</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>无替代文本</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vitrine::GalleryView</name>
    <message>
        <source>Move &amp;Left</source>
        <translation>左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move the selected images one place towards the start</source>
        <translation>将所选图片向前移动一位</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>右移(&amp;R)</translation>
    </message>
    <message>
        <source>Move the selected images one place towards the end</source>
        <translation>将所选图片向后移动一位</translation>
    </message>
    <message>
        <source>Move to &amp;First</source>
        <translation>移到最前(&amp;F)</translation>
    </message>
    <message>
        <source>Make the selected images the first of the gallery</source>
        <translation>使所选图片成为图库中的第一张</translation>
    </message>
    <message>
        <source>Move to L&amp;ast</source>
        <translation>移到最后(&amp;A)</translation>
    </message>
    <message>
        <source>Make the selected images the last of the gallery</source>
        <translation>使所选图片成为图库中的最后一张</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected images (asks first; undoable until published)</source>
        <translation>删除所选图片（会先询问；发布前可撤销）</translation>
    </message>
    <message>
        <source>Edit &amp;Alt Text</source>
        <translation>编辑替代文本(&amp;A)</translation>
    </message>
    <message>
        <source>Describe the selected images for people who cannot see them</source>
        <translation>为看不到图片的人描述所选图片</translation>
    </message>
    <message>
        <source>Product images</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <source>Ctrl+Left, Ctrl+Right, Ctrl+Home and Ctrl+End move the selected images; F2 edits the alt text; Delete deletes.</source>
        <translation>Ctrl+左、Ctrl+右、Ctrl+Home 和 Ctrl+End 移动所选图片；F2 编辑替代文本；Delete 删除。</translation>
    </message>
    <message>
        <source>Moved to position %1 of %2.</source>
        <translation>已移到第 %1 位，共 %2 位。</translation>
    </message>
    <message>
        <source>Moved %1 images to positions %2–%3 of %4.</source>
        <translation>已将 %1 张图片移到第 %2–%3 位，共 %4 位。</translation>
    </message>
</context>
<context>
    <name>vitrine::HandbookBrowser</name>
    <message>
        <source>Vitrine Handbook</source>
        <translation>Vitrine 手册</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vitrine::ImageUrlField</name>
    <message>
        <source>The store downloads the image from this address.</source>
        <translation>店铺会从此地址下载图片。</translation>
    </message>
</context>
<context>
    <name>vitrine::MainWindow</name>
    <message>
        <source>Alt Text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>As loaded from the store</source>
        <translation>与从店铺加载时相同</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>&amp;Review Gallery</source>
        <translation>检查图库(&amp;R)</translation>
    </message>
    <message>
        <source>List missing or overlong alt text, duplicates, broken and tiny images</source>
        <translation>列出缺失或过长的替代文本、重复项、损坏和过小的图片</translation>
    </message>
    <message>
        <source>S&amp;witch Store…</source>
        <translation>切换店铺(&amp;W)…</translation>
    </message>
    <message>
        <source>Open another store profile, or add one</source>
        <translation>打开另一个店铺配置，或添加一个</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Store</source>
        <translation>打开演示店铺(&amp;D)</translation>
    </message>
    <message>
        <source>Try Vitrine on its built-in demo store (nothing leaves this computer)</source>
        <translation>在内置的演示店铺中试用 Vitrine（不会有任何数据离开这台电脑）</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Data…</source>
        <translation>重置演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Put every demo product back as it was at the start</source>
        <translation>将所有演示商品恢复到最初的状态</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Grid &amp;and Details</source>
        <translation>网格和详细信息(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Loading gallery…</source>
        <translation>正在加载图库…</translation>
    </message>
    <message>
        <source>Loading the gallery…</source>
        <translation>正在加载图库…</translation>
    </message>
    <message>
        <source>Choose a product to see its images.</source>
        <translation>选择一个商品以查看其图片。</translation>
    </message>
    <message>
        <source>This product has no images yet. Add one with Edit ▸ Add Image by URL (%1).</source>
        <translation>此商品还没有图片。请通过 编辑 ▸ 通过 URL 添加图片（%1）添加一张。</translation>
    </message>
    <message>
        <source>Read the product&apos;s gallery from the store again</source>
        <translation>重新从店铺读取该商品的图库</translation>
    </message>
    <message>
        <source>Try the store again</source>
        <translation>再次尝试连接店铺</translation>
    </message>
    <message>
        <source>Nothing to publish: no staged edits</source>
        <translation>没有可发布的内容：没有暂存的编辑</translation>
    </message>
    <message>
        <source>Reload from the store</source>
        <translation>从店铺重新加载</translation>
    </message>
    <message>
        <source>Reload and Discard</source>
        <translation>重新加载并放弃</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>重置演示数据</translation>
    </message>
    <message>
        <source>Put every demo product back as it was at the start?</source>
        <translation>将所有演示商品恢复到最初的状态？</translation>
    </message>
    <message>
        <source>Everything published to the demo store is lost; unpublished edits are discarded.</source>
        <translation>发布到演示店铺的所有内容都将丢失；未发布的编辑将被放弃。</translation>
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation>重置演示数据</translation>
    </message>
    <message>
        <source>Nothing to publish: no staged edits.</source>
        <translation>没有可发布的内容：没有暂存的编辑。</translation>
    </message>
    <message>
        <source>Unpublished edits</source>
        <translation>未发布的编辑</translation>
    </message>
    <message>
        <source>They are kept on this computer and come back the next time you open this product. Publish now, or quit and publish later.</source>
        <translation>它们保存在这台电脑上，下次打开此商品时会恢复。现在发布，或者退出后稍后发布。</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Quit and Keep Edits</source>
        <translation>退出并保留编辑</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Vitrine &amp;Handbook</source>
        <translation>Vitrine 手册(&amp;H)</translation>
    </message>
    <message>
        <source>How to edit galleries, publish, and set up stores</source>
        <translation>如何编辑图库、发布以及设置店铺</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>列出所有命令的按键</translation>
    </message>
    <message>
        <source>&amp;About Vitrine</source>
        <translation>关于 Vitrine(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open %1 again</source>
        <translation>再次打开%1</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n staged edit(s) to the store</source>
        <translation>
            <numerusform>将 %n 项暂存的编辑发送到店铺</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload %1 from the store?</source>
        <translation>从店铺重新加载%1？</translation>
    </message>
    <message numerus="yes">
        <source>The %n edit(s) you have not published are discarded.</source>
        <translation>
            <numerusform>您尚未发布的 %n 项编辑将被放弃。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n edit(s) to %1 that are not published yet.</source>
        <translation>
            <numerusform>您对%1有 %n 项编辑尚未发布。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Every product of the store: scan it, audit every image, fix across products</source>
        <translation>店铺的每个商品：扫描、审核每张图片、跨商品修复</translation>
    </message>
</context>
<context>
    <name>vitrine::PendingDeletionsBar</name>
    <message>
        <source>Images staged for deletion</source>
        <translation>已标记为删除的图片</translation>
    </message>
    <message>
        <source>&amp;Publish Again…</source>
        <translation>再次发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Send the staged deletions (and your other edits) to the store again</source>
        <translation>再次将暂存的删除（以及您的其他编辑）发送到店铺</translation>
    </message>
    <message>
        <source>Delete none of these images: they go back into the gallery</source>
        <translation>这些图片都不删除：它们会回到图库中</translation>
    </message>
    <message>
        <source>Image %1 (%2)</source>
        <translation>图片 %1（%2）</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>图片 %1：%2</translation>
    </message>
    <message>
        <source>Deleted from the store when you publish.</source>
        <translation>发布时将从店铺中删除。</translation>
    </message>
    <message>
        <source>Keep Image</source>
        <translation>保留图片</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留%1</translation>
    </message>
    <message>
        <source>Do not delete this image: it goes back into the gallery (undo with Ctrl+Z)</source>
        <translation>不删除此图片：它会回到图库中（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>1 image is staged for deletion. It is deleted from the store when you publish.</source>
        <translation>有 1 张图片被标记为删除。发布时它将从店铺中删除。</translation>
    </message>
    <message>
        <source>%1 images are staged for deletion. They are deleted from the store when you publish.</source>
        <translation>有 %1 张图片被标记为删除。发布时它们将从店铺中删除。</translation>
    </message>
    <message>
        <source>The store did not delete 1 image. It stays staged for deletion: publish again to retry, or keep the image.</source>
        <translation>店铺没有删除 1 张图片。它仍被标记为删除：请再次发布以重试，或保留该图片。</translation>
    </message>
    <message>
        <source>The store did not delete %1 images. They stay staged for deletion: publish again to retry, or keep them.</source>
        <translation>店铺没有删除 %1 张图片。它们仍被标记为删除：请再次发布以重试，或保留它们。</translation>
    </message>
    <message>
        <source>%1 images are staged for deletion; deleting %2 of them failed. Publish again to retry, or keep them.</source>
        <translation>有 %1 张图片被标记为删除；其中 %2 张删除失败。请再次发布以重试，或保留它们。</translation>
    </message>
    <message>
        <source>The image stays in the gallery. Undo (Ctrl+Z) stages its deletion again.</source>
        <translation>该图片留在图库中。“撤销”（Ctrl+Z）会再次将其标记为删除。</translation>
    </message>
    <message>
        <source>%1 images stay in the gallery. Undo (Ctrl+Z) stages their deletion again.</source>
        <translation>%1 张图片留在图库中。“撤销”（Ctrl+Z）会再次将它们标记为删除。</translation>
    </message>
    <message>
        <source>Keep A&amp;ll</source>
        <translation>全部保留(&amp;L)</translation>
    </message>
</context>
<context>
    <name>vitrine::PictureChecker</name>
    <message>
        <source>it is not a picture that can be read (%1)</source>
        <translation>它不是可读取的图片（%1）</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductChooser</name>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the product with this id</source>
        <translation>打开具有此 ID 的商品</translation>
    </message>
    <message>
        <source>Or type a product id and press Enter</source>
        <translation>或输入商品 ID 并按 Enter</translation>
    </message>
    <message>
        <source>…or a product id</source>
        <translation>…或输入商品 ID</translation>
    </message>
    <message>
        <source>List Products</source>
        <translation>列出商品</translation>
    </message>
    <message>
        <source>This store lists its products only through every image record it has: reading them all can take a while on a large store.</source>
        <translation>该店铺只能通过其全部图片记录列出商品：店铺较大时，全部读取可能需要一段时间。</translation>
    </message>
</context>
<context>
    <name>vitrine::ProductListModel</name>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>%1, id %2</source>
        <translation>%1，ID %2</translation>
    </message>
    <message>
        <source>, 1 image</source>
        <translation>，1 张图片</translation>
    </message>
    <message>
        <source>, %1 images</source>
        <translation>，%1 张图片</translation>
    </message>
</context>
<context>
    <name>vitrine::ProfileController</name>
    <message>
        <source>Vitrine was built without keychain support</source>
        <translation>Vitrine 构建时未包含钥匙串支持</translation>
    </message>
    <message>
        <source>The unpublished edits of “%1” could not be moved to the new name (%2); they stay kept under the old one.</source>
        <translation>“%1”的未发布编辑无法转到新名称（%2）；它们仍保存在旧名称下。</translation>
    </message>
    <message>
        <source>The saved token could not be moved to the new name (%1); enter it again.</source>
        <translation>保存的令牌无法转到新名称（%1）；请重新输入。</translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (%1).</source>
        <translation>系统钥匙串没有保存令牌（%1）。</translation>
    </message>
    <message>
        <source>The token file could not be written (%1).</source>
        <translation>无法写入令牌文件（%1）。</translation>
    </message>
    <message>
        <source>The token is saved in a file only you can read.</source>
        <translation>令牌已保存在只有您能读取的文件中。</translation>
    </message>
    <message>
        <source>The token was not kept.</source>
        <translation>令牌未被保存。</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>令牌只在本次会话中保存。</translation>
    </message>
    <message>
        <source>Connected: the store answered and accepted the token.</source>
        <translation>已连接：店铺已响应并接受了令牌。</translation>
    </message>
    <message>
        <source>Deleted “%1”, but its token could not be removed everywhere (%2).</source>
        <translation>已删除“%1”，但其令牌未能在所有位置移除（%2）。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>There is no store profile called “%1”.</source>
        <translation>没有名为“%1”的店铺配置。</translation>
    </message>
    <message>
        <source>The store profile “%1” cannot be used: %2</source>
        <translation>店铺配置“%1”无法使用：%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n product(s).</source>
        <translation>
            <numerusform>已连接：%n 个商品。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ProfilesDialog</name>
    <message>
        <source>Each image keeps the position number it is sent; the store sorts by it.</source>
        <translation>每张图片保持发送时的位置编号；店铺按此排序。</translation>
    </message>
    <message>
        <source>Moving an image to a position makes the store renumber the others after it.</source>
        <translation>将图片移到某个位置后，店铺会为其后的图片重新编号。</translation>
    </message>
    <message>
        <source>no documented limit</source>
        <translation>无文档说明的限制</translation>
    </message>
    <message>
        <source>%1 requests/s, burst %2</source>
        <translation>%1 个请求/秒，突发 %2</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Delete store profile</source>
        <translation>删除店铺配置</translation>
    </message>
    <message>
        <source>Delete the store profile “%1”?</source>
        <translation>删除店铺配置“%1”？</translation>
    </message>
    <message>
        <source>Its saved access token is removed too. Nothing changes on the store itself.</source>
        <translation>其保存的访问令牌也会被移除。店铺本身不会有任何变化。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Store &amp;profiles:</source>
        <translation>店铺配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Store profiles</source>
        <translation>店铺配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Describe a new store</source>
        <translation>描述一个新店铺</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>A new profile with the selected one&apos;s settings</source>
        <translation>使用所选配置设置的新配置</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected profile and its saved token</source>
        <translation>移除所选配置及其保存的令牌</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the store with these settings whether it answers and accepts the token</source>
        <translation>用这些设置询问店铺是否响应并接受令牌</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the changes made in the form</source>
        <translation>放弃在表单中所做的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Edit this store&apos;s galleries in the window</source>
        <translation>在窗口中编辑此店铺的图库</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Main shop”</source>
        <translation>一个您认得出的名称，例如“主店铺”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Store t&amp;ype:</source>
        <translation>店铺类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Path of the dialect description (.json)</source>
        <translation>方言描述文件（.json）的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the dialect description file</source>
        <translation>选择方言描述文件</translation>
    </message>
    <message>
        <source>Dialect f&amp;ile:</source>
        <translation>方言文件(&amp;I)：</translation>
    </message>
    <message>
        <source>The store&apos;s address before the API path, e.g. https://HANDLE.myshopline.com</source>
        <translation>API 路径之前的店铺地址，例如 https://HANDLE.myshopline.com</translation>
    </message>
    <message>
        <source>Store addr&amp;ess:</source>
        <translation>店铺地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Leave empty for the version Vitrine was tested with</source>
        <translation>留空则使用 Vitrine 测试过的版本</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Store&apos;s default</source>
        <translation>店铺默认</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>绝对</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>顺移</translation>
    </message>
    <message>
        <source>How the store orders images when one image&apos;s position is written. Vitrine checks after publishing and repairs the order if the store behaves otherwise.</source>
        <translation>写入一张图片的位置时，店铺如何排列图片。发布后 Vitrine 会检查，如果店铺的行为不同，会修复顺序。</translation>
    </message>
    <message>
        <source>&amp;Ordering:</source>
        <translation>排序方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Limit to</source>
        <translation>限制为(&amp;L)</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 个请求/秒</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>burst </source>
        <translation>突发 </translation>
    </message>
    <message>
        <source>Requests allowed at once</source>
        <translation>同时允许的请求数</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>速率限制：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long a request may wait without any answer from the store</source>
        <translation>请求在店铺没有任何响应时可以等待多久</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
    <message>
        <source>How often a safe request is tried again after a temporary failure</source>
        <translation>安全的请求在临时失败后重试的次数</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>重试次数：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>The store&apos;s API access token. It is kept in the system keychain, never in the settings file.</source>
        <translation>店铺的 API 访问令牌。它保存在系统钥匙串中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>访问令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>令牌保存在哪里</translation>
    </message>
    <message>
        <source>Keep for t&amp;his session only</source>
        <translation>仅在本次会话中保留(&amp;H)</translation>
    </message>
    <message>
        <source>Forgotten when Vitrine quits; you enter it again next time</source>
        <translation>Vitrine 退出时即被遗忘；下次需要重新输入</translation>
    </message>
    <message>
        <source>Save in a &amp;file only you can read</source>
        <translation>保存在只有您能读取的文件中(&amp;F)</translation>
    </message>
    <message>
        <source>I a&amp;gree: it is not encrypted, only my user account can read it</source>
        <translation>我同意(&amp;G)：它未加密，只有我的用户账户可以读取</translation>
    </message>
    <message>
        <source>The token is written in plain text to a file in Vitrine&apos;s settings folder whose permissions let only your user account read it.</source>
        <translation>令牌以明文写入 Vitrine 设置文件夹中的一个文件，其权限只允许您的用户账户读取。</translation>
    </message>
    <message>
        <source>There is already a store profile called “%1”; choose another name.</source>
        <translation>已有名为“%1”的店铺配置；请选择其他名称。</translation>
    </message>
    <message>
        <source>To save the token in a file, tick the box that agrees to it, or keep it for this session only.</source>
        <translation>要把令牌保存在文件中，请勾选同意框，或者只在本次会话中保留。</translation>
    </message>
    <message>
        <source>%1 (opens at start)</source>
        <translation>%1（启动时打开）</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Enter the access token for the copy: tokens are not copied.</source>
        <translation>请为副本输入访问令牌：令牌不会被复制。</translation>
    </message>
    <message>
        <source>as in the dialect file</source>
        <translation>与方言文件一致</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Store&apos;s default (%1)</source>
        <translation>店铺默认（%1）</translation>
    </message>
    <message>
        <source>As in the dialect file</source>
        <translation>与方言文件一致</translation>
    </message>
    <message>
        <source>The store&apos;s default: %1</source>
        <translation>店铺默认：%1</translation>
    </message>
    <message>
        <source>The store&apos;s default: as in the dialect file</source>
        <translation>店铺默认：与方言文件一致</translation>
    </message>
    <message>
        <source>The dialect file says how the store orders images.</source>
        <translation>方言文件说明了店铺如何排列图片。</translation>
    </message>
    <message>
        <source>Save this store profile</source>
        <translation>保存此店铺配置</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>Discar&amp;d</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Save or revert the changes first</source>
        <translation>请先保存或还原更改</translation>
    </message>
    <message>
        <source>Access token (leave empty if the store needs none)</source>
        <translation>访问令牌（如果店铺不需要则留空）</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>留空则保留已保存的令牌</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>这台电脑上没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used here: %1.</source>
        <translation>此处无法使用系统钥匙串：%1。</translation>
    </message>
    <message>
        <source>Choose where to keep the token:</source>
        <translation>选择令牌的保存位置：</translation>
    </message>
    <message>
        <source>Custom dialect description</source>
        <translation>自定义方言描述</translation>
    </message>
    <message>
        <source>Dialect descriptions (*.json);;All files (*)</source>
        <translation>方言描述（*.json）;;所有文件（*）</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>无法保存配置。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Saved “%1”. %2</source>
        <translation>已保存“%1”。%2</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Generic REST</source>
        <translation>通用 REST</translation>
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
        <translation>自定义（在 JSON 文件中描述）</translation>
    </message>
</context>
<context>
    <name>vitrine::PublishController</name>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>The store does not show everything as published yet; repairing (round %1, %2 requests)…</source>
        <translation>店铺尚未显示全部已发布的内容；正在修复（第 %1 轮，%2 个请求）…</translation>
    </message>
    <message>
        <source>A publish is already running.</source>
        <translation>已有发布正在进行。</translation>
    </message>
    <message>
        <source>Nothing to publish: there are no staged edits.</source>
        <translation>没有可发布的内容：没有暂存的编辑。</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>没有打开的店铺。</translation>
    </message>
</context>
<context>
    <name>vitrine::PublishDialog</name>
    <message>
        <source>Publish changes</source>
        <translation>发布更改</translation>
    </message>
    <message>
        <source>Show the requests</source>
        <translation>显示请求</translation>
    </message>
    <message>
        <source>Sending changes to the store…</source>
        <translation>正在将更改发送到店铺…</translation>
    </message>
    <message>
        <source>These edits were not applied. They stay pending, with the store&apos;s message: changed images are marked in the gallery, and images whose deletion failed are listed above it, where you can keep them instead. Publish again to retry:</source>
        <translation>这些编辑未被应用。它们仍待发布，并附有店铺的消息：已更改的图片在图库中有标记，删除失败的图片列在图库上方，您可以在那里改为保留它们。再次发布以重试：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>此商品</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Nothing to publish for %1.</source>
        <translation>%1没有可发布的内容。</translation>
    </message>
    <message>
        <source>Publish the changes to %1 on %2?</source>
        <translation>将对%1的更改发布到%2？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Sent %1 of %2 requests…</source>
        <translation>已发送 %1 / %2 个请求…</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3</source>
        <translation>请求 %1 / %2：%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All changes were published.</source>
        <translation>所有更改都已发布。</translation>
    </message>
    <message>
        <source>%1 of %2 requests succeeded; %3 failed.</source>
        <translation>%1 / %2 个请求成功；%3 个失败。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent finish; the rest stay pending.</source>
        <translation>正在取消：已发送的请求会完成；其余的仍待发布。</translation>
    </message>
</context>
<context>
    <name>vitrine::Publisher</name>
    <message>
        <source>There is no gallery or store to check.</source>
        <translation>没有可检查的图库或店铺。</translation>
    </message>
    <message>
        <source>A publish of this gallery is already under way.</source>
        <translation>此图库的发布已在进行中。</translation>
    </message>
    <message>
        <source>There is no gallery or store to publish to.</source>
        <translation>没有可发布到的图库或店铺。</translation>
    </message>
</context>
<context>
    <name>vitrine::ReplaceUrlDialog</name>
    <message>
        <source>Replace image URL</source>
        <translation>替换图片 URL</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The image keeps its place, alt text and variants; the store downloads the picture from the new address when you publish.</source>
        <translation>图片保持其位置、替代文本和变体；发布时店铺会从新地址下载图片。</translation>
    </message>
    <message>
        <source>Current URL:</source>
        <translation>当前 URL：</translation>
    </message>
    <message>
        <source>&amp;New URL:</source>
        <translation>新 URL(&amp;N)：</translation>
    </message>
    <message>
        <source>This is the image&apos;s current address.</source>
        <translation>这是图片的当前地址。</translation>
    </message>
</context>
<context>
    <name>vitrine::RestDialect</name>
    <message>
        <source>no such product or image there, or the dialect&apos;s path for this request may be wrong</source>
        <translation>那里没有这样的商品或图片，或者方言中此请求的路径可能有误</translation>
    </message>
</context>
<context>
    <name>vitrine::ReviewModel</name>
    <message>
        <source>Missing alt text</source>
        <translation>缺少替代文本</translation>
    </message>
    <message>
        <source>Alt text too long</source>
        <translation>替代文本过长</translation>
    </message>
    <message>
        <source>Alt text very long</source>
        <translation>替代文本很长</translation>
    </message>
    <message>
        <source>Alt text is a file name</source>
        <translation>替代文本是文件名</translation>
    </message>
    <message>
        <source>Duplicate alt text</source>
        <translation>替代文本重复</translation>
    </message>
    <message>
        <source>Duplicate image</source>
        <translation>图片重复</translation>
    </message>
    <message>
        <source>Broken image</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <source>Image too small</source>
        <translation>图片过小</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Alt text is the title</source>
        <translation>替代文本就是标题</translation>
    </message>
    <message>
        <source>Alt text says &quot;image of&quot;</source>
        <translation>替代文本写着“……的图片”</translation>
    </message>
    <message>
        <source>Same alt text on most images</source>
        <translation>大多数图片的替代文本相同</translation>
    </message>
    <message>
        <source>Alt text misses the variant</source>
        <translation>替代文本未提及变体</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <source>Same picture twice</source>
        <translation>同一张图出现两次</translation>
    </message>
    <message>
        <source>Same picture in another product</source>
        <translation>与其他商品的图片相同</translation>
    </message>
</context>
<context>
    <name>vitrine::ReviewPanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Problems found in the gallery</source>
        <translation>在图库中发现的问题</translation>
    </message>
    <message>
        <source>Save the review as a spreadsheet (CSV) or JSON file</source>
        <translation>将检查结果保存为电子表格（CSV）或 JSON 文件</translation>
    </message>
    <message>
        <source>No gallery is open.</source>
        <translation>没有打开的图库。</translation>
    </message>
    <message>
        <source>The review could not be saved to %1: %2</source>
        <translation>无法将检查结果保存到 %1：%2</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source> review.csv</source>
        <translation> 检查.csv</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>导出检查结果</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>电子表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still loading.</source>
        <translation>
            <numerusform>还有 %n 张图片正在加载。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::SessionJournal</name>
    <message>
        <source>product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>You have 1 unpublished edit to %1 from %2.</source>
        <translation>您对%1有 1 项未发布的编辑，来自 %2。</translation>
    </message>
    <message>
        <source>You have %1 unpublished edits to %2 from %3.</source>
        <translation>您对%2有 %1 项未发布的编辑，来自 %3。</translation>
    </message>
    <message>
        <source>A publish of %1 was interrupted at %2; publishing again finishes it without repeating what was sent.</source>
        <translation>%1的一次发布在 %2 中断；再次发布会完成它，而不会重复已发送的内容。</translation>
    </message>
    <message>
        <source>1 request to %1 may or may not have reached the store; the next publish checks the store before sending it again.</source>
        <translation>发往%1的 1 个请求可能已到达店铺，也可能没有；下次发布会先检查店铺再重新发送。</translation>
    </message>
    <message>
        <source>%1 requests to %2 may or may not have reached the store; the next publish checks the store before sending them again.</source>
        <translation>发往%2的 %1 个请求可能已到达店铺，也可能没有；下次发布会先检查店铺再重新发送。</translation>
    </message>
    <message>
        <source>Nothing is kept for %1.</source>
        <translation>没有为%1保存任何内容。</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>日志未打开。</translation>
    </message>
    <message>
        <source>No unpublished edits are kept for this product.</source>
        <translation>没有为此商品保存未发布的编辑。</translation>
    </message>
    <message>
        <source>Your edits could not be saved to disk: %1</source>
        <translation>您的编辑无法保存到磁盘：%1</translation>
    </message>
    <message>
        <source>It had sent 1 edit the store confirmed; it is not counted as unpublished.</source>
        <translation>它已发送 1 项店铺确认过的编辑；该编辑不计为未发布。</translation>
    </message>
    <message numerus="yes">
        <source>It had sent %n edits the store confirmed; they are not counted as unpublished.</source>
        <translation>
            <numerusform>它已发送 %n 项店铺确认过的编辑；这些编辑不计为未发布。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 edit may or may not have reached the store; the next publish looks on the store before sending anything about it again.</source>
        <translation>1 项编辑可能已到达店铺，也可能没有；下次发布会先在店铺上查看，再发送与它有关的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n edits may or may not have reached the store; the next publish looks on the store before sending anything about them again.</source>
        <translation>
            <numerusform>%n 项编辑可能已到达店铺，也可能没有；下次发布会先在店铺上查看，再发送与它们有关的内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
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
        <translation>演示店铺无法启动：%1</translation>
    </message>
    <message>
        <source>The demo store&apos;s data was restored.</source>
        <translation>演示店铺的数据已恢复。</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>The embedded demo store at %1 (generic REST API)</source>
        <translation>位于 %1 的内置演示店铺（通用 REST API）</translation>
    </message>
    <message>
        <source>The store profile “%1” cannot be used: %2</source>
        <translation>店铺配置“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>There is no store profile called “%1”.</source>
        <translation>没有名为“%1”的店铺配置。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>vitrine::ThumbnailCache</name>
    <message>
        <source>The image could not be downloaded: %1</source>
        <translation>无法下载图片：%1</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>图片文件为空。</translation>
    </message>
    <message>
        <source>The file is not an image Vitrine can show (%1).</source>
        <translation>该文件不是 Vitrine 能显示的图片（%1）。</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded (%2).</source>
        <translation>无法解码该 %1 图片（%2）。</translation>
    </message>
</context>
<context>
    <name>vitrine::VariantDialog</name>
    <message>
        <source>Set variants</source>
        <translation>设置变体</translation>
    </message>
    <message>
        <source>e.g. 40123, 40124</source>
        <translation>例如 40123, 40124</translation>
    </message>
    <message>
        <source>&amp;Variant ids:</source>
        <translation>变体 ID(&amp;V)：</translation>
    </message>
    <message>
        <source>Show this image only for these variants. Separate ids with commas; leave empty to show it for every variant.</source>
        <translation>只为这些变体显示此图片。ID 之间用逗号分隔；留空则对每个变体都显示。</translation>
    </message>
    <message>
        <source>Show these %1 images only for these variants. Separate ids with commas; leave empty to show them for every variant.</source>
        <translation>只为这些变体显示这 %1 张图片。ID 之间用逗号分隔；留空则对每个变体都显示。</translation>
    </message>
    <message>
        <source>“%1” is not a variant id: ids have no spaces; separate them with commas.</source>
        <translation>“%1”不是变体 ID：ID 不含空格；请用逗号分隔。</translation>
    </message>
    <message>
        <source>No variant: shown for every variant.</source>
        <translation>无变体：对每个变体都显示。</translation>
    </message>
    <message>
        <source>1 variant: %1</source>
        <translation>1 个变体：%1</translation>
    </message>
    <message>
        <source>%1 variants: %2</source>
        <translation>%1 个变体：%2</translation>
    </message>
</context>
<context>
    <name>vitrine::WorklistModel</name>
    <message>
        <source>(no alt text)</source>
        <translation>（无替代文本）</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>第 %1 张图片，共 %2 张</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>无替代文本</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>vitrinectl</name>
    <message>
        <source>No journal of staged edits is set up.</source>
        <translation>尚未设置暂存编辑的日志。</translation>
    </message>
    <message>
        <source>The journal of staged edits (%1) cannot be used: %2</source>
        <translation>无法使用暂存编辑的日志（%1）：%2</translation>
    </message>
    <message>
        <source>Product %1 has no image %2.</source>
        <translation>商品 %1 没有图片 %2。</translation>
    </message>
    <message>
        <source>Product %1 has no images %2.</source>
        <translation>商品 %1 没有图片 %2。</translation>
    </message>
    <message>
        <source>Add %1 at place %2.</source>
        <translation>在第 %2 位添加 %1。</translation>
    </message>
    <message>
        <source>Set the alt text of image %1.</source>
        <translation>设置图片 %1 的替代文本。</translation>
    </message>
    <message>
        <source>Reorder: %1 first.</source>
        <translation>重新排序：%1 在前。</translation>
    </message>
    <message>
        <source>Product %1 has no images.</source>
        <translation>商品 %1 没有图片。</translation>
    </message>
    <message>
        <source>Delete 1 image.</source>
        <translation>删除 1 张图片。</translation>
    </message>
    <message>
        <source>Delete %1 images.</source>
        <translation>删除 %1 张图片。</translation>
    </message>
    <message>
        <source>This command does not edit a gallery.</source>
        <translation>此命令不编辑图库。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>尺寸</translation>
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
        <translation>排序 %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>api %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>方言</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A token is never taken from the command line: it would be kept in the shell history and shown to every user in the process list. Set the VITRINE_TOKEN environment variable, or use a profile whose token is saved in the Vitrine app (system keychain).</source>
        <translation>令牌绝不会从命令行获取：那样它会留在 shell 历史中，并在进程列表中对所有用户可见。请设置 VITRINE_TOKEN 环境变量，或使用一个令牌已保存在 Vitrine 应用中（系统钥匙串）的配置。</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>请尝试“%1”。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation>未知选项“--%1”。</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 被重复给出。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 需要一个值（%2）。</translation>
    </message>
    <message>
        <source>--dialect needs a dialect name or a .json file.</source>
        <translation>--dialect 需要方言名称或 .json 文件。</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos;: use generic, shopline, shoplazza, shopify or the path of a custom dialect file (.json).</source>
        <translation>未知方言“%1”：请使用 generic、shopline、shoplazza、shopify 或自定义方言文件（.json）的路径。</translation>
    </message>
    <message>
        <source>An image id is empty (check the commas).</source>
        <translation>有一个图片 ID 为空（请检查逗号）。</translation>
    </message>
    <message>
        <source>Image %1 is named twice.</source>
        <translation>图片 %1 被重复列出。</translation>
    </message>
    <message>
        <source>The product id is empty.</source>
        <translation>商品 ID 为空。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>the product id</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <source>the product id and the image URL</source>
        <translation>商品 ID 和图片 URL</translation>
    </message>
    <message>
        <source>The image URL is empty.</source>
        <translation>图片 URL 为空。</translation>
    </message>
    <message>
        <source>--position must be a whole number from 1 (the first place), not &apos;%1&apos;.</source>
        <translation>--position 必须是从 1（第一位）开始的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>the product id, the image id and the text</source>
        <translation>商品 ID、图片 ID 和文本</translation>
    </message>
    <message>
        <source>The image id is empty.</source>
        <translation>图片 ID 为空。</translation>
    </message>
    <message>
        <source>the product id and the image ids</source>
        <translation>商品 ID 和图片 ID</translation>
    </message>
    <message>
        <source>the image ids</source>
        <translation>图片 ID</translation>
    </message>
    <message>
        <source>Missing the product id.</source>
        <translation>缺少商品 ID。</translation>
    </message>
    <message>
        <source>Give image ids or --all, not both.</source>
        <translation>请给出图片 ID 或 --all，不能同时给出。</translation>
    </message>
    <message>
        <source>Missing the image ids (or --all).</source>
        <translation>缺少图片 ID（或 --all）。</translation>
    </message>
    <message>
        <source>--resolve must be &apos;keep-mine&apos; or &apos;take-theirs&apos;, not &apos;%1&apos;.</source>
        <translation>--resolve 必须是“keep-mine”或“take-theirs”，而不是“%1”。</translation>
    </message>
    <message>
        <source>the profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>配置名称为空。</translation>
    </message>
    <message>
        <source>A profile needs --dialect and --base-url (a custom dialect file may give the address itself).</source>
        <translation>配置需要 --dialect 和 --base-url（自定义方言文件可以自行给出地址）。</translation>
    </message>
    <message>
        <source>--ordering must be &apos;absolute&apos; or &apos;shift&apos;, not &apos;%1&apos;.</source>
        <translation>--ordering 必须是“absolute”或“shift”，而不是“%1”。</translation>
    </message>
    <message>
        <source>--rate must be a number of requests per second above 0, like 4/s, not &apos;%1&apos;.</source>
        <translation>--rate 必须是大于 0 的每秒请求数，例如 4/s，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Choose one store: --profile NAME, or --dialect D with --base-url URL.</source>
        <translation>请只选择一个店铺：--profile NAME，或 --dialect D 加 --base-url URL。</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile 需要配置名称。</translation>
    </message>
    <message>
        <source>--dialect and --base-url go together (a custom dialect file may give the address itself).</source>
        <translation>--dialect 与 --base-url 需一起使用（自定义方言文件可以自行给出地址）。</translation>
    </message>
    <message>
        <source>Usage: vitrinectl [--profile NAME | --dialect D --base-url URL [--api-version V]] COMMAND ...</source>
        <translation>用法：vitrinectl [--profile NAME | --dialect D --base-url URL [--api-version V]] COMMAND ...</translation>
    </message>
    <message>
        <source>Usage: vitrinectl [STORE] %1 %2</source>
        <translation>用法：vitrinectl [STORE] %1 %2</translation>
    </message>
    <message>
        <source>Usage: vitrinectl %1 %2</source>
        <translation>用法：vitrinectl %1 %2</translation>
    </message>
    <message>
        <source>Reads and edits e-commerce product image galleries from the command line, with the same validation,
request planner and journal of staged edits as the Vitrine app.

</source>
        <translation>在命令行中读取和编辑电商商品图库，使用与 Vitrine 应用相同的校验、
请求规划器和暂存编辑日志。

</translation>
    </message>
    <message>
        <source>Store (before COMMAND; without one, the current profile is used):
</source>
        <translation>店铺（写在 COMMAND 之前；不给出时使用当前配置）：
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>命令：
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>选项：
</translation>
    </message>
    <message>
        <source>This help; &apos;vitrinectl COMMAND --help&apos; for one command.</source>
        <translation>此帮助；单个命令请用“vitrinectl COMMAND --help”。</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>版本。</translation>
    </message>
    <message>
        <source>The access token comes from the profile&apos;s token store (system keychain, or the private file
the app was allowed to use) or from the VITRINE_TOKEN environment variable — never from the
command line.

</source>
        <translation>访问令牌来自配置的令牌存储（系统钥匙串，或应用获准使用的私有文件），
或来自 VITRINE_TOKEN 环境变量——绝不来自
命令行。

</translation>
    </message>
    <message>
        <source>Edits are staged in the journal the Vitrine app uses (VITRINE_JOURNAL names another file).

</source>
        <translation>编辑会暂存到 Vitrine 应用使用的日志中（VITRINE_JOURNAL 可指定另一个文件）。

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the store refused or failed, or the edit was refused (message on
stderr); 2 usage error.
</source>
        <translation>退出码：0 成功；1 店铺拒绝或失败，或编辑被拒绝（消息输出到
stderr）；2 用法错误。
</translation>
    </message>
    <message>
        <source>STORE (default: the current profile):
</source>
        <translation>STORE（默认：当前配置）：
</translation>
    </message>
    <message>
        <source>Missing the command.</source>
        <translation>缺少命令。</translation>
    </message>
    <message>
        <source>Missing &apos;list&apos;, &apos;add&apos; or &apos;remove&apos; after &apos;profiles&apos;.</source>
        <translation>“profiles”之后缺少“list”、“add”或“remove”。</translation>
    </message>
    <message>
        <source>Unknown profiles command &apos;%1&apos;: use list, add or remove.</source>
        <translation>未知的 profiles 命令“%1”：请使用 list、add 或 remove。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on the saved profiles and takes no store options.</source>
        <translation>“%1”作用于已保存的配置，不接受店铺选项。</translation>
    </message>
    <message>
        <source>Nothing was lost: what was not published stays staged (&apos;vitrinectl pending %1&apos;); &apos;vitrinectl publish %1&apos; tries again, &apos;vitrinectl discard %1&apos; drops it.</source>
        <translation>没有丢失任何内容：未发布的内容仍保持暂存（“vitrinectl pending %1”）；“vitrinectl publish %1”会重试，“vitrinectl discard %1”会丢弃它。</translation>
    </message>
    <message>
        <source>Changed elsewhere, kept: %1</source>
        <translation>在别处被更改，已保留：%1</translation>
    </message>
    <message>
        <source>Choose with &apos;vitrinectl publish %1 --resolve keep-mine&apos; (publish yours) or &apos;--resolve take-theirs&apos; (keep the store&apos;s).</source>
        <translation>请用“vitrinectl publish %1 --resolve keep-mine”（发布您的）或“--resolve take-theirs”（保留店铺的）进行选择。</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 个请求</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 个请求</translation>
    </message>
    <message>
        <source>Publishing product %1: %2</source>
        <translation>正在发布商品 %1：%2</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>The store does not show what was published yet; repair round %1: %2.</source>
        <translation>店铺尚未显示已发布的内容；第 %1 轮修复：%2。</translation>
    </message>
    <message>
        <source>Changes made elsewhere collide with staged edits; settled with %1.</source>
        <translation>在别处所做的更改与暂存的编辑冲突；已按 %1 处理。</translation>
    </message>
    <message>
        <source>Waiting %1 s for the store&apos;s rate limit…</source>
        <translation>等待店铺的速率限制 %1 秒…</translation>
    </message>
    <message>
        <source>Retrying %1 in %2 s (attempt %3)…</source>
        <translation>%2 秒后重试 %1（第 %3 次尝试）…</translation>
    </message>
    <message>
        <source>No token was sent: %1.</source>
        <translation>没有发送令牌：%1。</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>没有保存任何令牌</translation>
    </message>
    <message>
        <source>(The token came from: %1.)</source>
        <translation>（令牌来自：%1。）</translation>
    </message>
    <message>
        <source>There is no store profile called &quot;%1&quot; (see &apos;vitrinectl profiles list&apos;).</source>
        <translation>没有名为“%1”的店铺配置（参见“vitrinectl profiles list”）。</translation>
    </message>
    <message>
        <source>No store chosen and no current profile: give --profile NAME, or --dialect D with --base-url URL.</source>
        <translation>未选择店铺，也没有当前配置：请给出 --profile NAME，或 --dialect D 加 --base-url URL。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; cannot be used: %2</source>
        <translation>店铺“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>%1 is not set (a store given with --dialect and --base-url takes its token from there)</source>
        <translation>未设置 %1（用 --dialect 和 --base-url 给出的店铺从那里获取令牌）</translation>
    </message>
    <message>
        <source>The edit could not be kept in the journal: %1</source>
        <translation>无法在日志中保存该编辑：%1</translation>
    </message>
    <message>
        <source>Nothing to stage: product %1 already looks like that.</source>
        <translation>无需暂存：商品 %1 已经是这样了。</translation>
    </message>
    <message>
        <source>%1 Staged: %2 pending for product %3 (&apos;vitrinectl pending %3&apos; lists them, &apos;vitrinectl publish %3&apos; publishes them).</source>
        <translation>%1 已暂存：商品 %3 有 %2 待发布（“vitrinectl pending %3”列出它们，“vitrinectl publish %3”发布它们）。</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 项编辑</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 项编辑</translation>
    </message>
    <message>
        <source>%1 staged earlier for product %2 are published with this one.</source>
        <translation>之前为商品 %2 暂存的 %1 会与此一同发布。</translation>
    </message>
    <message>
        <source>%1  product %2</source>
        <translation>%1  商品 %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>%1 request(s) to check on the store</source>
        <translation>%1 个请求需要在店铺上检查</translation>
    </message>
    <message>
        <source>The staged edits of product %1 (%2) cannot be read: %3</source>
        <translation>无法读取商品 %1（%2）的暂存编辑：%3</translation>
    </message>
    <message>
        <source>Nothing is staged.</source>
        <translation>没有暂存任何内容。</translation>
    </message>
    <message>
        <source>Nothing is staged for product %1.</source>
        <translation>没有为商品 %1 暂存任何内容。</translation>
    </message>
    <message>
        <source>Nothing is staged for %1.</source>
        <translation>没有为 %1 暂存任何内容。</translation>
    </message>
    <message>
        <source>The edits staged for product %1 stay staged.</source>
        <translation>为商品 %1 暂存的编辑仍保持暂存。</translation>
    </message>
    <message>
        <source>The journal could not be updated: %1</source>
        <translation>无法更新日志：%1</translation>
    </message>
    <message>
        <source>The staged edits could not be dropped: %1</source>
        <translation>无法丢弃暂存的编辑：%1</translation>
    </message>
    <message>
        <source>Dropped %1 staged for product %2.</source>
        <translation>已丢弃为商品 %2 暂存的 %1。</translation>
    </message>
    <message>
        <source>No store profiles yet; add one with &apos;vitrinectl profiles add&apos;.</source>
        <translation>还没有店铺配置；请用“vitrinectl profiles add”添加一个。</translation>
    </message>
    <message>
        <source>Added store profile &quot;%1&quot; (%2, %3)%4.
</source>
        <translation>已添加店铺配置“%1”（%2，%3）%4。
</translation>
    </message>
    <message>
        <source>; it is the current profile</source>
        <translation>；它是当前配置</translation>
    </message>
    <message>
        <source>Its token is not set here: vitrinectl reads VITRINE_TOKEN, or the token saved for &quot;%1&quot; in the Vitrine app (system keychain).</source>
        <translation>此处未设置其令牌：vitrinectl 读取 VITRINE_TOKEN，或在 Vitrine 应用中为“%1”保存的令牌（系统钥匙串）。</translation>
    </message>
    <message>
        <source>There is no store profile called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的店铺配置。</translation>
    </message>
    <message>
        <source>Removed store profile &quot;%1&quot;.
</source>
        <translation>已移除店铺配置“%1”。
</translation>
    </message>
    <message>
        <source>Its saved token could not be removed: %1</source>
        <translation>无法移除其保存的令牌：%1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>alt %1</source>
        <translation>替代文本 %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>src %1</source>
        <translation>src %1</translation>
    </message>
    <message>
        <source>variants %1</source>
        <translation>变体 %1</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>image %1 at place %2: %3</source>
        <translation>第 %2 位的图片 %1：%3</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>图片 %1：%2</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>（失败：%1）</translation>
    </message>
    <message>
        <source>Print JSON (schema in docs/vitrinectl.md).</source>
        <translation>输出 JSON（格式见 docs/vitrinectl.md）。</translation>
    </message>
    <message>
        <source>Stage the edit in the journal instead of publishing it (see &apos;pending&apos; and &apos;publish&apos;).</source>
        <translation>将编辑暂存到日志中而不发布（参见“pending”和“publish”）。</translation>
    </message>
    <message>
        <source>List the store&apos;s products (where the store can).</source>
        <translation>列出店铺的商品（如果店铺支持）。</translation>
    </message>
    <message>
        <source>List a product&apos;s images in display order: id, position, size, src, alt.</source>
        <translation>按显示顺序列出商品的图片：ID、位置、尺寸、src、替代文本。</translation>
    </message>
    <message>
        <source>Add an image by URL.</source>
        <translation>通过 URL 添加图片。</translation>
    </message>
    <message>
        <source>--position N puts it at place N of the display order (1 = first); a number past the end appends it. Without --position it goes last.</source>
        <translation>--position N 把它放在显示顺序的第 N 位（1 = 第一位）；超过末尾的数字会将其追加到最后。不加 --position 时放在最后。</translation>
    </message>
    <message>
        <source>The new image&apos;s alt text.</source>
        <translation>新图片的替代文本。</translation>
    </message>
    <message>
        <source>Its place in the display order, 1 = first.</source>
        <translation>它在显示顺序中的位置，1 = 第一位。</translation>
    </message>
    <message>
        <source>Set an image&apos;s alt text (an empty TEXT clears it).</source>
        <translation>设置图片的替代文本（空的 TEXT 会清除它）。</translation>
    </message>
    <message>
        <source>The text is checked against the store&apos;s limit before anything is sent. Put &apos;--&apos; before a TEXT that starts with &apos;-&apos;.</source>
        <translation>发送前会根据店铺的限制检查文本。以“-”开头的 TEXT 前请加“--”。</translation>
    </message>
    <message>
        <source>Make this the display order.</source>
        <translation>将此设为显示顺序。</translation>
    </message>
    <message>
        <source>The named images come first, in the order given; images not named keep their relative order after them. Ids may be separated by commas or given as several arguments.</source>
        <translation>列出的图片按给出的顺序排在最前；未列出的图片在其后保持相对顺序。ID 可以用逗号分隔，或作为多个参数给出。</translation>
    </message>
    <message>
        <source>Delete images, or every image of the product with --all.</source>
        <translation>删除图片，或用 --all 删除商品的每一张图片。</translation>
    </message>
    <message>
        <source>Where the store has a request that deletes all of a product&apos;s images, --all sends just that one.</source>
        <translation>如果店铺有删除商品全部图片的请求，--all 只发送这一个请求。</translation>
    </message>
    <message>
        <source>Delete every image of the product.</source>
        <translation>删除商品的每一张图片。</translation>
    </message>
    <message>
        <source>List the edits staged in the journal (of this store; of every store when none is chosen).</source>
        <translation>列出日志中暂存的编辑（此店铺的；未选择店铺时为所有店铺的）。</translation>
    </message>
    <message>
        <source>Publish the edits staged in the journal for this store (one product, or all).</source>
        <translation>发布日志中为此店铺暂存的编辑（一个商品或全部）。</translation>
    </message>
    <message>
        <source>Before writing, the gallery is read again. Changes made elsewhere that collide with a staged edit stop the publish (exit 1, each one listed) unless --resolve says whose version wins: keep-mine publishes the staged edit, take-theirs keeps the store&apos;s.</source>
        <translation>写入前会重新读取图库。在别处所做、与暂存编辑冲突的更改会停止发布（退出码 1，逐条列出），除非 --resolve 指明采用谁的版本：keep-mine 发布暂存的编辑，take-theirs 保留店铺的。</translation>
    </message>
    <message>
        <source>How to settle changes made elsewhere.</source>
        <translation>如何处理在别处所做的更改。</translation>
    </message>
    <message>
        <source>Drop the edits staged for a product (nothing is sent to the store).</source>
        <translation>丢弃为某个商品暂存的编辑（不会向店铺发送任何内容）。</translation>
    </message>
    <message>
        <source>List the store profiles.</source>
        <translation>列出店铺配置。</translation>
    </message>
    <message>
        <source>Add a store profile (shared with the Vitrine app).</source>
        <translation>添加店铺配置（与 Vitrine 应用共享）。</translation>
    </message>
    <message>
        <source>The profile holds no token: set VITRINE_TOKEN, or save the token in the Vitrine app&apos;s profile dialog (kept in the system keychain).</source>
        <translation>配置中不含令牌：请设置 VITRINE_TOKEN，或在 Vitrine 应用的配置对话框中保存令牌（保存在系统钥匙串中）。</translation>
    </message>
    <message>
        <source>generic, shopline, shoplazza, shopify or a custom dialect .json file.</source>
        <translation>generic、shopline、shoplazza、shopify 或自定义方言 .json 文件。</translation>
    </message>
    <message>
        <source>The URL before the dialect&apos;s documented path.</source>
        <translation>方言文档路径之前的 URL。</translation>
    </message>
    <message>
        <source>The API version (default: the dialect&apos;s).</source>
        <translation>API 版本（默认：方言的版本）。</translation>
    </message>
    <message>
        <source>How the store orders images, if not as its dialect says.</source>
        <translation>店铺排列图片的方式（如果与其方言所说的不同）。</translation>
    </message>
    <message>
        <source>Requests per second to stay under, if not the dialect&apos;s default.</source>
        <translation>每秒请求数上限（如果不是方言的默认值）。</translation>
    </message>
    <message>
        <source>Remove a store profile (and its saved token).</source>
        <translation>移除店铺配置（及其保存的令牌）。</translation>
    </message>
    <message>
        <source>Use a store profile (see &apos;vitrinectl profiles list&apos;).</source>
        <translation>使用店铺配置（参见“vitrinectl profiles list”）。</translation>
    </message>
    <message>
        <source>Store dialect: generic, shopline, shoplazza, shopify, or the path of a custom dialect file (.json).</source>
        <translation>店铺方言：generic、shopline、shoplazza、shopify，或自定义方言文件（.json）的路径。</translation>
    </message>
    <message>
        <source>The URL before the dialect&apos;s documented path: https://..., or http://127.0.0.1:PORT for a store on this computer.</source>
        <translation>方言文档路径之前的 URL：https://…，或本机上店铺的 http://127.0.0.1:PORT。</translation>
    </message>
    <message>
        <source>The dialect&apos;s API version (default: the dialect&apos;s own).</source>
        <translation>方言的 API 版本（默认：方言自己的版本）。</translation>
    </message>
    <message>
        <source>Check a custom dialect file, and its field names against a live store.</source>
        <translation>检查自定义方言文件，并用真实店铺核对其字段名。</translation>
    </message>
    <message>
        <source>The file is read as strictly as when a store is opened with it: every unknown key, section or placeholder and every wrong type is named with its line and column. With an address (--base-url, else the file&apos;s baseUrl) the store&apos;s answer for one product (--product, else the first listed) shows which mapped keys were found, which are missing and which keys no field maps. The token comes from VITRINE_TOKEN. Exit 1 on any problem.</source>
        <translation>文件的读取与用它打开店铺时一样严格：每个未知的键、节或占位符以及每个错误的类型都会连同行号和列号一起指出。给出地址时（--base-url，否则用文件中的 baseUrl），店铺对一个商品（--product，否则取列出的第一个）的响应会显示哪些映射的键已找到、哪些缺失，以及哪些键没有字段映射。令牌取自 VITRINE_TOKEN。有任何问题时退出码为 1。</translation>
    </message>
    <message>
        <source>The store&apos;s address (default: the file&apos;s baseUrl).</source>
        <translation>店铺地址（默认：文件中的 baseUrl）。</translation>
    </message>
    <message>
        <source>The product whose images are checked (default: the first listed).</source>
        <translation>要检查其图片的商品（默认：列出的第一个）。</translation>
    </message>
    <message>
        <source>the dialect file</source>
        <translation>方言文件</translation>
    </message>
    <message>
        <source>--base-url must be an address like https://shop.example.com, not &apos;%1&apos;.</source>
        <translation>--base-url 必须是类似 https://shop.example.com 的地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>Missing &apos;check&apos; after &apos;dialect&apos;.</source>
        <translation>“dialect”后缺少“check”。</translation>
    </message>
    <message>
        <source>Unknown dialect command &apos;%1&apos;: use check.</source>
        <translation>未知的 dialect 命令“%1”：请使用 check。</translation>
    </message>
    <message numerus="yes">
        <source>Fields of product %1 (%n image(s) in the store&apos;s answer):
</source>
        <translation>
            <numerusform>商品 %1 的字段（店铺响应中有 %n 张图片）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>found in %1 of %2</source>
        <translation>在 %2 张中的 %1 张里找到</translation>
    </message>
    <message>
        <source>MISSING — did you mean &quot;%1&quot;?</source>
        <translation>缺失——您是不是想写“%1”？</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>missing (allowed: the store may leave it out)</source>
        <translation>缺失（允许：店铺可以省略它）</translation>
    </message>
    <message>
        <source>Every key of the answer is mapped.
</source>
        <translation>响应中的每个键都已映射。
</translation>
    </message>
    <message>
        <source>Keys of the answer no field maps (kept as they are): %1
</source>
        <translation>响应中没有字段映射的键（保持原样）：%1
</translation>
    </message>
    <message>
        <source>%1: the dialect &quot;%2&quot; reads without problems.
</source>
        <translation>%1：方言“%2”读取无误。
</translation>
    </message>
    <message>
        <source>No store address (give --base-url, or baseUrl in the file): the field mapping was not checked against a store.
</source>
        <translation>没有店铺地址（请给出 --base-url，或在文件中写 baseUrl）：字段映射未用店铺核对。
</translation>
    </message>
    <message>
        <source>This store cannot list products: give --product ID to check the fields against.</source>
        <translation>此店铺无法列出商品：请用 --product ID 指定用来核对字段的商品。</translation>
    </message>
    <message>
        <source>The store lists no product: give --product ID to check the fields against.</source>
        <translation>店铺没有列出任何商品：请用 --product ID 指定用来核对字段的商品。</translation>
    </message>
    <message>
        <source>Product %1 has no images, so the field names cannot be checked; give --product with a product that has images.</source>
        <translation>商品 %1 没有图片，因此无法检查字段名；请用 --product 指定一个有图片的商品。</translation>
    </message>
    <message>
        <source>The mapping matches the store&apos;s answer.
</source>
        <translation>映射与店铺的响应相符。
</translation>
    </message>
    <message>
        <source>a publish was interrupted after %1 confirmed sent</source>
        <translation>一次发布在确认发送 %1 后被中断</translation>
    </message>
    <message>
        <source>%1 of them uncertain (looked for on the store before anything is sent again)</source>
        <translation>其中 %1 项不确定（再次发送之前会先在店铺上查找）</translation>
    </message>
    <message>
        <source>The edits could not be kept in the journal: %1</source>
        <translation>编辑无法保存在日志中：%1</translation>
    </message>
    <message>
        <source>The saved template &apos;%1&apos;: %2</source>
        <translation>已保存的模板“%1”：%2</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>该模板无法使用：%1</translation>
    </message>
    <message>
        <source>Apply alt text template</source>
        <translation>应用替代文本模板</translation>
    </message>
    <message numerus="yes">
        <source>Staged: %n alt text(s) for product %1 (&apos;vitrinectl pending %1&apos; lists them, &apos;vitrinectl publish %1&apos; publishes them).</source>
        <translation>
            <numerusform>已暂存：商品 %1 的 %n 条替代文本（&apos;vitrinectl pending %1&apos; 列出它们，&apos;vitrinectl publish %1&apos; 发布它们）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of product %1 written to %2.</source>
        <translation>
            <numerusform>商品 %1 的 %n 张图片已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading product %1 (%2 of %3)…</source>
        <translation>正在读取商品 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>Import alt text</source>
        <translation>导入替代文本</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>商品 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Staged: %n cell(s) (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</source>
        <translation>
            <numerusform>已暂存：%n 个单元格（&apos;vitrinectl pending&apos; 列出它们，&apos;vitrinectl publish&apos; 发布它们）。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, product %2, image %3 (place %4), %5</source>
        <translation>第 %1 行，商品 %2，图片 %3（位置 %4），%5</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>替代文本</translation>
    </message>
    <message>
        <source>place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>%1: exported &quot;%2&quot;, in the file &quot;%3&quot;, now &quot;%4&quot;</source>
        <translation>%1：导出时“%2”，文件中“%3”，现在“%4”</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（不在文件中）</translation>
    </message>
    <message>
        <source>product %1, image %2 (place %3): &quot;%4&quot; → &quot;%5&quot; [%6]</source>
        <translation>商品 %1，图片 %2（位置 %3）：“%4” → “%5” [%6]</translation>
    </message>
    <message>
        <source>Conflicts (changed on the store since the export; not staged):</source>
        <translation>冲突（导出后在店铺上被修改；未暂存）：</translation>
    </message>
    <message>
        <source>Lines skipped:</source>
        <translation>跳过的行：</translation>
    </message>
    <message>
        <source>Fill alt text from a template; without --stage, only show what it would write.</source>
        <translation>根据模板填写替代文本；不加 --stage 时只显示它会写入的内容。</translation>
    </message>
    <message>
        <source>The product whose gallery to fill.</source>
        <translation>要填写其图库的商品。</translation>
    </message>
    <message>
        <source>Which images to write (default: empty).</source>
        <translation>要写入哪些图片（默认：empty）。</translation>
    </message>
    <message>
        <source>Columns: product id, product title, image id, place, src, alt, variant, exported. Edit alt and place in a spreadsheet app, then &apos;vitrinectl import&apos;. Keep the &apos;exported&apos; column: it tells the import what you changed from what changed on the store.</source>
        <translation>列：product id、product title、image id、place、src、alt、variant、exported。在表格应用中编辑 alt 和 place，然后运行 &apos;vitrinectl import&apos;。请保留 &apos;exported&apos; 列：导入靠它区分您做的修改和店铺上的修改。</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>在文件开头写入 UTF-8 字节顺序标记（用于 Excel）。</translation>
    </message>
    <message>
        <source>Compare an edited alt text spreadsheet with the store; with --stage, stage its changes.</source>
        <translation>将编辑过的替代文本表格与店铺比较；加 --stage 时暂存其修改。</translation>
    </message>
    <message>
        <source>Each alt and place cell is compared three ways: as exported, in the file, on the store now. Cells you changed are staged; cells the store changed since the export too are conflicts: listed, never staged, and the exit code is 1. Lines that cannot be used (unknown images, bad places, text over the store&apos;s limit) are listed by line and skipped (exit 1 too).</source>
        <translation>每个 alt 和 place 单元格都做三方比较：导出时、文件中、店铺当前。您修改过的单元格会被暂存；导出后店铺也修改过的单元格属于冲突：会被列出、永不暂存，且退出码为 1。无法使用的行（未知图片、错误位置、超出店铺限制的文本）会按行号列出并跳过（退出码同样为 1）。</translation>
    </message>
    <message>
        <source>the template (or a saved template&apos;s name)</source>
        <translation>模板（或已保存模板的名称）</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>模板为空。</translation>
    </message>
    <message>
        <source>--mode must be empty, replace or append, not &apos;%1&apos;.</source>
        <translation>--mode 必须是 empty、replace 或 append，而不是“%1”。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>文件名为空。</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%2 个商品中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning: %1, %2</source>
        <translation>正在扫描：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery/galleries to read</source>
        <translation>
            <numerusform>待读取 %n 个图库</numerusform>
        </translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1, %2, alt text on %3 %.</source>
        <translation>%1，%2，%3% 有替代文本。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems: %1.</source>
        <translation>问题：%1。</translation>
    </message>
    <message>
        <source>Resumed the scan an earlier run began.</source>
        <translation>已继续之前开始的扫描。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) unchanged since the last scan (not read again).</source>
        <translation>
            <numerusform>%n 个商品自上次扫描以来未改变（未重新读取）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) no longer on the store left the catalog.</source>
        <translation>
            <numerusform>%n 个已不在店铺上的商品已移出目录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>扫描已停止：%1</translation>
    </message>
    <message>
        <source>What was read is kept; &apos;vitrinectl scan&apos; continues from there.</source>
        <translation>已读取的内容会保留；&apos;vitrinectl scan&apos; 会从那里继续。</translation>
    </message>
    <message>
        <source>Nothing is known of %1&apos;s catalog yet: run &apos;vitrinectl scan&apos; first.</source>
        <translation>尚不了解 %1 的目录：请先运行 &apos;vitrinectl scan&apos;。</translation>
    </message>
    <message>
        <source>Product %1 is not in the catalog of %2 (as of the last scan).</source>
        <translation>商品 %1 不在 %2 的目录中（以上次扫描为准）。</translation>
    </message>
    <message>
        <source>Checking pictures: %1 of %2…</source>
        <translation>正在检查图片：第 %1 张，共 %2 张…</translation>
    </message>
    <message>
        <source>Stopping the picture checks…</source>
        <translation>正在停止图片检查…</translation>
    </message>
    <message>
        <source>The picture checks could not be kept: %1</source>
        <translation>图片检查结果无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be checked: broken and tiny are not judged for them.</source>
        <translation>
            <numerusform>%n 张图片无法检查：不对它们判断是否损坏或过小。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the whole store into the local catalog (resumable, incremental).</source>
        <translation>将整个店铺读入本地目录（可续传，增量）。</translation>
    </message>
    <message>
        <source>Reads the product list and every gallery with the fewest requests the store allows, at its rate limit; progress on stderr. Ctrl+C stops after the request in flight and the next scan continues where it stopped. A scan again reads only the galleries of products the store marks as changed since.</source>
        <translation>以店铺允许的最少请求、按其速率限制读取商品列表和每个图库；进度输出到 stderr。Ctrl+C 会在当前请求完成后停止，下次扫描从停止处继续。再次扫描只读取店铺标记为此后有改动的商品的图库。</translation>
    </message>
    <message>
        <source>The gallery review&apos;s findings across the catalog of the last scan.</source>
        <translation>上次扫描所得目录中的图库审核结果。</translation>
    </message>
    <message>
        <source>Print CSV (one line per finding, as the review export).</source>
        <translation>输出 CSV（每条结果一行，与审核导出相同）。</translation>
    </message>
    <message>
        <source>Only these problems.</source>
        <translation>仅这些问题。</translation>
    </message>
    <message>
        <source>Only this product.</source>
        <translation>仅此商品。</translation>
    </message>
    <message>
        <source>Do not fetch pictures (broken/tiny judged only from earlier checks).</source>
        <translation>不获取图片（仅根据之前的检查判断损坏/过小）。</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>请在 --json 和 --csv 中选择一个。</translation>
    </message>
    <message numerus="yes">
        <source>Staged: %1 in %n product(s) (&apos;vitrinectl pending&apos; lists them, &apos;vitrinectl publish&apos; publishes them).</source>
        <translation>
            <numerusform>已暂存：%n 个商品中的 %1（&apos;vitrinectl pending&apos; 列出它们，&apos;vitrinectl publish&apos; 发布它们）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alt text(s)</source>
        <translation>
            <numerusform>%n 条替代文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) written to %2.</source>
        <translation>
            <numerusform>%n 个商品的 %1 已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last scan of %1 did not finish: this covers only what it read (&apos;vitrinectl scan&apos; continues it).</source>
        <translation>%1 的上次扫描未完成：这里只涵盖已读取的内容（&apos;vitrinectl scan&apos; 会继续扫描）。</translation>
    </message>
    <message>
        <source>TEMPLATE is the name of a template saved in the Vitrine app, or the template itself, e.g. &apos;{title} – {variant}, view {place} of {count}&apos; (placeholders and optional parts: docs/alttext.md). The preview lists each image it would change, old and new text, the length against the store&apos;s limit, and flags texts over the limit (never staged), the same as another image, or looking like a placeholder. --mode empty (the default) writes only images without alt text. Without --product it works on the local catalog of the last &apos;vitrinectl scan&apos; (every product, or with --problem the images the audit finds that problem for) and stages one step per product.</source>
        <translation>TEMPLATE 是在 Vitrine 应用中保存的模板名称，或模板本身，例如 &apos;{title} – {variant}, view {place} of {count}&apos;（占位符和可选部分：docs/alttext.md）。预览列出它会修改的每张图片、旧文本和新文本、相对于店铺限制的长度，并标出超出限制（永不暂存）、与其他图片相同或看起来像占位符的文本。--mode empty（默认）只写入没有替代文本的图片。不带 --product 时，它作用于上次 &apos;vitrinectl scan&apos; 的本地目录（每个商品，或带 --problem 时审核发现该问题的图片），并为每个商品暂存一个步骤。</translation>
    </message>
    <message>
        <source>Only the catalog&apos;s images with these problems (audit names).</source>
        <translation>仅目录中有这些问题的图片（审核中的名称）。</translation>
    </message>
    <message>
        <source>Write alt text as a spreadsheet, one row per image: a product&apos;s, or without --product every product of the local catalog.</source>
        <translation>将替代文本写成表格，每张图片一行：一个商品的，或不带 --product 时本地目录中每个商品的。</translation>
    </message>
    <message>
        <source>The product to export (default: the catalog of the last scan).</source>
        <translation>要导出的商品（默认：上次扫描的目录）。</translation>
    </message>
    <message>
        <source>Choose one of --product and --problem.</source>
        <translation>请在 --product 和 --problem 中选择一个。</translation>
    </message>
    <message>
        <source>Each product is judged as it will be published (its staged edits applied). Pictures not checked yet are fetched first (without the store&apos;s token) to judge broken-image and tiny-image, and hashed to find the same picture twice. Problems: missing-alt, alt-too-long, alt-verbose, alt-looks-like-file-name, duplicate-alt, duplicate-image, broken-image, tiny-image, duplicate-picture, duplicate-picture-across-products.</source>
        <translation>每个商品都按将要发布的样子（应用其暂存编辑后）评判。尚未检查的图片会先被获取（不带店铺令牌），以判断 broken-image 和 tiny-image，并计算哈希以找出重复出现的同一张图片。问题：missing-alt、alt-too-long、alt-verbose、alt-looks-like-file-name、duplicate-alt、duplicate-image、broken-image、tiny-image、duplicate-picture、duplicate-picture-across-products。</translation>
    </message>
    <message>
        <source>(empty here, left out: %1)</source>
        <translation>（此处为空，已省略：%1）</translation>
    </message>
    <message>
        <source>Stopping: no new request is sent; waiting for the answers to those already sent…</source>
        <translation>正在停止：不再发送新请求，正在等待已发送请求的响应…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails: made from the original images (the file has no &quot;thumbnails&quot; rule).
</source>
        <translation>缩略图：由原图生成（文件中没有 &quot;thumbnails&quot; 规则）。
</translation>
    </message>
    <message>
        <source>Thumbnails: the &quot;thumbnails&quot; rule makes no address of &quot;%1&quot;; the originals are fetched.
</source>
        <translation>缩略图：&quot;thumbnails&quot; 规则无法从 &quot;%1&quot; 生成地址；将获取原图。
</translation>
    </message>
    <message>
        <source>Thumbnails: %1 pixels wide, &quot;%2&quot; is asked for as &quot;%3&quot; (without the token); where that fails, the original is fetched.
</source>
        <translation>缩略图：宽 %1 像素时，&quot;%2&quot; 以 &quot;%3&quot; 请求（不带令牌）；失败时获取原图。
</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
</context>
</TS>
