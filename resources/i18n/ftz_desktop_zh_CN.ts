<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationCardDelegate</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="93"/>
        <source>Not found in the current text</source>
        <translation>在当前文本中未找到</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="197"/>
        <source>Your note (Ctrl+Enter to save, Esc to cancel)</source>
        <translation>你的笔记（Ctrl+Enter 保存，Esc 取消）</translation>
    </message>
</context>
<context>
    <name>AnnotationColors</name>
    <message>
        <location filename="../../ftz_desktop/ui/common/colors.py" line="19"/>
        <source>Yellow</source>
        <extracomment>Background of a highlight (light enough for dark text), then of the selected one, then the swatch / underline shade.</extracomment>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/colors.py" line="20"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/colors.py" line="21"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/colors.py" line="22"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/colors.py" line="23"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="151"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="153"/>
        <source>Add Tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="155"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="193"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="195"/>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="197"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="248"/>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="250"/>
        <source>Delete Annotations</source>
        <translation>删除多条标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="273"/>
        <source>Re-attach Annotation</source>
        <translation>重新定位标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="294"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="295"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="296"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/commands.py" line="328"/>
        <source>Tag Document</source>
        <translation>为文档加标签</translation>
    </message>
</context>
<context>
    <name>AnnotationIO</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="31"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="32"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="33"/>
        <source>W3C Web Annotation JSON (*.json)</source>
        <translation>W3C Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="80"/>
        <source>Annotations backed up to {path}</source>
        <translation>标注已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="84"/>
        <source>Imported {added} annotations ({orphaned} not found in the current text), {duplicates} already here, {tags} document tags added</source>
        <translation>已导入 {added} 条标注（其中 {orphaned} 条在当前文本中未找到），{duplicates} 条已存在，新增文档标签 {tags} 个</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="90"/>
        <source>; {count} not imported</source>
        <translation>；{count} 条未导入</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="97"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="121"/>
        <source>There are no annotations to export.</source>
        <translation>没有可导出的标注。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="124"/>
        <source>Export {count} Annotations</source>
        <translation>导出 {count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="153"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="156"/>
        <source>Exported {count} annotations to {path}</source>
        <translation>已将 {count} 条标注导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="163"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="165"/>
        <source>W3C Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>W3C Web Annotation JSON (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="173"/>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="180"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/transfer.py" line="175"/>
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
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="153"/>
        <source>Highlight in {colour}</source>
        <translation>用{colour}高亮</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="161"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="162"/>
        <source>Add &amp;Tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="163"/>
        <source>&amp;Delete Annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="164"/>
        <source>&amp;Re-attach to Selection</source>
        <translation>重新定位到所选文本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="165"/>
        <source>Tag &amp;Document…</source>
        <translation>为文档加标签(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="166"/>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="167"/>
        <source>Show &amp;All Annotations</source>
        <translation>显示全部标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="168"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="169"/>
        <source>I&amp;mport Annotations…</source>
        <translation>导入标注(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="170"/>
        <source>&amp;Back Up Annotations Now</source>
        <translation>立即备份标注(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="174"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="293"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="300"/>
        <source>The annotation could not be saved: {error}</source>
        <translation>标注未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="404"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="419"/>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="435"/>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="451"/>
        <source>Select text in the reader first.</source>
        <translation>请先在阅读器中选中文字。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="443"/>
        <source>Tag Passage</source>
        <translation>为摘录加标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="464"/>
        <source>Choose an annotation in the reader, the annotation panel or the Annotations tab.</source>
        <translation>请在阅读器、标注面板或“标注”页中选择一条标注。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="482"/>
        <source>Choose an annotation of this document in the annotation panel first.</source>
        <translation>请先在标注面板中选择本文档的一条标注。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="485"/>
        <source>Select the passage in the reader to re-attach the annotation to.</source>
        <translation>请在阅读器中选中要重新定位到的文字。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="515"/>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="519"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="518"/>
        <source>Add tags to {count} annotations</source>
        <translation>为 {count} 条标注添加标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="550"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="554"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="554"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="565"/>
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="565"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="567"/>
        <source>Add Tags…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="567"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="570"/>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="574"/>
        <source>Re-attach Chosen Annotation Here</source>
        <translation>将所选标注重新定位到此处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="616"/>
        <source>Tag Document</source>
        <translation>为文档加标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="622"/>
        <source>Add tags to {count} documents</source>
        <translation>为 {count} 篇文档添加标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/workbench.py" line="623"/>
        <source>Tag Documents</source>
        <translation>为文档加标签</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="83"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="84"/>
        <source>Passage</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="85"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="86"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="87"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="88"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="180"/>
        <source>The passage was not found when the document changed; select new text to re-attach it.</source>
        <translation>文档更新后未找到这段原文；请选中新的文字重新定位。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/model.py" line="210"/>
        <source>orphaned</source>
        <translation>未定位</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="318"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="341"/>
        <source>Select text in the reader and pick a colour to highlight it.</source>
        <translation>在阅读器中选中文字，再选一种颜色即可高亮。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="343"/>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="485"/>
        <source>Re-attach to Selection</source>
        <translation>重新定位到所选文本</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="345"/>
        <source>Attach the chosen annotation to the text selected in the reader (Ctrl+Shift+R)</source>
        <translation>把所选标注定位到阅读器中选中的文字 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="350"/>
        <source>Double-click a card to edit its note, or its tags line to edit the tags.</source>
        <translation>双击卡片编辑笔记，双击标签行编辑标签。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="387"/>
        <source>Open a document to see its annotations.</source>
        <translation>打开一篇文档即可查看其标注。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="389"/>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="393"/>
        <source>{count} not found in the current text: choose one, select its passage in the reader and re-attach it.</source>
        <translation>{count} 条在当前文本中未找到：选中一条，在阅读器中选中对应文字，然后重新定位。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="476"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="477"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="479"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/panel.py" line="488"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AnnotationsTab</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="90"/>
        <source>Filter by passage, note or tag</source>
        <translation>按摘录、笔记或标签筛选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="94"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="98"/>
        <source>Orphans only</source>
        <translation>仅未定位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="100"/>
        <source>Only the annotations whose passage was not found after their document changed, to re-attach them</source>
        <translation>只显示文档更新后未找到原文的标注，以便重新定位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="111"/>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="112"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="213"/>
        <source>Cannot list the annotations: {error}</source>
        <translation>无法列出标注：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="233"/>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="235"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 条</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="240"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="253"/>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="280"/>
        <source>Open in Reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="282"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="284"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="285"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tab.py" line="291"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EntitiesDock</name>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="324"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="358"/>
        <source>Document</source>
        <translation type="unfinished">文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="358"/>
        <source>Entities of the document in the current reader tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="359"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="359"/>
        <source>Entities across the current search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="360"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="360"/>
        <source>Entities across the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="375"/>
        <source>Extract Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="377"/>
        <source>Find the zones, organisations, people and policies of every document again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="393"/>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="395"/>
        <source>Show All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="397"/>
        <source>Highlight in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="454"/>
        <source>Loading…</source>
        <translation type="unfinished">正在载入…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="469"/>
        <source>The entities could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="481"/>
        <source>No library is open.</source>
        <translation type="unfinished">没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="486"/>
        <source>Some documents&apos; entities are missing or out of date (the gazetteer changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="489"/>
        <source>Open a document to see its entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="491"/>
        <source>Search to see the entities of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="493"/>
        <source>No entities found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="495"/>
        <source>{count} mentions in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="498"/>
        <source>{count} mentions in {docs} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="509"/>
        <source>Extracting entities… {done} of {total} documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="94"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="95"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="96"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="97"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="98"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="99"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="168"/>
        <source>Also written: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="170"/>
        <source>{count} mentions in {docs} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="244"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/entities/dock.py" line="244"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="101"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="107"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="110"/>
        <source>Next match (F3)</source>
        <translation>下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="115"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="118"/>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="130"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="142"/>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="152"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="158"/>
        <source>Added {added} · updated {updated} · unchanged {unchanged} · missing {missing} · failed {failed}</source>
        <translation>新增 {added} · 更新 {updated} · 未变 {unchanged} · 缺失 {missing} · 失败 {failed}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="171"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="169"/>
        <source>skipped {skipped}</source>
        <translation>跳过 {skipped}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="186"/>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="186"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="189"/>
        <source>The import was cancelled; what was imported so far is kept.</source>
        <translation>导入已取消，已导入的文档会保留。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="191"/>
        <source>The import is done in {seconds:.1f} s.</source>
        <translation>导入完成，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="198"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="199"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="200"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="201"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="202"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="207"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="213"/>
        <source>Files that could not be imported, with the reason:</source>
        <translation>未能导入的文件及原因：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="219"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/importing.py" line="220"/>
        <source>Copy the summary and every failure with its reason</source>
        <translation>复制摘要及每个失败文件的原因</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="53"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="54"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="55"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="56"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="57"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="58"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="134"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/model.py" line="1"/>
        <source>{count} copies</source>
        <translation>{count} 份副本</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ftz_desktop/ui/library/view.py" line="43"/>
        <source>Filter by title, date, source or path</source>
        <translation>按标题、日期、来源或路径筛选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/view.py" line="90"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 篇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/view.py" line="112"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/view.py" line="114"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/view.py" line="114"/>
        <source>Tag {count} Documents…</source>
        <translation>为 {count} 篇文档加标签…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="114"/>
        <source>FTZ Desktop</source>
        <translation>自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="126"/>
        <source>Search with Ctrl+K, or double-click a document below to read it.</source>
        <translation>按 Ctrl+K 检索，或双击下方文档阅读。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="136"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="154"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="200"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="203"/>
        <source>Import F&amp;iles…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="205"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="207"/>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例资料库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="208"/>
        <source>&amp;Open Library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="209"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="212"/>
        <source>Copy with &amp;Citation</source>
        <translation>带出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="215"/>
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="217"/>
        <source>Open &amp;Original File</source>
        <translation>打开原文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="219"/>
        <source>&amp;Search…</source>
        <translation>检索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="220"/>
        <source>&amp;Next Hit</source>
        <translation>下一处命中(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="221"/>
        <source>&amp;Previous Hit</source>
        <translation>上一处命中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="223"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="224"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="225"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="226"/>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="227"/>
        <source>Next &amp;Tab</source>
        <translation>下一个标签页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="229"/>
        <source>Previous Ta&amp;b</source>
        <translation>上一个标签页(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="231"/>
        <source>&amp;About FTZ Desktop</source>
        <translation>关于自贸区文献工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="234"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="242"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="245"/>
        <source>&amp;Search</source>
        <translation>检索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="248"/>
        <source>&amp;Recent Searches</source>
        <translation>最近检索(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="250"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="253"/>
        <source>&amp;Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="260"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="275"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="288"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="337"/>
        <source>Wait for the import to finish first.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="350"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="373"/>
        <source>Cannot open the library {path}: {error}</source>
        <translation>无法打开资料库 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="374"/>
        <source>No library</source>
        <translation>没有资料库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="381"/>
        <source>{name} — FTZ Desktop</source>
        <translation>{name} — 自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="426"/>
        <source>Open or Create Library</source>
        <translation>打开或新建资料库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="428"/>
        <source>Libraries (*.sqlite)</source>
        <translation>资料库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="292"/>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="448"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="293"/>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="455"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="457"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="465"/>
        <source>No library is open.</source>
        <translation>没有打开资料库。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="469"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="518"/>
        <source>Import failed: {message}</source>
        <translation>导入失败：{message}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="553"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="645"/>
        <source>No recent searches</source>
        <translation>没有最近检索</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="658"/>
        <source>About FTZ Desktop</source>
        <translation>关于自贸区文献工作台</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/mainwindow.py" line="659"/>
        <source>FTZ Desktop — an offline workbench for documents about China&apos;s pilot free trade zones.</source>
        <translation>自贸区文献工作台——研究中国自由贸易试验区文献的离线工具。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_input.py" line="74"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_input.py" line="81"/>
        <source>Your note on this passage</source>
        <translation>对这段文字的笔记</translation>
    </message>
</context>
<context>
    <name>ReaderTabs</name>
    <message>
        <location filename="../../ftz_desktop/ui/reader/tabs.py" line="78"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ftz_desktop/ui/reader/highlights.py" line="38"/>
        <source>No note</source>
        <translation>没有笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/highlights.py" line="80"/>
        <location filename="../../ftz_desktop/ui/reader/highlights.py" line="230"/>
        <source>Tag Document…</source>
        <translation>为文档加标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/highlights.py" line="81"/>
        <source>Give this document tags (Ctrl+Shift+D)</source>
        <translation>给这篇文档加标签 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/highlights.py" line="230"/>
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="81"/>
        <source>— {cite}</source>
        <translation>——{cite}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="207"/>
        <source>Loading…</source>
        <extracomment>called with (menu, reader) to add the annotation actions to the context menu</extracomment>
        <translation>正在载入…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="225"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="228"/>
        <source>Next hit (F3)</source>
        <translation>下一处 (F3)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="233"/>
        <source>Open original</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="234"/>
        <source>Open the original file with the system&apos;s application</source>
        <translation>用系统默认程序打开原文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="271"/>
        <source>Copy with Citation</source>
        <translation>带出处复制</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="274"/>
        <source>Open Original File</source>
        <translation>打开原文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="292"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="294"/>
        <source>original file missing</source>
        <translation>原文件缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/view.py" line="310"/>
        <source>This document cannot be shown</source>
        <translation>无法显示此文档</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/common/formatting.py" line="21"/>
        <source>1 document</source>
        <translation>共 1 篇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/formatting.py" line="22"/>
        <source>{count} documents</source>
        <translation>共 {count} 篇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/formatting.py" line="28"/>
        <source>1 hit</source>
        <translation>1 处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/formatting.py" line="29"/>
        <source>{count} hits</source>
        <translation>{count} 处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="291"/>
        <source>Search all documents (Ctrl+K)</source>
        <translation>检索全部文档 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="336"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="338"/>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="499"/>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="512"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="339"/>
        <source>Annotations whose note or passage matches the query</source>
        <translation>笔记或摘录与查询匹配的标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="417"/>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="430"/>
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
        <location filename="../../ftz_desktop/ui/search/panel.py" line="450"/>
        <source>Search failed: {error}</source>
        <translation>检索失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="470"/>
        <source>Nothing matches this query.</source>
        <translation>没有符合条件的文档。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="471"/>
        <source>Documents ({count})</source>
        <translation>文档 ({count})</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="500"/>
        <source>The notes could not be searched.</source>
        <translation>无法搜索笔记。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="506"/>
        <source>Notes ({count})</source>
        <translation>笔记 ({count})</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="507"/>
        <source>No note or highlighted passage matches this query.</source>
        <translation>没有与此查询匹配的笔记或高亮摘录。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/common/formatting.py" line="1"/>
        <source>{count} copies</source>
        <translation>{count} 份副本</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/search/panel.py" line="1"/>
        <source>Open copy {doc_id}</source>
        <translation>打开副本 {doc_id}</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="51"/>
        <source>Highlight in {colour} ({keys})</source>
        <translation>用{colour}高亮 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="60"/>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="82"/>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="92"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="61"/>
        <source>Add a note ({keys})</source>
        <translation>添加笔记 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="63"/>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="83"/>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="93"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="64"/>
        <source>Add tags ({keys})</source>
        <translation>添加标签 ({keys})</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="68"/>
        <source>Delete the highlight (Delete)</source>
        <translation>删除这条高亮 (Delete)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/reader/selection_bar.py" line="92"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="92"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="101"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="101"/>
        <source>Passages</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="101"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="117"/>
        <source>Nest tags with / (政策/金融 is under 政策). Every change can be undone (Ctrl+Z).</source>
        <translation>用 / 嵌套标签（政策/金融 属于 政策）。每项更改都可以撤销 (Ctrl+Z)。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="121"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="123"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="125"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="127"/>
        <source>Show Annotations</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="129"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="133"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="215"/>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="231"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="215"/>
        <source>New name for “{tag}”:</source>
        <translation>“{tag}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="222"/>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="246"/>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="256"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="223"/>
        <source>There is already a tag “{tag}”. Merge “{old}” into it?</source>
        <translation>已有标签“{tag}”。要把“{old}”合并进去吗？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="233"/>
        <source>Rename “{old}” to “{new}”? This changes {anns} passages and {docs} documents (tags nested below it are renamed too).</source>
        <translation>把“{old}”重命名为“{new}”？这会改动 {anns} 条摘录和 {docs} 篇文档（其下的嵌套标签也一并重命名）。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="245"/>
        <source>Merge {tags} into the tag:</source>
        <translation>把 {tags} 合并到标签：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="257"/>
        <source>Put the {anns} passages and {docs} documents tagged {tags} under “{into}”?</source>
        <translation>把带有 {tags} 标签的 {anns} 条摘录和 {docs} 篇文档归入“{into}”？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="274"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_manager.py" line="276"/>
        <source>Remove “{tag}” (and the tags nested below it) from {anns} passages and {docs} documents? The passages and documents stay. You can undo this.</source>
        <translation>从 {anns} 条摘录和 {docs} 篇文档上移除“{tag}”（及其下的嵌套标签）？摘录和文档本身保留。此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/annotations/tag_input.py" line="119"/>
        <source>Separate tags with commas; nest them with / (政策/金融).</source>
        <translation>多个标签用逗号分隔；用 / 嵌套（政策/金融）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="30"/>
        <source>Your library is empty</source>
        <translation>资料库还是空的</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="38"/>
        <source>Import the documents you collected about the pilot free trade zones —
text, Markdown, HTML, PDF and Word files. Everything stays on this computer.</source>
        <translation>导入你收集的自由贸易试验区资料——
纯文本、Markdown、HTML、PDF 和 Word 文件。所有内容都只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="45"/>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="46"/>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="47"/>
        <source>Open Sample Library</source>
        <translation>打开示例资料库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="77"/>
        <source>Importing… the documents appear here when the import is done.</source>
        <translation>正在导入……完成后文档会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/library/welcome.py" line="79"/>
        <source>You can also drop files or folders onto this window.</source>
        <translation>也可以把文件或文件夹拖到这个窗口里。</translation>
    </message>
</context>
<context>
    <name>ZonesView</name>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="168"/>
        <source>Compare zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="168"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="173"/>
        <source>label contains… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="177"/>
        <source>Exclude / Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="178"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="179"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="183"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="186"/>
        <source>Zone/area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="269"/>
        <source>Could not read the figures: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="294"/>
        <source>{n} records ({x} excluded); click a bar to read its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="310"/>
        <source>No figures for this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="331"/>
        <source>{c} — latest figure per zone/area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="333"/>
        <source>{z}: {c} by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="407"/>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/zones/view.py" line="412"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
