<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/about.py" line="31"/>
        <source>About FTZ Desktop</source>
        <translation>关于自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="34"/>
        <source>FTZ Desktop</source>
        <translation>自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="38"/>
        <source>An offline workbench for documents about China&apos;s pilot free trade zones: search every passage, read side by side, see zones and figures, keep your notes. Nothing leaves this computer.</source>
        <translation>研究中国自由贸易试验区文献的离线工作台：检索每一处段落，并排阅读，查看自贸试验区及其数据，保存自己的笔记。所有内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="46"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="47"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="48"/>
        <source>Settings folder</source>
        <translation>设置文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="49"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="50"/>
        <source>Program files</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="53"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="55"/>
        <source>(none open)</source>
        <translation>（未打开）</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="57"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="59"/>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AnnotationCardDelegate</name>
    <message>
        <location filename="../../ui/annotations/panel.py" line="104"/>
        <source>Not found in the current text</source>
        <translation>在当前文本中未找到</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="211"/>
        <source>Your note (Ctrl+Enter to save, Esc to cancel)</source>
        <translation>你的笔记（Ctrl+Enter 保存，Esc 取消）</translation>
    </message>
</context>
<context>
    <name>AnnotationColors</name>
    <message>
        <location filename="../../ui/common/colors.py" line="22"/>
        <source>Yellow</source>
        <extracomment>Background of a highlight (light enough for dark text), then of the selected one, then the swatch / underline shade.</extracomment>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../ui/common/colors.py" line="23"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../ui/common/colors.py" line="24"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../ui/common/colors.py" line="25"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../ui/common/colors.py" line="26"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../ui/annotations/commands.py" line="151"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="153"/>
        <source>Add Tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="155"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="193"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="195"/>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="197"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="248"/>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="250"/>
        <source>Delete Annotations</source>
        <translation>删除多条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="273"/>
        <source>Re-attach Annotation</source>
        <translation>重新定位标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="294"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="295"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="296"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/commands.py" line="328"/>
        <source>Tag Document</source>
        <translation>为文档加标签</translation>
    </message>
