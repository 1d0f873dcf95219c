<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EntitiesDock</name>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="320"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="354"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="354"/>
        <source>Entities of the document in the current reader tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="355"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="355"/>
        <source>Entities across the current search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="356"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="356"/>
        <source>Entities across the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="370"/>
        <source>Extract Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="372"/>
        <source>Find the zones, organisations, people and policies of every document again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="388"/>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="390"/>
        <source>Show All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="392"/>
        <source>Highlight in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="449"/>
        <source>Loading…</source>
        <translation type="unfinished">正在载入…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="460"/>
        <source>The entities could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="472"/>
        <source>No library is open.</source>
        <translation type="unfinished">没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="478"/>
        <source>Some documents&apos; entities are missing or out of date (the gazetteer changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="482"/>
        <source>Open a document to see its entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="484"/>
        <source>Search to see the entities of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="486"/>
        <source>No entities found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="488"/>
        <source>{count} mentions in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="491"/>
        <source>{count} mentions in {docs} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="502"/>
        <source>Extracting entities… {done} of {total} documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="91"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="92"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="93"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="94"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="95"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="96"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="160"/>
        <source>Also written: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="162"/>
        <source>{count} mentions in {docs} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="236"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities_dock.py" line="236"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="134"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="140"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="143"/>
        <source>Next match (F3)</source>
        <translation>下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="148"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="116"/>
        <location filename="../../ftz_desktop/ui/importing.py" line="132"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="128"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="140"/>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="150"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="156"/>
        <source>Added {added} · updated {updated} · unchanged {unchanged} · missing {missing} · failed {failed}</source>
        <translation>新增 {added} · 更新 {updated} · 未变 {unchanged} · 缺失 {missing} · 失败 {failed}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="169"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="184"/>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="184"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="187"/>
        <source>The import was cancelled; what was imported so far is kept.</source>
        <translation>导入已取消，已导入的文档会保留。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="189"/>
        <source>The import is done in {seconds:.1f} s.</source>
        <translation>导入完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="196"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="197"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="198"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="199"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="200"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="211"/>
        <source>Files that could not be imported, with the reason:</source>
        <translation>未能导入的文件及原因：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="217"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/importing.py" line="218"/>
        <source>Copy the summary and every failure with its reason</source>
        <translation>复制摘要及每个失败文件的原因</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="58"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="59"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="60"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="61"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="62"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="63"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/models.py" line="139"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ftz_desktop/ui/library_view.py" line="41"/>
        <source>Filter by title, date, source or path</source>
        <translation>按标题、日期、来源或路径筛选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library_view.py" line="101"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 篇</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="107"/>
        <source>FTZ Desktop</source>
        <translation>自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="119"/>
        <source>Search with Ctrl+K, or double-click a document below to read it.</source>
        <translation>按 Ctrl+K 检索，或双击下方文档阅读。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="143"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="183"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="186"/>
        <source>Import F&amp;iles…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="188"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="190"/>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例资料库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="191"/>
        <source>&amp;Open Library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="192"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="195"/>
        <source>Copy with &amp;Citation</source>
        <translation>带出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="198"/>
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="200"/>
        <source>Open &amp;Original File</source>
        <translation>打开原文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="202"/>
        <source>&amp;Search…</source>
        <translation>检索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="203"/>
        <source>&amp;Next Hit</source>
        <translation>下一处命中(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="204"/>
        <source>&amp;Previous Hit</source>
        <translation>上一处命中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="206"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="207"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="208"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="209"/>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="210"/>
        <source>Next &amp;Tab</source>
        <translation>下一个标签页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="212"/>
        <source>Previous Ta&amp;b</source>
        <translation>上一个标签页(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="214"/>
        <source>&amp;About FTZ Desktop</source>
        <translation>关于自贸区文献工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="217"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="225"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="228"/>
        <source>&amp;Search</source>
        <translation>检索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="231"/>
        <source>&amp;Recent Searches</source>
        <translation>最近检索(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="233"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="241"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="244"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="287"/>
        <source>Wait for the import to finish first.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="297"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="322"/>
        <source>Cannot open the library {path}: {error}</source>
        <translation>无法打开资料库 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="323"/>
        <source>No library</source>
        <translation>没有资料库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="330"/>
        <source>{name} — FTZ Desktop</source>
        <translation>{name} — 自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="372"/>
        <source>Open or Create Library</source>
        <translation>打开或新建资料库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="374"/>
        <source>Libraries (*.sqlite)</source>
        <translation>资料库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="248"/>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="391"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="249"/>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="398"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="400"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="408"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="412"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="459"/>
        <source>Import failed: {message}</source>
        <translation>导入失败：{message}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="549"/>
        <source>No recent searches</source>
        <translation>没有最近检索</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="558"/>
        <source>About FTZ Desktop</source>
        <translation>关于自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="559"/>
        <source>FTZ Desktop — an offline workbench for documents about China&apos;s pilot free trade zones.</source>
        <translation>自贸区文献工作台——研究中国自由贸易试验区文献的离线工具。</translation>
    </message>
</context>
<context>
    <name>ReaderTabs</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs.py" line="74"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="114"/>
        <source>— {cite}</source>
        <translation>——{cite}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="201"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="219"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="222"/>
        <source>Next hit (F3)</source>
        <translation>下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="227"/>
        <source>Open original</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="228"/>
        <source>Open the original file with the system&apos;s application</source>
        <translation>用系统默认程序打开原文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="274"/>
        <source>Copy with Citation</source>
        <translation>带出处复制</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="277"/>
        <source>Open Original File</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="295"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="297"/>
        <source>original file missing</source>
        <translation>原文件缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader.py" line="311"/>
        <source>This document cannot be shown</source>
        <translation>无法显示此文档</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/formatting.py" line="21"/>
        <source>1 document</source>
        <translation>共 1 篇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/formatting.py" line="22"/>
        <source>{count} documents</source>
        <translation>共 {count} 篇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/formatting.py" line="28"/>
        <source>1 hit</source>
        <translation>1 处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/formatting.py" line="29"/>
        <source>{count} hits</source>
        <translation>{count} 处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search.py" line="257"/>
        <source>Search all documents (Ctrl+K)</source>
        <translation>检索全部文档 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search.py" line="353"/>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search.py" line="366"/>
        <source>Type to search every document.

word word — both words
word OR word — either word
-word — without this word
&quot;a phrase&quot; — exactly this
title:word  date:2019  date:2019-08..2020-06</source>
        <translation>输入词语即可检索全部文档。

词 词 — 同时包含
词 OR 词 — 包含其一
-词 — 排除此词
&quot;短语&quot; — 完整匹配
title:词  date:2019  date:2019-08..2020-06</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search.py" line="386"/>
        <source>Search failed: {error}</source>
        <translation>检索失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search.py" line="405"/>
        <source>Nothing matches this query.</source>
        <translation>没有符合条件的文档。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="30"/>
        <source>Your library is empty</source>
        <translation>资料库还是空的</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="38"/>
        <source>Import the documents you collected about the pilot free trade zones —
text, Markdown, HTML, PDF and Word files. Everything stays on this computer.</source>
        <translation>导入你收集的自由贸易试验区资料——
纯文本、Markdown、HTML、PDF 和 Word 文件。所有内容都只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="45"/>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="46"/>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="47"/>
        <source>Open Sample Library</source>
        <translation>打开示例资料库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="77"/>
        <source>Importing… the documents appear here when the import is done.</source>
        <translation>正在导入……完成后文档会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/welcome.py" line="79"/>
        <source>You can also drop files or folders onto this window.</source>
        <translation>也可以把文件或文件夹拖到这个窗口里。</translation>
    </message>
</context>
</TS>
