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
        <location filename="../../ui/annotations/panel.py" line="105"/>
        <source>Not found in the current text</source>
        <translation>在当前文本中未找到</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="212"/>
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
        <location filename="../../ui/annotations/transfer.py" line="56"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="57"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="58"/>
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="105"/>
        <source>Annotations backed up to {path}</source>
        <translation>标注已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="109"/>
        <source>Imported {added} annotations ({orphaned} not found in the current text), {duplicates} already here, {tags} document tags added</source>
        <translation>已导入 {added} 条标注（其中 {orphaned} 条在当前文本中未找到），{duplicates} 条已存在，新增文档标签 {tags} 个</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="115"/>
        <source>; {count} not imported</source>
        <translation>；{count} 条未导入</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="122"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="146"/>
        <source>There are no annotations to export.</source>
        <translation>没有可导出的标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="149"/>
        <source>Export {count} Annotations</source>
        <translation>导出 {count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="149"/>
        <source>Export 1 Annotation</source>
        <translation>导出 1 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="178"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="181"/>
        <source>Exported 1 annotation to {path}</source>
        <translation>已将 1 条标注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="183"/>
        <source>Exported {count} annotations to {path}</source>
        <translation>已将 {count} 条标注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="191"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="193"/>
        <source>W3C Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>W3C Web Annotation JSON (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="201"/>
        <location filename="../../ui/annotations/transfer.py" line="208"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/transfer.py" line="203"/>
        <source>Importing annotations…</source>
        <translation>正在导入标注…</translation>
    </message>
</context>
<context>
    <name>AnnotationWorkbench</name>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="151"/>
        <source>Highlight in {colour}</source>
        <translation>用{colour}高亮</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="159"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="160"/>
        <source>Add &amp;Tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="161"/>
        <source>&amp;Delete Annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="162"/>
        <source>&amp;Re-attach to Selection</source>
        <translation>重新定位到所选文本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="163"/>
        <source>Tag &amp;Document…</source>
        <translation>为文档加标签(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="164"/>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="165"/>
        <source>Show &amp;All Annotations</source>
        <translation>显示全部标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="166"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="167"/>
        <source>I&amp;mport Annotations…</source>
        <translation>导入标注(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="168"/>
        <source>&amp;Back Up Annotations Now</source>
        <translation>立即备份标注(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="172"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="291"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="298"/>
        <source>The annotation could not be saved: {error}</source>
        <translation>标注未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="402"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="417"/>
        <location filename="../../ui/annotations/workbench.py" line="433"/>
        <location filename="../../ui/annotations/workbench.py" line="449"/>
        <source>Select text in the reader first.</source>
        <translation>请先在阅读器中选中文字。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="441"/>
        <source>Tag Passage</source>
        <translation>为摘录加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="462"/>
        <source>Choose an annotation in the reader, the annotation panel or the Annotations tab.</source>
        <translation>请在阅读器、标注面板或“标注”页中选择一条标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="480"/>
        <source>Choose an annotation of this document in the annotation panel first.</source>
        <translation>请先在标注面板中选择本文档的一条标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="483"/>
        <source>Select the passage in the reader to re-attach the annotation to.</source>
        <translation>请在阅读器中选中要重新定位到的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="513"/>
        <location filename="../../ui/annotations/workbench.py" line="517"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="516"/>
        <source>Add tags to {count} annotations</source>
        <translation>为 {count} 条标注添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="516"/>
        <source>Add tags to 1 annotation</source>
        <translation>为 1 条标注添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="548"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="552"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="552"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="563"/>
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="563"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="565"/>
        <source>Add Tags…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="565"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="568"/>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="572"/>
        <source>Re-attach Chosen Annotation Here</source>
        <translation>将所选标注重新定位到此处</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="615"/>
        <source>Tag Document</source>
        <translation>为文档加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="621"/>
        <source>Add tags to {count} documents</source>
        <translation>为 {count} 篇文档添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="621"/>
        <source>Add tags to 1 document</source>
        <translation>为 1 篇文档添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/workbench.py" line="622"/>
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
        <location filename="../../ui/annotations/panel.py" line="329"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="352"/>
        <source>Select text in the reader and pick a colour to highlight it.</source>
        <translation>在阅读器中选中文字，再选一种颜色即可高亮。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="354"/>
        <location filename="../../ui/annotations/panel.py" line="499"/>
        <source>Re-attach to Selection</source>
        <translation>重新定位到所选文本</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="356"/>
        <source>Attach the chosen annotation to the text selected in the reader (Ctrl+Shift+R)</source>
        <translation>把所选标注定位到阅读器中选中的文字 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="361"/>
        <source>Double-click a card to edit its note, or its tags line to edit the tags.</source>
        <translation>双击卡片编辑笔记，双击标签行编辑标签。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="398"/>
        <source>Open a document to see its annotations.</source>
        <translation>打开一篇文档即可查看其标注。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="402"/>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="402"/>
        <source>1 annotation</source>
        <translation>1 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="402"/>
        <source>no annotations</source>
        <translation>没有标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="407"/>
        <source>{count} not found in the current text: choose one, select its passage in the reader and re-attach it.</source>
        <translation>{count} 条在当前文本中未找到：选中一条，在阅读器中选中对应文字，然后重新定位。</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="490"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="491"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="493"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/panel.py" line="502"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AnnotationsTab</name>
    <message>
        <location filename="../../ui/annotations/tab.py" line="92"/>
        <source>Filter by passage, note or tag</source>
        <translation>按摘录、笔记或标签筛选</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="96"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="100"/>
        <source>Orphans only</source>
        <translation>仅未定位</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="102"/>
        <source>Only the annotations whose passage was not found after their document changed, to re-attach them</source>
        <translation>只显示文档更新后未找到原文的标注，以便重新定位</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="113"/>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="114"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="215"/>
        <source>Cannot list the annotations: {error}</source>
        <translation>无法列出标注：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="235"/>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="235"/>
        <source>1 annotation</source>
        <translation>1 条标注</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="237"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 条</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="242"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="255"/>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="282"/>
        <source>Open in Reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="284"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="286"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="287"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/tab.py" line="293"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message>
        <location filename="../../ui/common/citations.py" line="23"/>
        <source>Copy Citation (GB/T 7714)</source>
        <translation>复制引文（GB/T 7714）</translation>
    </message>
    <message>
        <location filename="../../ui/common/citations.py" line="24"/>
        <source>Copy Citation (Author-Date)</source>
        <translation>复制引文（著者-出版年）</translation>
    </message>
</context>
<context>
    <name>CollectionExportDialog</name>
    <message>
        <location filename="../../ui/research/export.py" line="60"/>
        <source>Export Collection “{name}”</source>
        <translation>导出集合“{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="63"/>
        <source>Markdown: documents and annotations</source>
        <translation>Markdown：文档和批注</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="64"/>
        <source>CSV: documents (title, date, source, path)</source>
        <translation>CSV：文档（标题、日期、来源、路径）</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="65"/>
        <source>CSV: annotations</source>
        <translation>CSV：批注</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="66"/>
        <source>W3C Web Annotation JSON: annotations and document tags</source>
        <translation>W3C Web Annotation JSON：批注和文档标签</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="75"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="76"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="81"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="99"/>
        <source>Preparing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="117"/>
        <source>{lines} lines</source>
        <translation>{lines} 行</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="124"/>
        <source>Export Collection</source>
        <translation>导出集合</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="133"/>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/research/export.py" line="135"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/common/crash.py" line="82"/>
        <source>FTZ Desktop — Unexpected Error</source>
        <translation>自贸区文献工作台——意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="88"/>
        <source>&lt;b&gt;Something went wrong inside FTZ Desktop.&lt;/b&gt;&lt;br&gt;Your library is safe: every edit is saved as you make it. You can go on working, or restart the program if something no longer responds.</source>
        <translation>&lt;b&gt;自贸区文献工作台内部出现了问题。&lt;/b&gt;&lt;br&gt;你的资料库是安全的：每一次编辑在做出时就已保存。你可以继续工作；如果某些功能不再响应，请重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="100"/>
        <source>Details are in the log: {path}</source>
        <translation>详细信息见日志：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="113"/>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="115"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/common/crash.py" line="137"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/crash.py" line="141"/>
        <source>%n more error(s) since; see the log.</source>
        <translation>
            <numerusform>此后又出现 %n 个错误，详见日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <location filename="../../ui/common/docks.py" line="43"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/common/docks.py" line="68"/>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location filename="../../ui/common/docks.py" line="68"/>
        <source>Collapse to the side</source>
        <translation>收起到边上</translation>
    </message>
</context>
<context>
    <name>EntitiesDock</name>
    <message>
        <location filename="../../ui/entities/dock.py" line="87"/>
        <source>1 mention</source>
        <translation>提及 1 次</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="88"/>
        <source>{count} mentions</source>
        <translation>提及 {count} 次</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="92"/>
        <source>in 1 document</source>
        <translation>见于 1 篇文档</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="93"/>
        <source>in {count} documents</source>
        <translation>见于 {count} 篇文档</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="95"/>
        <source>{mentions} {documents}</source>
        <translation>{mentions}，{documents}</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="373"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="409"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="409"/>
        <source>Entities of the document in the current reader tab</source>
        <translation>当前阅读标签页中文档的实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="410"/>
        <source>Results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="410"/>
        <location filename="../../ui/entities/dock.py" line="484"/>
        <source>Entities across the current search results</source>
        <translation>当前检索结果中的实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="411"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="411"/>
        <source>Entities across the whole library</source>
        <translation>整个资料库中的实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="426"/>
        <source>Extract Entities</source>
        <translation>提取实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="428"/>
        <source>Find the zones, organisations, people and policies of every document again</source>
        <translation>重新找出每篇文档中的自贸试验区、机构、人物和政策文件</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="444"/>
        <source>Copy Name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="446"/>
        <source>Show All Documents</source>
        <translation>显示所有相关文档</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="448"/>
        <source>Highlight in Document</source>
        <translation>在文档中标出</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="475"/>
        <location filename="../../ui/entities/dock.py" line="522"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="486"/>
        <source>Now: “{query}”</source>
        <translation>当前：“{query}”</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="537"/>
        <source>The entities could not be loaded: {error}</source>
        <translation>实体未能载入：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="549"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="556"/>
        <source>Some documents&apos; entities and figures are missing or out of date (new extraction rules or a changed gazetteer).</source>
        <translation>部分文档的实体和数据缺失或已过时（提取规则更新或地名表有变动）。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="561"/>
        <source>Open a document to see its entities.</source>
        <translation>打开一篇文档即可查看其实体。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="563"/>
        <source>Search to see the entities of the results.</source>
        <translation>检索后即可查看结果中的实体。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="565"/>
        <location filename="../../ui/entities/dock.py" line="568"/>
        <source>No entities found.</source>
        <translation>没有找到实体。</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="566"/>
        <source>Results of “{query}”: {found}</source>
        <translation>“{query}”的检索结果：{found}</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="573"/>
        <source>1 mention in this document</source>
        <translation>本文档中提及 1 次</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="574"/>
        <source>{count} mentions in this document</source>
        <translation>本文档中提及 {count} 次</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="588"/>
        <source>Extracting entities… {done} of {total} documents</source>
        <translation>正在提取实体… {done}/{total} 篇文档</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../ui/entities/dock.py" line="128"/>
        <source>Zones</source>
        <translation>自贸试验区</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="129"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="130"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="131"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="132"/>
        <source>Policies</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="133"/>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="179"/>
        <source>{own} naming the zone, {areas} naming its areas</source>
        <translation>直接提及本区 {own} 次，提及其片区 {areas} 次</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="207"/>
        <source>All pilot free trade zones together (全国自贸试验区, 21个自贸试验区…)</source>
        <translation>全部自贸试验区合计（全国自贸试验区、21个自贸试验区……）</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="209"/>
        <source>Not in the gazetteer: named as the documents write it</source>
        <translation>地名表中没有此片区：按文档中的写法列出</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="212"/>
        <source>Also written: {forms}</source>
        <translation>又写作：{forms}</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="292"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../ui/entities/dock.py" line="292"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
</context>
<context>
    <name>FacetsView</name>
    <message>
        <location filename="../../ui/search/facets.py" line="52"/>
        <source>Zone</source>
        <translation>自贸区</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="53"/>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="54"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="55"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="56"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="57"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="99"/>
        <source>Click: only {filter} — right-click to exclude</source>
        <translation>单击：只看 {filter}；右键可排除</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="101"/>
        <source>Click: remove {filter} from the query</source>
        <translation>单击：从检索式中去掉 {filter}</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="104"/>
        <source>{count} more…</source>
        <translation>另有 {count} 项…</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="127"/>
        <location filename="../../ui/search/facets.py" line="132"/>
        <source>Remove {filter}</source>
        <translation>去掉 {filter}</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="129"/>
        <source>Only {filter}</source>
        <translation>只看 {filter}</translation>
    </message>
    <message>
        <location filename="../../ui/search/facets.py" line="134"/>
        <source>Exclude: {filter}</source>
        <translation>排除：{filter}</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../ui/zones/model.py" line="45"/>
        <source>In chart</source>
        <translation>图中</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="46"/>
        <source>Zone</source>
        <translation>自贸区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="47"/>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="48"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="49"/>
        <source>Label as written</source>
        <translation>原文标签</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="50"/>
        <source>As written</source>
        <translation>原文数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="51"/>
        <source>Amount</source>
        <translation>数额</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="52"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="53"/>
        <source>Period kind</source>
        <translation>时期类型</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="54"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="55"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="56"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/model.py" line="58"/>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/reader/view.py" line="110"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="116"/>
        <source>Previous match ({keys})</source>
        <translation>上一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="119"/>
        <source>Next match ({keys})</source>
        <translation>下一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="124"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../ui/help/pages.py" line="87"/>
        <source>Enter, double-click</source>
        <extracomment>keys of special keyboards (Open, Undo, Zoom In…) that Qt&apos;s standard keys include: not listed</extracomment>
        <translation>回车、双击</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="88"/>
        <source>open the selected search result or document</source>
        <translation>打开选中的检索结果或文档</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="91"/>
        <source>Up, Down</source>
        <translation>上、下方向键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="92"/>
        <source>from the search box into the results and back</source>
        <translation>在检索框和检索结果之间移动</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="95"/>
        <source>Middle-click on a tab</source>
        <translation>在标签页上点击鼠标中键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="96"/>
        <source>close the reader tab</source>
        <translation>关闭阅读标签页</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="99"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="100"/>
        <source>close the find bar or the annotation bar</source>
        <translation>关闭查找栏或标注工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="104"/>
        <source>finish a note or the tags being edited</source>
        <translation>完成正在编辑的笔记或标签</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="110"/>
        <location filename="../../ui/help/pages.py" line="164"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="111"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="112"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="113"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="114"/>
        <source>Other keys</source>
        <translation>其他按键</translation>
    </message>
    <message>
        <location filename="../../ui/help/pages.py" line="169"/>
        <source>Search Syntax</source>
        <translation>检索语法</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../ui/library/importing.py" line="94"/>
        <source>{mb} MB/s · {files} files/s</source>
        <translation>{mb} MB/秒 · {files} 个文件/秒</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="121"/>
        <location filename="../../ui/library/importing.py" line="137"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="133"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="145"/>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="155"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/library/importing.py" line="161"/>
        <source>Added {added} · updated {updated} · unchanged {unchanged} · missing {missing} · failed {failed}</source>
        <translation>新增 {added} · 更新 {updated} · 未变 {unchanged} · 缺失 {missing} · 失败 {failed}</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="173"/>
        <source>skipped {skipped}</source>
        <translation>跳过 {skipped}</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="177"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/library/importing.py" line="193"/>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="193"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="196"/>
        <source>The import was cancelled; what was imported so far is kept.</source>
        <translation>导入已取消，已导入的文档会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="198"/>
        <source>The import is done in {seconds:.1f} s.</source>
        <translation>导入完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="205"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="206"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="207"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="208"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="209"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="210"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="221"/>
        <source>Files that could not be imported, with the reason:</source>
        <translation>未能导入的文件及原因：</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="227"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/library/importing.py" line="228"/>
        <source>Copy the summary and every failure with its reason</source>
        <translation>复制摘要及每个失败文件的原因</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../ui/library/model.py" line="103"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="104"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="105"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="106"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="107"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="108"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="431"/>
        <source>{count} copies</source>
        <translation>{count} 份副本</translation>
    </message>
    <message>
        <location filename="../../ui/library/model.py" line="442"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library/view.py" line="60"/>
        <source>Filter by title, date, source or path</source>
        <translation>按标题、日期、来源或路径筛选</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="81"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="87"/>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="89"/>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="145"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 篇</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="167"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="169"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="169"/>
        <source>Tag {count} Documents…</source>
        <translation>为 {count} 篇文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/library/view.py" line="172"/>
        <source>Add to Collection…</source>
        <translation>加入集合…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>FTZ Desktop</source>
        <translation>自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="210"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="213"/>
        <source>Import F&amp;iles…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="215"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="219"/>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例资料库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="218"/>
        <source>&amp;Open Library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="142"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="217"/>
        <source>&amp;New Library…</source>
        <translation>新建资料库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="220"/>
        <source>&amp;Back to My Library</source>
        <translation>回到我的资料库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="225"/>
        <source>Copy with &amp;Citation</source>
        <translation>带出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="227"/>
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="228"/>
        <source>Open &amp;Original File</source>
        <translation>打开原文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="230"/>
        <source>&amp;Search…</source>
        <translation>检索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="231"/>
        <source>&amp;Next Hit</source>
        <translation>下一处命中(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="232"/>
        <source>&amp;Previous Hit</source>
        <translation>上一处命中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="234"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="235"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="236"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="237"/>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="238"/>
        <source>Next &amp;Tab</source>
        <translation>下一个标签页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="240"/>
        <source>Previous Ta&amp;b</source>
        <translation>上一个标签页(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="243"/>
        <source>S&amp;plit Reader</source>
        <translation>分屏阅读(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="248"/>
        <source>&amp;Move Tab to Other Pane</source>
        <translation>将标签页移到另一侧(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="250"/>
        <source>S&amp;ynchronize Scrolling by Article</source>
        <translation>按条文同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="255"/>
        <source>&amp;Library</source>
        <translation>资料库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="257"/>
        <source>&amp;About FTZ Desktop</source>
        <translation>关于自贸区文献工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="260"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="262"/>
        <source>Search S&amp;yntax</source>
        <translation>检索语法(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="265"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="271"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="277"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="286"/>
        <source>&amp;Search</source>
        <translation>检索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="289"/>
        <source>&amp;Recent Searches</source>
        <translation>最近检索(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="291"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="256"/>
        <source>&amp;Zones</source>
        <translation>自贸试验区数据(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="311"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="811"/>
        <location filename="../../ui/mainwindow.py" line="885"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="483"/>
        <source>Wait for the import to finish first.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="492"/>
        <location filename="../../ui/mainwindow.py" line="495"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="504"/>
        <source>Cannot open the library {path}: {error}</source>
        <translation>无法打开资料库 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="505"/>
        <source>No library</source>
        <translation>没有资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="535"/>
        <source>{name} — FTZ Desktop</source>
        <translation>{name} — 自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="580"/>
        <source>Libraries (*.sqlite)</source>
        <translation>资料库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="667"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="674"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="676"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="506"/>
        <location filename="../../ui/mainwindow.py" line="686"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="293"/>
        <source>&amp;Search Panel</source>
        <translation>检索面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="294"/>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="297"/>
        <source>&amp;Outline</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="337"/>
        <source>&amp;Annotations Panel</source>
        <translation>标注面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="350"/>
        <source>Saved Searches and &amp;Collections</source>
        <translation>保存的检索和集合(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="534"/>
        <location filename="../../ui/mainwindow.py" line="563"/>
        <source>Sample Library</source>
        <translation>示例资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="515"/>
        <location filename="../../ui/mainwindow.py" line="572"/>
        <source>Open Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="517"/>
        <source>{path} is a database of another program, not an FTZ Desktop library; it was left as it was.

Use it as a library anyway? FTZ Desktop will add its own tables to it.</source>
        <translation>{path} 是其他程序的数据库，不是 FTZ Desktop 文献库；该文件未作任何改动。

仍要把它用作文献库吗？FTZ Desktop 会在其中添加自己的数据表。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="543"/>
        <source>{name} is read-only: it can be searched, read and exported, not changed.</source>
        <translation>{name} 是只读的：可以检索、阅读和导出，不能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="572"/>
        <source>Libraries (*.sqlite);;All files (*)</source>
        <translation>资料库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="579"/>
        <source>My Library.sqlite</source>
        <translation>我的资料库.sqlite</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="580"/>
        <location filename="../../ui/mainwindow.py" line="591"/>
        <source>New Library</source>
        <translation>新建资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="592"/>
        <source>{path} already exists. Use File → Open Library… to open it.</source>
        <translation>{path} 已经存在。请用“文件 → 打开资料库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="601"/>
        <source>{path} is no longer there.</source>
        <translation>{path} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="614"/>
        <source>No recent libraries</source>
        <translation>没有最近打开的资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="620"/>
        <source>Clear Menu</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="649"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="650"/>
        <source>The sample library is open.</source>
        <translation>当前打开的是示例资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="652"/>
        <source>Import into your own library? The sample library is only for trying the program.</source>
        <translation>导入到你自己的资料库吗？示例资料库只用于试用本程序。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="654"/>
        <source>Import into My Library</source>
        <translation>导入到我的资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="655"/>
        <source>Import into the Sample Library</source>
        <translation>导入到示例资料库</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="699"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="763"/>
        <source>Import failed: {message}</source>
        <translation>导入失败：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="807"/>
        <location filename="../../ui/mainwindow.py" line="885"/>
        <source>Zones</source>
        <translation>自贸试验区数据</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="840"/>
        <source>Scrolling by article: {differing} of {articles} articles differ (marked)</source>
        <translation>按条文同步滚动：{articles} 条中有 {differing} 条不同（已标出）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="844"/>
        <source>Scrolling by article: these documents have no numbered articles</source>
        <translation>按条文同步滚动：这两篇文档没有编号的条文</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="927"/>
        <source>Citation copied</source>
        <translation>引文已复制</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="947"/>
        <source>No recent searches</source>
        <translation>没有最近检索</translation>
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
    <name>OutlineDock</name>
    <message>
        <location filename="../../ui/reader/outline.py" line="49"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/reader/outline.py" line="62"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/reader/outline.py" line="62"/>
        <location filename="../../ui/reader/outline.py" line="182"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../ui/reader/outline.py" line="75"/>
        <source>No outline: open a law, regulation or report with numbered headings.</source>
        <translation>没有目录：请打开带编号标题的法律、法规或报告。</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <location filename="../../ui/search/query_text.py" line="15"/>
        <source>The query is too long (over {limit} characters).</source>
        <translation>检索式太长（超过 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="16"/>
        <source>A query needs at least one term to look for, not only exclusions.</source>
        <translation>检索式至少要有一个要查找的词，不能只有排除项。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="17"/>
        <source>Cannot combine OR with an exclusion: put the -word or NOT word outside the OR.</source>
        <translation>OR 不能和排除项组合：请把 -词 或 NOT 词 放到 OR 之外。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="18"/>
        <source>Not a date: &apos;{value}&apos;. Use date:2023, date:2023-05 or date:2023-01..2024-06.</source>
        <translation>“{value}”不是日期。请写成 date:2023、date:2023-05 或 date:2023-01..2024-06。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="19"/>
        <source>The date range &apos;{value}&apos; ends before it starts.</source>
        <translation>日期范围“{value}”的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="20"/>
        <source>The quote is not closed: searched for exactly “{text}”.</source>
        <translation>引号没有闭合：已按完全匹配检索“{text}”。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="21"/>
        <source>Empty quotes were ignored.</source>
        <translation>空的引号已忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="22"/>
        <source>“{field}:” has nothing after it: searched for the text “{word}”.</source>
        <translation>“{field}:”后面没有内容：已按普通文字检索“{word}”。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="23"/>
        <source>“{field}:” has nothing after it and was ignored.</source>
        <translation>“{field}:”后面没有内容，已忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="24"/>
        <source>A “-” on its own was ignored (write -word to leave a word out).</source>
        <translation>单独的“-”已忽略（排除某个词请写 -词）。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="25"/>
        <source>“OR” needs a word on each side: it was ignored.</source>
        <translation>“OR”两边都要有词：已忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="26"/>
        <source>“NOT” needs a word after it: it was ignored.</source>
        <translation>“NOT”后面要有词：已忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="27"/>
        <source>“{field}:” is not a filter: searched for the text “{word}”. Filters: title: date: zone: area: org: person: policy: tag: source: format: in:</source>
        <translation>“{field}:”不是筛选条件：已按普通文字检索“{word}”。筛选条件有 title: date: zone: area: org: person: policy: tag: source: format: in:</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="31"/>
        <source>“{word}” is searched for as a word; write {upper} in capitals for the operator.</source>
        <translation>“{word}”已按普通词检索；要用作运算符请写大写的 {upper}。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="32"/>
        <source>empty query</source>
        <translation>空检索式</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="33"/>
        <source>title contains {term}</source>
        <translation>标题包含 {term}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="34"/>
        <source>exactly {text}</source>
        <translation>完全匹配 {text}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="35"/>
        <source>{field} {value}</source>
        <translation>{field} {value}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="36"/>
        <source>date {day}</source>
        <translation>日期 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="37"/>
        <source>date {start}..{end}</source>
        <translation>日期 {start}..{end}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="38"/>
        <source>date from {start}</source>
        <translation>日期自 {start} 起</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="39"/>
        <source>date until {end}</source>
        <translation>日期至 {end} 止</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="40"/>
        <source>not {item}</source>
        <translation>不含 {item}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="41"/>
        <source>any of ({items})</source>
        <translation>任一（{items}）</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="42"/>
        <source>all of: {items}</source>
        <translation>全部：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="43"/>
        <source>No free trade zone is called &apos;{value}&apos;. Try {examples}.</source>
        <translation>没有叫“{value}”的自贸试验区。可以试试 {examples}。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="44"/>
        <source>No free trade zone area is called &apos;{value}&apos;. Try {examples}.</source>
        <translation>没有叫“{value}”的自贸试验区片区。可以试试 {examples}。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="45"/>
        <source>The filter &apos;{field}:&apos; is not available yet.</source>
        <translation>筛选条件“{field}:”暂不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="46"/>
        <source>{text} ; also: {forms}</source>
        <translation>{text}；同时检索：{forms}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="47"/>
        <source>title: {text}</source>
        <translation>标题：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="48"/>
        <source>&quot;{text}&quot; (exact)</source>
        <translation>“{text}”（完全匹配）</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="49"/>
        <source>{label} (unknown)</source>
        <translation>{label}（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="50"/>
        <source>{zone} + {count} areas</source>
        <translation>{zone} 及 {count} 个片区</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="51"/>
        <source>{label} = {names}</source>
        <translation>{label} = {names}</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="52"/>
        <source>{label} (exactly &quot;{value}&quot;)</source>
        <translation>{label}（名称为“{value}”）</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="53"/>
        <source>{label} (name contains &quot;{value}&quot;)</source>
        <translation>{label}（名称包含“{value}”）</translation>
    </message>
    <message>
        <location filename="../../ui/search/query_text.py" line="54"/>
        <source>The filter &apos;{field}:&apos; cannot be used on notes.</source>
        <translation>筛选条件“{field}:”不能用于笔记。</translation>
    </message>
</context>
<context>
    <name>ReaderTabs</name>
    <message>
        <location filename="../../ui/reader/tabs.py" line="224"/>
        <source>Loading…</source>
        <extracomment>the other pane of a split reader area (``pair_with``); None: not split this pane&apos;s readers and pages answer for both panes (the window&apos;s main pane)</extracomment>
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
        <location filename="../../ui/reader/highlights.py" line="94"/>
        <location filename="../../ui/reader/highlights.py" line="245"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/highlights.py" line="95"/>
        <source>Give this document tags (Ctrl+Shift+D)</source>
        <translation>给这篇文档加标签 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/highlights.py" line="245"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="90"/>
        <source>— {cite}</source>
        <translation>——{cite}</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="229"/>
        <source>Loading…</source>
        <extracomment>called with (menu, reader) to add the annotation actions to the context menu</extracomment>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="244"/>
        <source>Previous hit ({keys})</source>
        <translation>上一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="247"/>
        <source>Next hit ({keys})</source>
        <translation>下一处 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="252"/>
        <source>Show the document&apos;s details and path</source>
        <translation>显示文档的详细信息和路径</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="253"/>
        <source>Open original</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="254"/>
        <source>Open the original file with the system&apos;s application</source>
        <translation>用系统默认程序打开原文件</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="297"/>
        <source>Copy with Citation</source>
        <translation>带出处复制</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="300"/>
        <source>Open Original File</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="322"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="324"/>
        <source>original file missing</source>
        <translation>原文件缺失</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="347"/>
        <source>This document cannot be shown</source>
        <translation>无法显示此文档</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="507"/>
        <source>Match {index} of {count}</source>
        <translation>第 {index}/{count} 处匹配</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="509"/>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="512"/>
        <source>Hit {index} of {count}</source>
        <translation>第 {index}/{count} 处命中</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="514"/>
        <source>No hits</source>
        <translation>没有命中</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="517"/>
        <source>Matches of the text in the find bar</source>
        <translation>查找栏中文字的匹配</translation>
    </message>
    <message>
        <location filename="../../ui/reader/view.py" line="519"/>
        <source>Hits of “{query}” in this document</source>
        <translation>“{query}”在本文档中的命中</translation>
    </message>
</context>
<context>
    <name>ResearchDock</name>
    <message>
        <location filename="../../ui/research/dock.py" line="66"/>
        <source>Saved Searches and Collections</source>
        <translation>保存的检索和集合</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="92"/>
        <source>Save Search…</source>
        <translation>保存检索…</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="93"/>
        <source>Save the query shown in the search panel under a name</source>
        <translation>为检索面板中当前的检索式命名并保存</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="145"/>
        <source>Saved Searches</source>
        <translation>保存的检索</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="147"/>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="149"/>
        <source>{count} · {new} new</source>
        <translation>{count} · 新增 {new}</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="163"/>
        <source>Search, then Save Search…</source>
        <translation>先检索，再点“保存检索…”</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="166"/>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="179"/>
        <source>Right-click documents: Add to Collection…</source>
        <translation>在文档上右键：加入集合…</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="209"/>
        <source>Show Results</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="211"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="213"/>
        <location filename="../../ui/research/dock.py" line="225"/>
        <source>Delete Collection</source>
        <translation>删除集合</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="215"/>
        <source>Remove Saved Search</source>
        <translation>删除保存的检索</translation>
    </message>
    <message>
        <location filename="../../ui/research/dock.py" line="226"/>
        <source>Delete the collection “{name}”? Its documents stay in the library.</source>
        <translation>删除集合“{name}”？其中的文档仍保留在文献库中。</translation>
    </message>
</context>
<context>
    <name>ResearchWorkbench</name>
    <message>
        <location filename="../../ui/research/workbench.py" line="39"/>
        <source>Save Search…</source>
        <translation>保存检索…</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="40"/>
        <source>Save the query shown under a name</source>
        <translation>为当前检索式命名并保存</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="42"/>
        <source>Add to Collection…</source>
        <translation>加入集合…</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="44"/>
        <source>Put the document read (or the rows chosen in the document list) in a collection</source>
        <translation>把正在阅读的文档（或文档列表中选中的行）加入集合</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="69"/>
        <source>Search first, then save the search.</source>
        <translation>请先检索，再保存检索。</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="73"/>
        <source>Save Search</source>
        <translation>保存检索</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="74"/>
        <source>Name for “{query}”:</source>
        <translation>为“{query}”命名：</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="85"/>
        <source>Saved the search “{name}”.</source>
        <translation>已保存检索“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="101"/>
        <source>Add Document to Collection…</source>
        <translation>把文档加入集合…</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="117"/>
        <source>Open a document or choose rows in the document list first.</source>
        <translation>请先打开一篇文档，或在文档列表中选中几行。</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="125"/>
        <source>Add the document to the collection (&apos;/&apos; nests: 报告/2024):</source>
        <translation>把文档加入集合（用“/”分层：报告/2024）：</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="127"/>
        <source>Add {count} documents to the collection (&apos;/&apos; nests: 报告/2024):</source>
        <translation>把 {count} 篇文档加入集合（用“/”分层：报告/2024）：</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="130"/>
        <source>Add to Collection</source>
        <translation>加入集合</translation>
    </message>
    <message>
        <location filename="../../ui/research/workbench.py" line="145"/>
        <source>Added {added} of {asked} documents to “{name}”.</source>
        <translation>已把 {asked} 篇中的 {added} 篇加入“{name}”。</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../ui/library/welcome.py" line="103"/>
        <source>Sample library</source>
        <translation>示例资料库</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="105"/>
        <source>six short documents for trying the program; your imports do not go here.</source>
        <translation>六篇用来试用本程序的短文；你导入的文档不会放到这里。</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="108"/>
        <source>Back to My Library</source>
        <translation>回到我的资料库</translation>
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
        <location filename="../../ui/common/formatting.py" line="27"/>
        <source>{count} copies</source>
        <translation>{count} 份副本</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="39"/>
        <source>1 hit</source>
        <translation>1 处</translation>
    </message>
    <message>
        <location filename="../../ui/common/formatting.py" line="40"/>
        <source>{count} hits</source>
        <translation>{count} 处</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="380"/>
        <source>Search all documents (Ctrl+K)</source>
        <translation>检索全部文档 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="432"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="434"/>
        <location filename="../../ui/search/panel.py" line="708"/>
        <location filename="../../ui/search/panel.py" line="721"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="435"/>
        <source>Annotations whose note or passage matches the query</source>
        <translation>笔记或摘录与查询匹配的标注</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="447"/>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="448"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="449"/>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="450"/>
        <source>Most hits</source>
        <translation>命中最多</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="451"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="454"/>
        <source>Order of the results</source>
        <translation>结果排序</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="546"/>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="563"/>
        <source>Type to search every document.

word word — both words
word OR word — either word
-word — without this word
&quot;a phrase&quot; — exactly this

title:条例 — in the title
date:2019  date:2019-08..2020-06  date:..2022
zone:上海 — a free trade zone
area:临港新片区 — an area of a zone
org:商务部  person:王文涛  policy:总体方案
tag:跨境电商 — your tags
source:新华社  format:pdf  in:报告/2024 — a collection

Enter opens the first result, ↓ goes to the results.</source>
        <translation>输入文字即可检索全部文档。

词 词 —— 同时包含两个词
词 OR 词 —— 包含其中之一
-词 —— 不包含这个词
&quot;一个短语&quot; —— 完全匹配

title:条例 —— 标题中包含
date:2019  date:2019-08..2020-06  date:..2022
zone:上海 —— 某个自贸试验区
area:临港新片区 —— 自贸试验区的片区
org:商务部  person:王文涛  policy:总体方案
tag:跨境电商 —— 你的标签
source:新华社  format:pdf  in:报告/2024 —— 你的集合

回车打开第一条结果，↓ 进入结果列表。</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="775"/>
        <source>Open copy {doc_id}</source>
        <translation>打开副本 {doc_id}</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="778"/>
        <source>Add to Collection…</source>
        <translation>加入集合…</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="780"/>
        <source>Add the {count} Results Shown to Collection…</source>
        <translation>把显示的 {count} 条结果加入集合…</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="592"/>
        <source>Search failed: {error}</source>
        <translation>检索失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="618"/>
        <source>Nothing matches this query.</source>
        <translation>没有符合条件的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="619"/>
        <source>Documents ({count})</source>
        <translation>文档 ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="709"/>
        <source>The notes could not be searched.</source>
        <translation>无法搜索笔记。</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="715"/>
        <source>Notes ({count})</source>
        <translation>笔记 ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="716"/>
        <source>No note or highlighted passage matches this query.</source>
        <translation>没有与此查询匹配的笔记或高亮摘录。</translation>
    </message>
    <message>
        <location filename="../../ui/search/panel.py" line="773"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="54"/>
        <source>Highlight in {colour} ({keys})</source>
        <translation>用{colour}高亮 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="63"/>
        <location filename="../../ui/reader/selection_bar.py" line="91"/>
        <location filename="../../ui/reader/selection_bar.py" line="101"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="64"/>
        <source>Add a note ({keys})</source>
        <translation>添加笔记 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="66"/>
        <location filename="../../ui/reader/selection_bar.py" line="92"/>
        <location filename="../../ui/reader/selection_bar.py" line="102"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="67"/>
        <source>Add tags ({keys})</source>
        <translation>添加标签 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="71"/>
        <source>Delete the highlight (Delete)</source>
        <translation>删除这条高亮 (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="73"/>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="74"/>
        <source>Copy the passage with its citation</source>
        <translation>复制这段文字及其引文</translation>
    </message>
    <message>
        <location filename="../../ui/reader/selection_bar.py" line="101"/>
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
        <source>Put what is tagged {tags} under “{into}”? (passages: {anns}, documents: {docs})</source>
        <translation>把标签为 {tags} 的内容归到“{into}”之下？（摘录 {anns} 条，文档 {docs} 篇）</translation>
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
        <location filename="../../ui/library/welcome.py" line="26"/>
        <source>Your library is empty</source>
        <translation>资料库还是空的</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="34"/>
        <source>Import the documents you collected about the pilot free trade zones —
text, Markdown, HTML, PDF and Word files. Everything stays on this computer.</source>
        <translation>导入你收集的自由贸易试验区资料——
纯文本、Markdown、HTML、PDF 和 Word 文件。所有内容都只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="42"/>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="43"/>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="44"/>
        <source>Open Sample Library</source>
        <translation>打开示例资料库</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="75"/>
        <source>Importing… the documents appear here when the import is done.</source>
        <translation>正在导入……完成后文档会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/library/welcome.py" line="77"/>
        <source>You can also drop files or folders onto this window.</source>
        <translation>也可以把文件或文件夹拖到这个窗口里。</translation>
    </message>
</context>
<context>
    <name>ZonesText</name>
    <message>
        <location filename="../../ui/zones/chart.py" line="208"/>
        <source>{n} values</source>
        <extracomment>Line colours (a qualitative palette that reads on light and dark backgrounds).</extracomment>
        <translation>{n} 个数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/export.py" line="90"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="28"/>
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="29"/>
        <source>foreign-invested enterprises</source>
        <translation>外资企业</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="30"/>
        <source>trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="31"/>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="32"/>
        <source>institutional innovation</source>
        <translation>制度创新</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="33"/>
        <source>pilot tasks</source>
        <translation>试点任务</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="34"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="35"/>
        <source>finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="36"/>
        <source>logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="37"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="44"/>
        <source>yearly</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="45"/>
        <source>half-yearly</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="46"/>
        <source>quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="47"/>
        <source>monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="48"/>
        <source>one day</source>
        <translation>单日</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="49"/>
        <source>span of time</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="50"/>
        <source>span of days</source>
        <translation>数日时段</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="51"/>
        <location filename="../../ui/zones/texts.py" line="68"/>
        <source>cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="52"/>
        <source>level at a date</source>
        <translation>时点存量</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="53"/>
        <location filename="../../ui/zones/texts.py" line="105"/>
        <location filename="../../ui/zones/texts.py" line="188"/>
        <source>no period</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="60"/>
        <source>level</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="61"/>
        <source>rate of change</source>
        <translation>增速</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="62"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="69"/>
        <source>at least</source>
        <translation>以上</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="70"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="71"/>
        <source>at most</source>
        <translation>以内</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="72"/>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="73"/>
        <source>part of a total</source>
        <translation>其中部分</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="74"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="76"/>
        <location filename="../../ui/zones/view.py" line="737"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="82"/>
        <source>another kind of period ({kind})</source>
        <translation>其他时期类型（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="84"/>
        <source>another period ({period})</source>
        <translation>其他时期（{period}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="86"/>
        <source>another unit ({unit})</source>
        <translation>其他单位（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="88"/>
        <source>documents disagree: {value} is charted</source>
        <translation>文档数值不一致：图中为 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="90"/>
        <source>agrees with the charted {value}</source>
        <translation>与图中的 {value} 一致</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="92"/>
        <source>charted</source>
        <translation>已绘制</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="93"/>
        <location filename="../../ui/zones/texts.py" line="114"/>
        <source>excluded by you</source>
        <translation>已被您排除</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="94"/>
        <source>no zone found</source>
        <translation>未识别出自贸区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="95"/>
        <location filename="../../ui/zones/texts.py" line="116"/>
        <source>all pilot FTZs together</source>
        <translation>全国自贸试验区合计</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="96"/>
        <source>an area&apos;s figure</source>
        <translation>片区数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="97"/>
        <source>the zone&apos;s own figure</source>
        <translation>自贸区整体数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="98"/>
        <source>a target, not a result</source>
        <translation>目标值，非实绩</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="99"/>
        <source>part of a larger figure</source>
        <translation>某个总数中的一部分</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="100"/>
        <source>a rate of change</source>
        <translation>增速</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="102"/>
        <source>a share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="104"/>
        <source>a level</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="106"/>
        <source>another series ({detail})</source>
        <translation>其他序列（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="115"/>
        <source>without zone</source>
        <translation>无自贸区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="117"/>
        <source>areas&apos; figures</source>
        <translation>片区数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="118"/>
        <source>the zone&apos;s own</source>
        <translation>自贸区整体数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="119"/>
        <source>targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="120"/>
        <source>parts of totals</source>
        <translation>部分数</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="121"/>
        <source>shares or rates</source>
        <translation>占比或增速</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="122"/>
        <source>another unit</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="123"/>
        <source>without period</source>
        <translation>无时期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="124"/>
        <source>another kind of period</source>
        <translation>其他时期类型</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="125"/>
        <source>another period</source>
        <translation>其他时期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="126"/>
        <source>disagreeing values</source>
        <translation>不一致数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="127"/>
        <source>agreeing values</source>
        <translation>一致的重复数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="128"/>
        <source>other series</source>
        <translation>其他序列</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="140"/>
        <source>{y}</source>
        <translation>{y}年</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="142"/>
        <source>H1 {y}</source>
        <translation>{y}年上半年</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="144"/>
        <source>H2 {y}</source>
        <translation>{y}年下半年</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="147"/>
        <source>Q1 {y}</source>
        <translation>{y}年第一季度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="148"/>
        <source>Q2 {y}</source>
        <translation>{y}年第二季度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="149"/>
        <source>Q3 {y}</source>
        <translation>{y}年第三季度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="150"/>
        <source>Q4 {y}</source>
        <translation>{y}年第四季度</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="157"/>
        <source>{mon} {y}</source>
        <translation>{y}年{m}月</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="158"/>
        <source>{d} {mon} {y}</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="166"/>
        <source>{mon1}–{mon2} {y}</source>
        <translation>{y}年{m1}—{m2}月</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="170"/>
        <source>{d1} {mon1} – {d2} {mon2} {y}</source>
        <translation>{y}年{m1}月{d1}日至{m2}月{d2}日</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="180"/>
        <source>{y1}–{y2}</source>
        <translation>{y1}—{y2}年</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="181"/>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="195"/>
        <source>{start} to {end}, cumulative</source>
        <translation>{start}至{end}累计</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="199"/>
        <location filename="../../ui/zones/texts.py" line="205"/>
        <source>cumulative to {end}</source>
        <translation>截至{end}累计</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="201"/>
        <source>since {start}</source>
        <translation>{start}以来</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="207"/>
        <source>as of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/texts.py" line="211"/>
        <source>{period} (target)</source>
        <translation>{period}目标</translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../ui/zones/view.py" line="129"/>
        <source>Over time</source>
        <translation>时间趋势</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="242"/>
        <source>Exclude / Include</source>
        <translation>排除 / 恢复</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="328"/>
        <source>Could not read the figures: {e}</source>
        <translation>无法读取数据：{e}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="128"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="130"/>
        <source>One measure across zones, or across the areas of one zone</source>
        <translation>比较各自贸区（或同一自贸区各片区）的同一指标</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="131"/>
        <source>Measures of zones or areas on a time axis</source>
        <translation>在时间轴上查看自贸区或片区的指标</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="137"/>
        <source>Compare zones, or the areas of one zone (never both in one chart)</source>
        <translation>比较各自贸区，或同一自贸区的各片区（两者不在同一张图中）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="142"/>
        <source>What is counted, with the number of zones or areas it reaches; those reaching most first</source>
        <translation>统计的内容，括号内为覆盖的自贸区或片区数；覆盖最多的排在前面</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="146"/>
        <source>Yearly, half-yearly, cumulative… figures are never mixed</source>
        <translation>年度、半年、累计等不同时期类型的数据从不混在一起</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="149"/>
        <source>The period charted; by default the one most places report</source>
        <translation>图中的时期；默认为报告地区最多的时期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="150"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="153"/>
        <source>Chart as Image (PNG, SVG)…</source>
        <translation>图表导出为图片（PNG、SVG）…</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="154"/>
        <source>The chart with its title, units, periods and sources</source>
        <translation>附标题、单位、时期和来源的图表</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="155"/>
        <source>Records as CSV…</source>
        <translation>记录导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="160"/>
        <source>Across</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="160"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="168"/>
        <source>Period kind</source>
        <translation>时期类型</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="168"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="179"/>
        <source>Tick zones or areas and measures on the left.</source>
        <translation>在左侧勾选自贸区或片区以及指标。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="193"/>
        <source>Zones and areas</source>
        <translation>自贸区和片区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="195"/>
        <source>Measures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="241"/>
        <source>All records of this chart</source>
        <translation>本图全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="241"/>
        <source>Charted</source>
        <translation>已绘制</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="241"/>
        <source>Left out</source>
        <translation>未绘制</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="243"/>
        <source>Mark the selected record wrong (or right again); remembered</source>
        <translation>将所选记录标为错误（或恢复）；会被记住</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="244"/>
        <source>Chart This Value</source>
        <translation>采用此数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="246"/>
        <source>Where documents disagree, chart the selected record&apos;s value (remembered)</source>
        <translation>文档数值不一致时，在图中采用所选记录的数值（会被记住）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="252"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="311"/>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="343"/>
        <source>{n} figures in the library</source>
        <translation>资料库中共 {n} 条数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="351"/>
        <source>Zones</source>
        <translation>各自贸区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="354"/>
        <source>Areas of {zone} ({n})</source>
        <translation>{zone}各片区（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="365"/>
        <source>{measure} · {category} ({n})</source>
        <translation>{measure} · {category}（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="366"/>
        <location filename="../../ui/zones/view.py" line="407"/>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="406"/>
        <source>{measure} · {kind}</source>
        <translation>{measure} · {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="413"/>
        <source>({n} figures, {p} places)</source>
        <translation>（{n} 条数据，{p} 个地区）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="538"/>
        <source>No figures yet: import documents about the zones.</source>
        <translation>尚无数据：请导入有关自贸区的文档。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="558"/>
        <source>None of this measure&apos;s figures can be charted here: see the reasons below.</source>
        <translation>此指标没有可以在此绘制的数据：原因见下方。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="570"/>
        <source>Tick at least one zone or area and one measure.</source>
        <translation>请至少勾选一个自贸区或片区和一个指标。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="580"/>
        <source>No figures of these measures for these places.</source>
        <translation>这些地区没有这些指标的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="609"/>
        <source>across zones</source>
        <translation>各自贸区比较</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="612"/>
        <source>across the areas of {zone}</source>
        <translation>{zone}各片区比较</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="617"/>
        <source>{measure} ({kind}) · {period} · {scope}</source>
        <translation>{measure}（{kind}）· {period} · {scope}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="627"/>
        <source>{places}: {measures} over time</source>
        <translation>{places}：{measures}时间趋势</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="631"/>
        <source>{measure} ({kind})</source>
        <translation>{measure}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="638"/>
        <source>1 place charted</source>
        <translation>已绘制 1 个地区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="638"/>
        <source>{n} places charted</source>
        <translation>已绘制 {n} 个地区</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="640"/>
        <source>{lines} lines, {n} points</source>
        <translation>{lines} 条线，{n} 个点</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="643"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="644"/>
        <source>{reason}: {n}</source>
        <translation>{reason} {n} 条</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="647"/>
        <source>{n} records left out ({detail})</source>
        <translation>{n} 条记录未绘制（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="649"/>
        <source>show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="654"/>
        <source>⚠ documents disagree on one value: hover to compare, choose in the table</source>
        <translation>⚠ 有 1 个数值各文档不一致：悬停可比较，可在表格中选择</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="656"/>
        <source>⚠ documents disagree on {n} values: hover to compare, choose in the table</source>
        <translation>⚠ 有 {n} 个数值各文档不一致：悬停可比较，可在表格中选择</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="725"/>
        <source>written {value}</source>
        <translation>原文 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="726"/>
        <source>Label: {label}</source>
        <translation>标签：{label}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="755"/>
        <source>Documents disagree ({n} values); charted: the {which}.</source>
        <translation>各文档数值不一致（{n} 个数值）；图中采用{which}。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="757"/>
        <source>value you chose</source>
        <translation>您选择的数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="757"/>
        <source>latest document&apos;s</source>
        <translation>最新文档的数值</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="766"/>
        <source>1 more sentence agrees.</source>
        <translation>另有 1 句与此一致。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="768"/>
        <source>{n} more sentences agree.</source>
        <translation>另有 {n} 句与此一致。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="771"/>
        <source>Click to open the document at this sentence.</source>
        <translation>单击可打开文档并定位到此句。</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="880"/>
        <source>Measure: {measure} ({category}, {kind}); unit: {unit}</source>
        <translation>指标：{measure}（{category}，{kind}）；单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="888"/>
        <source>Period: {period} ({kind}); {n} places; {left} records of the measure left out</source>
        <translation>时期：{period}（{kind}）；{n} 个地区；该指标另有 {left} 条记录未绘制</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="899"/>
        <source>{place} · {measure} ({kind}): {first} – {last}</source>
        <translation>{place} · {measure}（{kind}）：{first}至{last}</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="931"/>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="937"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/zones/view.py" line="937"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
</TS>