</context>
<context>
    <name>AnnotationIO</name>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="55"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="56"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="57"/>
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="104"/>
        <source>Annotations backed up to {path}</source>
        <translation>标注已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="108"/>
        <source>Imported {added} annotations ({orphaned} not found in the current text), {duplicates} already here, {tags} document tags added</source>
        <translation>已导入 {added} 条标注（其中 {orphaned} 条在当前文本中未找到），{duplicates} 条已存在，新增文档标签 {tags} 个</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="114"/>
        <source>; {count} not imported</source>
        <translation>；{count} 条未导入</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="121"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="145"/>
        <source>There are no annotations to export.</source>
        <translation>没有可导出的标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="148"/>
        <source>Export {count} Annotations</source>
        <translation>导出 {count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="177"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="180"/>
        <source>Exported {count} annotations to {path}</source>
        <translation>已将 {count} 条标注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="187"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="189"/>
        <source>W3C Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>W3C Web Annotation JSON (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="197"/>
        <location filename="../../ui/annotations/transfer.py" line="204"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="199"/>
        <source>Importing annotations…</source>
        <translation>正在导入标注…</translation>
    </message>
</context>
<context>
    <name>AnnotationWorkbench</name>
    <message>
        <source>Documents</source>
        <translation type="vanished">文档</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="vanished">标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="154"/>
        <source>Highlight in {colour}</source>
        <translation>用{colour}高亮</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="162"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="163"/>
        <source>Add &amp;Tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="164"/>
        <source>&amp;Delete Annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="165"/>
        <source>&amp;Re-attach to Selection</source>
        <translation>重新定位到所选文本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="166"/>
        <source>Tag &amp;Document…</source>
        <translation>为文档加标签(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="167"/>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="168"/>
        <source>Show &amp;All Annotations</source>
        <translation>显示全部标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="169"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="170"/>
        <source>I&amp;mport Annotations…</source>
        <translation>导入标注(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="171"/>
        <source>&amp;Back Up Annotations Now</source>
        <translation>立即备份标注(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="175"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="294"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="301"/>
        <source>The annotation could not be saved: {error}</source>
        <translation>标注未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="405"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="420"/>
        <location filename="../../ui/annotations/workbench.py" line="436"/>
        <location filename="../../ui/annotations/workbench.py" line="452"/>
        <source>Select text in the reader first.</source>
        <translation>请先在阅读器中选中文字。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="444"/>
        <source>Tag Passage</source>
        <translation>为摘录加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="465"/>
        <source>Choose an annotation in the reader, the annotation panel or the Annotations tab.</source>
        <translation>请在阅读器、标注面板或“标注”页中选择一条标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="483"/>
        <source>Choose an annotation of this document in the annotation panel first.</source>
        <translation>请先在标注面板中选择本文档的一条标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="486"/>
        <source>Select the passage in the reader to re-attach the annotation to.</source>
        <translation>请在阅读器中选中要重新定位到的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="516"/>
        <location filename="../../ui/annotations/workbench.py" line="520"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="519"/>
        <source>Add tags to {count} annotations</source>
        <translation>为 {count} 条标注添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="551"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="555"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="555"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="566"/>
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="566"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="568"/>
        <source>Add Tags…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="568"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="571"/>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="575"/>
        <source>Re-attach Chosen Annotation Here</source>
        <translation>将所选标注重新定位到此处</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="617"/>
        <source>Tag Document</source>
        <translation>为文档加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="623"/>
        <source>Add tags to {count} documents</source>
        <translation>为 {count} 篇文档添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="624"/>
        <source>Tag Documents</source>
        <translation>为文档加标签</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../ui/annotations/model.py" line="84"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="85"/>
        <source>Passage</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="86"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="87"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="88"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="89"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="181"/>
        <source>The passage was not found when the document changed; select new text to re-attach it.</source>
        <translation>文档更新后未找到这段原文；请选中新的文字重新定位。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/model.py" line="212"/>
        <source>orphaned</source>
        <translation>未定位</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../ui/annotations/panel.py" line="328"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="351"/>
        <source>Select text in the reader and pick a colour to highlight it.</source>
        <translation>在阅读器中选中文字，再选一种颜色即可高亮。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="353"/>
        <location filename="../../ui/annotations/panel.py" line="495"/>
        <source>Re-attach to Selection</source>
        <translation>重新定位到所选文本</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="355"/>
        <source>Attach the chosen annotation to the text selected in the reader (Ctrl+Shift+R)</source>
        <translation>把所选标注定位到阅读器中选中的文字 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="360"/>
        <source>Double-click a card to edit its note, or its tags line to edit the tags.</source>
        <translation>双击卡片编辑笔记，双击标签行编辑标签。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="397"/>
        <source>Open a document to see its annotations.</source>
        <translation>打开一篇文档即可查看其标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="399"/>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="403"/>
        <source>{count} not found in the current text: choose one, select its passage in the reader and re-attach it.</source>
        <translation>{count} 条在当前文本中未找到：选中一条，在阅读器中选中对应文字，然后重新定位。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="486"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="487"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="489"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="498"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AnnotationsTab</name>
    <message>
        <location filename="../../ui/annotations/tab.py" line="91"/>
        <source>Filter by passage, note or tag</source>
        <translation>按摘录、笔记或标签筛选</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="95"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="99"/>
        <source>Orphans only</source>
        <translation>仅未定位</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="101"/>
        <source>Only the annotations whose passage was not found after their document changed, to re-attach them</source>
        <translation>只显示文档更新后未找到原文的标注，以便重新定位</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="112"/>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="113"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="214"/>
        <source>Cannot list the annotations: {error}</source>
        <translation>无法列出标注：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="234"/>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="236"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 条</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="241"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="254"/>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="281"/>
        <source>Open in Reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="283"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="285"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="286"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="292"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/common/crash.py" line="81"/>
        <source>FTZ Desktop — Unexpected Error</source>
        <translation>自贸区文献工作台——意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="87"/>
        <source>&lt;b&gt;Something went wrong inside FTZ Desktop.&lt;/b&gt;&lt;br&gt;Your library is safe: every edit is saved as you make it. You can go on working, or restart the program if something no longer responds.</source>
        <translation>&lt;b&gt;自贸区文献工作台内部出现了问题。&lt;/b&gt;&lt;br&gt;你的资料库是安全的：每一次编辑在做出时就已保存。你可以继续工作；如果某些功能不再响应，请重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="99"/>
        <source>Details are in the log: {path}</source>
        <translation>详细信息见日志：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="112"/>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="114"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="136"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/crash.py" line="140"/>
        <source>%n more error(s) since; see the log.</source>
        <translation>
            <numerusform>此后又出现 %n 个错误，详见日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitiesDock</name>
    <message>
        <location filename="../../ui/entities/dock.py" line="325"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="359"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="359"/>
        <source>Entities of the document in the current reader tab</source>
        <translation>当前阅读标签页中文档的实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="360"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="360"/>
        <source>Entities across the current search results</source>
        <translation>当前搜索结果中的实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="361"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="361"/>
        <source>Entities across the whole library</source>
        <translation>整个资料库中的实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="376"/>
        <source>Extract Entities</source>
        <translation>提取实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="378"/>
        <source>Find the zones, organisations, people and policies of every document again</source>
        <translation>重新找出每篇文档中的自贸区、机构、人物和政策文件</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="394"/>
        <source>Copy Name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="396"/>
        <source>Show All Documents</source>
        <translation>显示所有相关文档</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="398"/>
        <source>Highlight in Document</source>
        <translation>在文档中高亮</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="455"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="470"/>
        <source>The entities could not be loaded: {error}</source>
        <translation>无法载入实体：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="482"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="490"/>
        <source>Open a document to see its entities.</source>
        <translation>打开一篇文档以查看其实体。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="492"/>
        <source>Search to see the entities of the results.</source>
        <translation>搜索后可查看结果中的实体。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="494"/>
        <source>No entities found.</source>
        <translation>没有找到实体。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="496"/>
        <source>{count} mentions in this document</source>
        <translation>本文档中共 {count} 次提及</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="499"/>
        <source>{count} mentions in {docs} documents</source>
        <translation>{docs} 篇文档中共 {count} 次提及</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="510"/>
        <source>Extracting entities… {done} of {total} documents</source>
        <translation>正在提取实体… {done} / {total} 篇文档</translation>
    </message>
    <message>
        <source>Some documents&apos; entities and figures are missing or out of date (new extraction rules or a changed gazetteer).</source>
        <translation>部分文档的实体和数据缺失或已过时（提取规则更新或地名表有变动）。</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../ui/entities/dock.py" line="95"/>
        <source>Zones</source>
        <translation>自贸区</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="96"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="97"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="98"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="99"/>
        <source>Policies</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="100"/>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="169"/>
        <source>Also written: {forms}</source>
        <translation>其他写法：{forms}</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="171"/>
        <source>{count} mentions in {docs} documents</source>
        <translation>{docs} 篇文档中出现 {count} 次</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="245"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="245"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>{own} naming the zone, {areas} naming its areas</source>
        <translation>直接提及本区 {own} 次，提及其片区 {areas} 次</translation>
    </message>
    <message>
        <source>All pilot free trade zones together (全国自贸试验区, 21个自贸试验区…)</source>
        <translation>全部自贸试验区合计（全国自贸试验区、21个自贸试验区……）</translation>
    </message>
    <message>
        <source>Not in the gazetteer: named as the documents write it</source>
        <translation>地名表中没有此片区：按文档中的写法列出</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/reader/view.py" line="102"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="108"/>
        <source>Previous match ({keys})</source>
        <translation>上一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="111"/>
        <source>Next match ({keys})</source>
        <translation>下一处 ({keys})</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="vanished">上一处 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="vanished">下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="116"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../ui/help/pages.py" line="62"/>
        <source>Enter, double-click</source>
        <translation>回车、双击</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="63"/>
        <source>open the selected search result or document</source>
        <translation>打开选中的检索结果或文档</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="66"/>
        <source>Up, Down</source>
        <translation>上、下方向键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="67"/>
        <source>from the search box into the results and back</source>
        <translation>在检索框和检索结果之间移动</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="70"/>
        <source>Middle-click on a tab</source>
        <translation>在标签页上点击鼠标中键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="71"/>
        <source>close the reader tab</source>
        <translation>关闭阅读标签页</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="74"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="75"/>
        <source>close the find bar or the annotation bar</source>
        <translation>关闭查找栏或标注工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="79"/>
        <source>finish a note or the tags being edited</source>
        <translation>完成正在编辑的笔记或标签</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="85"/>
        <location filename="../../ui/help/pages.py" line="139"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="86"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="87"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="88"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="89"/>
        <source>Other keys</source>
        <translation>其他按键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="144"/>
        <source>Search Syntax</source>
        <translation>检索语法</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../ui/library/importing.py" line="119"/>
        <location filename="../../ui/library/importing.py" line="135"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="131"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="143"/>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="153"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/library/importing.py" line="159"/>
        <source>Added {added} · updated {updated} · unchanged {unchanged} · missing {missing} · failed {failed}</source>
        <translation>新增 {added} · 更新 {updated} · 未变 {unchanged} · 缺失 {missing} · 失败 {failed}</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="172"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/library/importing.py" line="187"/>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="187"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="190"/>
        <source>The import was cancelled; what was imported so far is kept.</source>
        <translation>导入已取消，已导入的文档会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="192"/>
        <source>The import is done in {seconds:.1f} s.</source>
        <translation>导入完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="199"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="200"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="201"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="202"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="203"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="214"/>
        <source>Files that could not be imported, with the reason:</source>
        <translation>未能导入的文件及原因：</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="220"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="221"/>
        <source>Copy the summary and every failure with its reason</source>
        <translation>复制摘要及每个失败文件的原因</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="54"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="55"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="56"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="57"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="58"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="59"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="135"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library/view.py" line="44"/>
        <source>Filter by title, date, source or path</source>
        <translation>按标题、日期、来源或路径筛选</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="91"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 篇</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="113"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="115"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="115"/>
        <source>Tag {count} Documents…</source>
        <translation>为 {count} 篇文档加标签…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="87"/>
        <source>FTZ Desktop</source>
        <translation>自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="99"/>
        <source>Search with Ctrl+K, or double-click a document below to read it.</source>
        <translation>按 Ctrl+K 检索，或双击下方文档阅读。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="127"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="173"/>
        <source>Import F&amp;iles…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="175"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="177"/>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例资料库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="178"/>
        <source>&amp;Open Library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="182"/>
        <source>Copy with &amp;Citation</source>
        <translation>带出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="184"/>
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="185"/>
        <source>Open &amp;Original File</source>
        <translation>打开原文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="187"/>
        <source>&amp;Search…</source>
        <translation>检索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="188"/>
        <source>&amp;Next Hit</source>
        <translation>下一处命中(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="189"/>
        <source>&amp;Previous Hit</source>
        <translation>上一处命中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="191"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="192"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="194"/>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="195"/>
        <source>Next &amp;Tab</source>
        <translation>下一个标签页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197"/>
        <source>Previous Ta&amp;b</source>
        <translation>上一个标签页(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="199"/>
        <source>&amp;About FTZ Desktop</source>
        <translation>关于自贸区文献工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="202"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="204"/>
        <source>Search S&amp;yntax</source>
        <translation>检索语法(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="207"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="215"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="218"/>
        <source>&amp;Search</source>
        <translation>检索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="221"/>
        <source>&amp;Recent Searches</source>
        <translation>最近检索(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="223"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="226"/>
        <source>&amp;Zones</source>
        <translation>自贸区数据(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="233"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="251"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="264"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="326"/>
        <source>Wait for the import to finish first.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="333"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="341"/>
        <source>Cannot open the library {path}: {error}</source>
        <translation>无法打开资料库 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="342"/>
        <source>No library</source>
        <translation>没有资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="349"/>
        <source>{name} — FTZ Desktop</source>
        <translation>{name} — 自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="372"/>
        <source>Open or Create Library</source>
        <translation>打开或新建资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="374"/>
        <source>Libraries (*.sqlite)</source>
        <translation>资料库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="268"/>
        <location filename="../../ui/mainwindow.py" line="394"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="269"/>
        <location filename="../../ui/mainwindow.py" line="401"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="403"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="411"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="415"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="464"/>
        <source>Import failed: {message}</source>
        <translation>导入失败：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="499"/>
        <source>Zones</source>
        <translation>自贸区数据</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="581"/>
        <source>No recent searches</source>
        <translation>没有最近检索</translation>
    </message>
    <message>
        <source>About FTZ Desktop</source>
        <translation type="vanished">关于自贸区文献工作台</translation>
    </message>
    <message>
        <source>FTZ Desktop — an offline workbench for documents about China&apos;s pilot free trade zones.</source>
        <translation type="vanished">自贸区文献工作台——研究中国自由贸易试验区文献的离线工具。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/annotations/tag_input.py" line="75"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_input.py" line="83"/>
        <source>Your note on this passage</source>
        <translation>对这段文字的笔记</translation>
    </message>
</context>
<context>
    <name>ReaderTabs</name>
    <message>
        <location filename="../../ui/reader/tabs.py" line="95"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader/highlights.py" line="47"/>
        <source>No note</source>
        <translation>没有笔记</translation>
    </message>
    <message>
        <location filename="../../ui/reader/highlights.py" line="91"/>
        <location filename="../../ui/reader/highlights.py" line="241"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/highlights.py" line="92"/>
        <source>Give this document tags (Ctrl+Shift+D)</source>
        <translation>给这篇文档加标签 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/highlights.py" line="241"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="82"/>
        <source>— {cite}</source>
        <translation>——{cite}</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="208"/>
        <source>Loading…</source>
        <extracomment>called with (menu, reader) to add the annotation actions to the context menu</extracomment>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="vanished">上一处 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="vanished">下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="226"/>
        <source>Previous hit ({keys})</source>
        <translation>上一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="229"/>
        <source>Next hit ({keys})</source>
        <translation>下一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="234"/>
        <source>Open original</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="235"/>
        <source>Open the original file with the system&apos;s application</source>
        <translation>用系统默认程序打开原文件</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="272"/>
        <source>Copy with Citation</source>
        <translation>带出处复制</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="275"/>
        <source>Open Original File</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="293"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="295"/>
        <source>original file missing</source>
        <translation>原文件缺失</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="311"/>
        <source>This document cannot be shown</source>
        <translation>无法显示此文档</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/common/formatting.py" line="21"/>
        <source>1 document</source>
        <translation>共 1 篇</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="22"/>
        <source>{count} documents</source>
        <translation>共 {count} 篇</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="28"/>
        <source>1 hit</source>
        <translation>1 处</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="29"/>
        <source>{count} hits</source>
        <translation>{count} 处</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="291"/>
        <source>Search all documents (Ctrl+K)</source>
        <translation>检索全部文档 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="334"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="336"/>
        <location filename="../../ui/search/panel.py" line="497"/>
        <location filename="../../ui/search/panel.py" line="510"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="337"/>
        <source>Annotations whose note or passage matches the query</source>
        <translation>笔记或摘录与查询匹配的标注</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="415"/>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="428"/>
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
        <location filename="../../ui/search/panel.py" line="448"/>
        <source>Search failed: {error}</source>
        <translation>检索失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="468"/>
        <source>Nothing matches this query.</source>
        <translation>没有符合条件的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="469"/>
        <source>Documents ({count})</source>
        <translation>文档 ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="498"/>
        <source>The notes could not be searched.</source>
        <translation>无法搜索笔记。</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="504"/>
        <source>Notes ({count})</source>
        <translation>笔记 ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="505"/>
        <source>No note or highlighted passage matches this query.</source>
        <translation>没有与此查询匹配的笔记或高亮摘录。</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="51"/>
        <source>Highlight in {colour} ({keys})</source>
        <translation>用{colour}高亮 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="60"/>
        <location filename="../../ui/reader/selection_bar.py" line="82"/>
        <location filename="../../ui/reader/selection_bar.py" line="92"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="61"/>
        <source>Add a note ({keys})</source>
        <translation>添加笔记 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="63"/>
        <location filename="../../ui/reader/selection_bar.py" line="83"/>
        <location filename="../../ui/reader/selection_bar.py" line="93"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="64"/>
        <source>Add tags ({keys})</source>
        <translation>添加标签 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="68"/>
        <source>Delete the highlight (Delete)</source>
        <translation>删除这条高亮 (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="92"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="94"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="103"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="103"/>
        <source>Passages</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="103"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="119"/>
        <source>Nest tags with / (政策/金融 is under 政策). Every change can be undone (Ctrl+Z).</source>
        <translation>用 / 嵌套标签（政策/金融 属于 政策）。每项更改都可以撤销 (Ctrl+Z)。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="123"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="125"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="127"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="129"/>
        <source>Show Annotations</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="131"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="135"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="217"/>
        <location filename="../../ui/annotations/tag_manager.py" line="233"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="217"/>
        <source>New name for “{tag}”:</source>
        <translation>“{tag}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="224"/>
        <location filename="../../ui/annotations/tag_manager.py" line="248"/>
        <location filename="../../ui/annotations/tag_manager.py" line="258"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="225"/>
        <source>There is already a tag “{tag}”. Merge “{old}” into it?</source>
        <translation>已有标签“{tag}”。要把“{old}”合并进去吗？</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="235"/>
        <source>Rename “{old}” to “{new}”? This changes {anns} passages and {docs} documents (tags nested below it are renamed too).</source>
        <translation>把“{old}”重命名为“{new}”？这会改动 {anns} 条摘录和 {docs} 篇文档（其下的嵌套标签也一并重命名）。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="247"/>
        <source>Merge {tags} into the tag:</source>
        <translation>把 {tags} 合并到标签：</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="259"/>
        <source>Put the {anns} passages and {docs} documents tagged {tags} under “{into}”?</source>
        <translation>把带有 {tags} 标签的 {anns} 条摘录和 {docs} 篇文档归入“{into}”？</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="276"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tag_manager.py" line="278"/>
        <source>Remove “{tag}” (and the tags nested below it) from {anns} passages and {docs} documents? The passages and documents stay. You can undo this.</source>
        <translation>从 {anns} 条摘录和 {docs} 篇文档上移除“{tag}”（及其下的嵌套标签）？摘录和文档本身保留。此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../ui/annotations/tag_input.py" line="121"/>
        <source>Separate tags with commas; nest them with / (政策/金融).</source>
        <translation>多个标签用逗号分隔；用 / 嵌套（政策/金融）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/library/welcome.py" line="25"/>
        <source>Your library is empty</source>
        <translation>资料库还是空的</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="33"/>
        <source>Import the documents you collected about the pilot free trade zones —
text, Markdown, HTML, PDF and Word files. Everything stays on this computer.</source>
        <translation>导入你收集的自由贸易试验区资料——
纯文本、Markdown、HTML、PDF 和 Word 文件。所有内容都只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="40"/>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="41"/>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="42"/>
        <source>Open Sample Library</source>
        <translation>打开示例资料库</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="72"/>
        <source>Importing… the documents appear here when the import is done.</source>
        <translation>正在导入……完成后文档会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="74"/>
        <source>You can also drop files or folders onto this window.</source>
        <translation>也可以把文件或文件夹拖到这个窗口里。</translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../ui/zones/view.py" line="170"/>
        <source>Over time</source>
        <translation>时间趋势</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="179"/>
        <source>Exclude / Include</source>
        <translation>排除 / 恢复</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="276"/>
        <source>Could not read the figures: {e}</source>
        <translation>无法读取数据：{e}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="418"/>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="423"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>One measure across zones, or across the areas of one zone</source>
        <translation>比较各自贸区（或同一自贸区各片区）的同一指标</translation>
    </message>
    <message>
        <source>Measures of zones or areas on a time axis</source>
        <translation>在时间轴上查看自贸区或片区的指标</translation>
    </message>
    <message>
        <source>Compare zones, or the areas of one zone (never both in one chart)</source>
        <translation>比较各自贸区，或同一自贸区的各片区（两者不在同一张图中）</translation>
    </message>
    <message>
        <source>Yearly, half-yearly, cumulative… figures are never mixed</source>
        <translation>年度、半年、累计等不同时期类型的数据从不混在一起</translation>
    </message>
    <message>
        <source>The period charted; by default the one most places report</source>
        <translation>图中的时期；默认为报告地区最多的时期</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as Image (PNG, SVG)…</source>
        <translation>图表导出为图片（PNG、SVG）…</translation>
    </message>
    <message>
        <source>The chart with its title, units, periods and sources</source>
        <translation>附标题、单位、时期和来源的图表</translation>
    </message>
    <message>
        <source>Records as CSV…</source>
        <translation>记录导出为 CSV…</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period kind</source>
        <translation>时期类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Tick zones or areas and measures on the left.</source>
        <translation>在左侧勾选自贸区或片区以及指标。</translation>
    </message>
    <message>
        <source>Zones and areas</source>
        <translation>自贸区和片区</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>All records of this chart</source>
        <translation>本图全部记录</translation>
    </message>
    <message>
        <source>Charted</source>
        <translation>已绘制</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未绘制</translation>
    </message>
    <message>
        <source>Mark the selected record wrong (or right again); remembered</source>
        <translation>将所选记录标为错误（或恢复）；会被记住</translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation>采用此数值</translation>
    </message>
    <message>
        <source>Where documents disagree, chart the selected record&apos;s value (remembered)</source>
        <translation>文档数值不一致时，在图中采用所选记录的数值（会被记住）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>{n} figures in the library</source>
        <translation>资料库中共 {n} 条数据</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>各自贸区</translation>
    </message>
    <message>
        <source>Areas of {zone} ({n})</source>
        <translation>{zone}各片区（{n}）</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>{measure} · {kind}</source>
        <translation>{measure} · {kind}</translation>
    </message>
    <message>
        <source>({n} figures, {p} places)</source>
        <translation>（{n} 条数据，{p} 个地区）</translation>
    </message>
    <message>
        <source>No figures yet: import documents about the zones.</source>
        <translation>尚无数据：请导入有关自贸区的文档。</translation>
    </message>
    <message>
        <source>None of this measure&apos;s figures can be charted here: see the reasons below.</source>
        <translation>此指标没有可以在此绘制的数据：原因见下方。</translation>
    </message>
    <message>
        <source>Tick at least one zone or area and one measure.</source>
        <translation>请至少勾选一个自贸区或片区和一个指标。</translation>
    </message>
    <message>
        <source>No figures of these measures for these places.</source>
        <translation>这些地区没有这些指标的数据。</translation>
    </message>
    <message>
        <source>across zones</source>
        <translation>各自贸区比较</translation>
    </message>
    <message>
        <source>across the areas of {zone}</source>
        <translation>{zone}各片区比较</translation>
    </message>
    <message>
        <source>{measure} ({kind}) · {period} · {scope}</source>
        <translation>{measure}（{kind}）· {period} · {scope}</translation>
    </message>
    <message>
        <source>{places}: {measures} over time</source>
        <translation>{places}：{measures}时间趋势</translation>
    </message>
    <message>
        <source>{measure} ({kind})</source>
        <translation>{measure}（{kind}）</translation>
    </message>
    <message>
        <source>1 place charted</source>
        <translation>已绘制 1 个地区</translation>
    </message>
    <message>
        <source>{n} places charted</source>
        <translation>已绘制 {n} 个地区</translation>
    </message>
    <message>
        <source>{lines} lines, {n} points</source>
        <translation>{lines} 条线，{n} 个点</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{n} records left out ({detail})</source>
        <translation>{n} 条记录未绘制（{detail}）</translation>
    </message>
    <message>
        <source>show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>⚠ documents disagree on one value: hover to compare, choose in the table</source>
        <translation>⚠ 有 1 个数值各文档不一致：悬停可比较，可在表格中选择</translation>
    </message>
    <message>
        <source>⚠ documents disagree on {n} values: hover to compare, choose in the table</source>
        <translation>⚠ 有 {n} 个数值各文档不一致：悬停可比较，可在表格中选择</translation>
    </message>
    <message>
        <source>Documents disagree ({n} values); charted: the {which}.</source>
        <translation>各文档数值不一致（{n} 个数值）；图中采用{which}。</translation>
    </message>
    <message>
        <source>value you chose</source>
        <translation>您选择的数值</translation>
    </message>
    <message>
        <source>latest document&apos;s</source>
        <translation>最新文档的数值</translation>
    </message>
    <message>
        <source>1 more sentence agrees.</source>
        <translation>另有 1 句与此一致。</translation>
    </message>
    <message>
        <source>{n} more sentences agree.</source>
        <translation>另有 {n} 句与此一致。</translation>
    </message>
    <message>
        <source>written {value}</source>
        <translation>原文 {value}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>标签：{label}</translation>
    </message>
    <message>
        <source>Click to open the document at this sentence.</source>
        <translation>单击可打开文档并定位到此句。</translation>
    </message>
    <message>
        <source>Measure: {measure} ({category}, {kind}); unit: {unit}</source>
        <translation>指标：{measure}（{category}，{kind}）；单位：{unit}</translation>
    </message>
    <message>
        <source>Period: {period} ({kind}); {n} places; {left} records of the measure left out</source>
        <translation>时期：{period}（{kind}）；{n} 个地区；该指标另有 {left} 条记录未绘制</translation>
    </message>
    <message>
        <source>{place} · {measure} ({kind}): {first} – {last}</source>
        <translation>{place} · {measure}（{kind}）：{first}至{last}</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>{measure} · {category} ({n})</source>
        <translation>{measure} · {category}（{n}）</translation>
    </message>
    <message>
        <source>What is counted, with the number of zones or areas it reaches; those reaching most first</source>
        <translation>统计的内容，括号内为覆盖的自贸区或片区数；覆盖最多的排在前面</translation>
    </message>
    <message>
        <source>{reason}: {n}</source>
        <translation>{reason} {n} 条</translation>
    </message>
</context>
<context>
    <name>ZonesText</name>
    <message>
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>foreign-invested enterprises</source>
        <translation>外资企业</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>institutional innovation</source>
        <translation>制度创新</translation>
    </message>
    <message>
        <source>pilot tasks</source>
        <translation>试点任务</translation>
    </message>
    <message>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>单日</translation>
    </message>
    <message>
        <source>span of time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>level at a date</source>
        <translation>时点存量</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <source>level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>rate of change</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>以内</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>part of a total</source>
        <translation>其中部分</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>another kind of period ({kind})</source>
        <translation>其他时期类型（{kind}）</translation>
    </message>
    <message>
        <source>another period ({period})</source>
        <translation>其他时期（{period}）</translation>
    </message>
    <message>
        <source>another unit ({unit})</source>
        <translation>其他单位（{unit}）</translation>
    </message>
    <message>
        <source>documents disagree: {value} is charted</source>
        <translation>文档数值不一致：图中为 {value}</translation>
    </message>
    <message>
        <source>agrees with the charted {value}</source>
        <translation>与图中的 {value} 一致</translation>
    </message>
    <message>
        <source>charted</source>
        <translation>已绘制</translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation>已被您排除</translation>
    </message>
    <message>
        <source>no zone found</source>
        <translation>未识别出自贸区</translation>
    </message>
    <message>
        <source>all pilot FTZs together</source>
        <translation>全国自贸试验区合计</translation>
    </message>
    <message>
        <source>an area&apos;s figure</source>
        <translation>片区数据</translation>
    </message>
    <message>
        <source>the zone&apos;s own figure</source>
        <translation>自贸区整体数据</translation>
    </message>
    <message>
        <source>a target, not a result</source>
        <translation>目标值，非实绩</translation>
    </message>
    <message>
        <source>part of a larger figure</source>
        <translation>某个总数中的一部分</translation>
    </message>
    <message>
        <source>a rate of change</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>a share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>a level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>another series ({detail})</source>
        <translation>其他序列（{detail}）</translation>
    </message>
    <message>
        <source>without zone</source>
        <translation>无自贸区</translation>
    </message>
    <message>
        <source>areas&apos; figures</source>
        <translation>片区数据</translation>
    </message>
    <message>
        <source>the zone&apos;s own</source>
        <translation>自贸区整体数据</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>parts of totals</source>
        <translation>部分数</translation>
    </message>
    <message>
        <source>shares or rates</source>
        <translation>占比或增速</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>without period</source>
        <translation>无时期</translation>
    </message>
    <message>
        <source>another kind of period</source>
        <translation>其他时期类型</translation>
    </message>
    <message>
        <source>another period</source>
        <translation>其他时期</translation>
    </message>
    <message>
        <source>disagreeing values</source>
        <translation>不一致数值</translation>
    </message>
    <message>
        <source>agreeing values</source>
        <translation>一致的重复数值</translation>
    </message>
    <message>
        <source>other series</source>
        <translation>其他序列</translation>
    </message>
    <message>
        <source>{y}</source>
        <translation>{y}年</translation>
    </message>
    <message>
        <source>H1 {y}</source>
        <translation>{y}年上半年</translation>
    </message>
    <message>
        <source>H2 {y}</source>
        <translation>{y}年下半年</translation>
    </message>
    <message>
        <source>Q1 {y}</source>
        <translation>{y}年第一季度</translation>
    </message>
    <message>
        <source>Q2 {y}</source>
        <translation>{y}年第二季度</translation>
    </message>
    <message>
        <source>Q3 {y}</source>
        <translation>{y}年第三季度</translation>
    </message>
    <message>
        <source>Q4 {y}</source>
        <translation>{y}年第四季度</translation>
    </message>
    <message>
        <source>{mon} {y}</source>
        <translation>{y}年{m}月</translation>
    </message>
    <message>
        <source>{d} {mon} {y}</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <source>{mon1}–{mon2} {y}</source>
        <translation>{y}年{m1}—{m2}月</translation>
    </message>
    <message>
        <source>{d1} {mon1} – {d2} {mon2} {y}</source>
        <translation>{y}年{m1}月{d1}日至{m2}月{d2}日</translation>
    </message>
    <message>
        <source>{y1}–{y2}</source>
        <translation>{y1}—{y2}年</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>{start} to {end}, cumulative</source>
        <translation>{start}至{end}累计</translation>
    </message>
    <message>
        <source>cumulative to {end}</source>
        <translation>截至{end}累计</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>{start}以来</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>{period} (target)</source>
        <translation>{period}目标</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} 个数值</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>In chart</source>
        <translation>图中</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>自贸区</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Label as written</source>
        <translation>原文标签</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数额</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Period kind</source>
        <translation>时期类型</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
</context>
</TS>
