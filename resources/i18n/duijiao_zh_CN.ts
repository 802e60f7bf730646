<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../ui/widgets/side_by_side.py" line="173"/>
        <source>(This article is only in the other version.)</source>
        <translation>（这篇文章只在另一个版本中。）</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="38"/>
        <source>Edit change</source>
        <translation>手动修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="48"/>
        <source>In context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="75"/>
        <source>Full-width punctuation (Alt+W)</source>
        <translation>标点改为全角 (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="53"/>
        <source>Left:</source>
        <translation>左侧：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="53"/>
        <source>Right:</source>
        <translation>右侧：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="55"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="59"/>
        <source>Start from this (%1)</source>
        <translation>从这一版改起（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/edit_dialog.py" line="67"/>
        <source>Text for the clean copy (Ctrl+Enter to confirm, Esc to cancel):</source>
        <translation>校对稿中的文字（Ctrl+Enter 确定，Esc 取消）：</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="53"/>
        <source>Reopen with encoding</source>
        <translation>用指定编码重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="56"/>
        <source>Left: %1</source>
        <translation>左侧：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="57"/>
        <source>Right: %1</source>
        <translation>右侧：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="72"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="73"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="76"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="122"/>
        <source>Cannot be read this way: %1</source>
        <translation>无法这样读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="127"/>
        <source>The file&apos;s bytes are UTF-8: read as %1, its text is garbled (mojibake).</source>
        <translation>这个文件的字节是 UTF-8：按 %1 读取会成为乱码。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/window/file_actions.py" line="64"/>
        <source>the left version</source>
        <translation>左侧版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="64"/>
        <source>the right version</source>
        <translation>右侧版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="65"/>
        <source>both versions</source>
        <translation>两个版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="68"/>
        <source>Replace the files being reviewed?</source>
        <translation>替换正在校对的文件？</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="71"/>
        <source>Open another file as %1? The decisions made so far are kept in the automatic save and come back when these files are opened together again.</source>
        <translation>要打开另一个文件作为%1吗？已做的处理保存在自动保存中，再次同时打开这两个文件时即可恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="88"/>
        <source>Now open or drop the other version.</source>
        <translation>请再打开或拖入另一个版本。</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="89"/>
        <source>%1 is ready. Drop or open the other version.</source>
        <translation>%1 已就绪。请拖入或打开另一个版本。</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="98"/>
        <source>Add a version</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="116"/>
        <source>Open left version</source>
        <translation>打开左侧版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="123"/>
        <source>Open right version</source>
        <translation>打开右侧版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="132"/>
        <source>Texts and documents (%1)</source>
        <translation>文本和文档 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="133"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="285"/>
        <source>Overwrite an input file?</source>
        <translation>要覆盖原文件吗？</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="286"/>
        <source>%1 is one of the files being compared. Replace it with the clean copy?</source>
        <translation>%1 是正在比对的原文件之一。确定用校对稿替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="205"/>
        <source>Undecided changes</source>
        <translation>还有未定的差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/file_actions.py" line="206"/>
        <source>%n change(s) are still undecided and will keep the base text. Save anyway?</source>
        <translation>
            <numerusform>还有 %n 处差异未定，将保留底本文字。仍然保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="212"/>
        <location filename="../../ui/window/file_actions.py" line="215"/>
        <location filename="../../ui/window/file_actions.py" line="244"/>
        <location filename="../../ui/window/file_actions.py" line="313"/>
        <location filename="../../ui/window/file_actions.py" line="343"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="349"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="225"/>
        <source>Save review session</source>
        <translation>保存校对进度</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="227"/>
        <location filename="../../ui/window/file_actions.py" line="255"/>
        <source>Duijiao sessions (*%1)</source>
        <translation>对校进度文件 (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="253"/>
        <source>Open review session</source>
        <translation>打开校对进度</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="265"/>
        <source>Cannot open session</source>
        <translation>无法打开校对进度</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="295"/>
        <source>Export for editing</source>
        <translation>导出供编辑审阅</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="297"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="324"/>
        <source>Export change report</source>
        <translation>导出修改报告</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="326"/>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>网页 (*.html);;表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="339"/>
        <source>Duijiao change report</source>
        <translation>对校修改报告</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="355"/>
        <source>Automatic save failed (%1); retrying. Decisions since the last save are not on disk.</source>
        <translation>自动保存失败（%1），正在重试。上次保存之后的决定尚未写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="360"/>
        <source>Save the review session (Ctrl+Shift+S) to another folder to keep your decisions safe.</source>
        <translation>请将校对会话另存到其他文件夹（Ctrl+Shift+S），以免丢失已做的决定。</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="361"/>
        <source>Automatic save failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="365"/>
        <source>Automatic save works again: every decision is saved.</source>
        <translation>自动保存已恢复：所有决定均已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_actions.py" line="374"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键一览</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="51"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="52"/>
        <source>in both versions of every article</source>
        <translation>在所有文章的两个版本中查找</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="53"/>
        <source>Previous (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="54"/>
        <source>Next (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="55"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../../ui/widgets/palette.py" line="76"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="78"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="81"/>
        <source>also in the %1 version&apos;s article %2 “%3”</source>
        <translation>也见于%1版本第 %2 篇“%3”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="87"/>
        <source>“%1” twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="89"/>
        <source>stops at “…%1”; the other version goes on</source>
        <translation>止于“…%1”，另一版本还有下文</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="64"/>
        <source>splice</source>
        <translation>拼接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="65"/>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="66"/>
        <source>truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="67"/>
        <source>OCR look-alike</source>
        <translation>疑似形近错字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="68"/>
        <source>number</source>
        <translation>数字变动</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../ui/widgets/palette.py" line="42"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="43"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="44"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="45"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="46"/>
        <source>kept</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="47"/>
        <source>dropped</source>
        <translation>舍弃</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="48"/>
        <source>own text</source>
        <translation>自改</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../ui/window/loading.py" line="71"/>
        <source>Comparing…</source>
        <translation>正在比对…</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="73"/>
        <source>Comparing %1 with %2…</source>
        <translation>正在比对 %1 和 %2…</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="109"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="155"/>
        <source>The encoding of %1 was guessed as %2, but another reads it as well (a short file). File ▸ Reopen with encoding… chooses one.</source>
        <translation>%1 的编码推测为 %2，但别的编码也能读通（文件太短）。可用“文件 ▸ 用指定编码重新打开…”指定。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="137"/>
        <source>%1 holds tracked changes not yet accepted: their text is read as accepted.</source>
        <translation>%1 含有尚未接受的修订：按全部接受后的文字读入。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="138"/>
        <source>%1: its %2 footnotes are left out.</source>
        <translation>%1：其中 %2 条脚注未读入。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="139"/>
        <source>%1: its %2 endnotes are left out.</source>
        <translation>%1：其中 %2 条尾注未读入。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="140"/>
        <source>%1: its %2 comments are left out.</source>
        <translation>%1：其中 %2 条批注未读入。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="141"/>
        <source>%1: its %2 running heads and page numbers are left out.</source>
        <translation>%1：其中 %2 处页眉和页码未读入。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="178"/>
        <source>Open in another window</source>
        <translation>已在另一个窗口中打开</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="180"/>
        <source>These files are open in another Duijiao window too. Each window saves its own decisions automatically, so neither overwrites the other; the next start offers both.</source>
        <translation>这两个文件也在另一个对校窗口中打开。每个窗口各自自动保存自己的决定，互不覆盖；下次启动时两份都会提供恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="204"/>
        <source>Automatic saves kept</source>
        <translation>已保留自动保存</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="205"/>
        <source>The automatic saves not restored were kept as:
%1</source>
        <translation>未恢复的自动保存已保留为：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="216"/>
        <source>Automatic save damaged</source>
        <translation>自动保存的进度已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="218"/>
        <source>The automatic save of these files could not be read (%1). It was kept as %2.</source>
        <translation>这两个文件的自动保存进度无法读取（%1），已另存为 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/loading.py" line="228"/>
        <source>An unfinished review of these files was saved automatically. Restore its %n decision(s)?</source>
        <translation>
            <numerusform>这两个文件有一次未完成的校对已自动保存。要恢复其中的 %n 处决定吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="234"/>
        <source>It was saved at %1 by one of %2 windows that had these files open.</source>
        <translation>它由打开这两个文件的 %2 个窗口之一保存于 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/loading.py" line="241"/>
        <source>%n damaged entries of it cannot be used; the file was kept as %1.</source>
        <translation>
            <numerusform>其中 %n 项已损坏、无法使用；原文件已另存为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="244"/>
        <source>Restore review</source>
        <translation>恢复校对进度</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="250"/>
        <source>The session&apos;s own pairing does not fit these files; the articles were paired anew.</source>
        <translation>校对进度中的手动配对与这两个文件对不上，已重新自动配对。</translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="256"/>
        <source>Changed since the session was saved: %1</source>
        <translation>保存进度后已改动的文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/loading.py" line="258"/>
        <source>%n decision(s) no longer match the text and were dropped.</source>
        <translation>
            <numerusform>%n 处决定与现在的文字对不上，已舍弃。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/loading.py" line="260"/>
        <source>Session restored</source>
        <translation>已恢复校对进度</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="145"/>
        <source>Duijiao — compare two versions of an issue</source>
        <translation>对校 — 比对同一期报纸的两个版本</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="366"/>
        <source>Articles: %1 left, %2 right · finding the changes…</source>
        <translation>文章：左侧 %1 篇，右侧 %2 篇 · 正在找出差异…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="151"/>
        <source>Choose encoding…</source>
        <translation>指定编码…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="146"/>
        <source>Filter articles…</source>
        <translation>筛选文章…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="147"/>
        <source>Undecided only</source>
        <translation>只看未定</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="148"/>
        <source>Flagged only</source>
        <translation>只看有疑点的</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="149"/>
        <source>The clean copy of this article appears here.</source>
        <translation>这里显示本篇校对后的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="248"/>
        <source>Applying the batch…</source>
        <translation>正在批量处理…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="230"/>
        <source>Drop two files here (first the left version, then the right), or open them from the File menu.
Try Help ▸ Open the sample issue to see how it works.</source>
        <translation>把两个文件拖到这里（先左侧版本，再右侧版本），或从“文件”菜单打开。
想先看看效果，可选“帮助 ▸ 打开示例报纸”。</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="315"/>
        <source>(left out of the clean copy)</source>
        <translation>（校对稿中不保留此篇）</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="325"/>
        <source>change %1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="328"/>
        <source>one-sided article</source>
        <translation>单侧文章</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="354"/>
        <source>No files open</source>
        <translation>尚未打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="359"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="360"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="375"/>
        <source>Articles: %1 left, %2 right · %3 of %4 changes decided · base: %5</source>
        <translation>文章：左侧 %1 篇，右侧 %2 篇 · 已定 %3 / %4 处 · 底本：%5</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="380"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="380"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="329"/>
        <source>%1 of %2 decided</source>
        <translation>已定 %1 / %2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/window/command_table.py" line="21"/>
        <source>Take version 1&apos;s reading (the base)</source>
        <translation>采用版本 1 的读法（底本）</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="22"/>
        <source>Take version 2&apos;s reading</source>
        <translation>采用版本 2 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="23"/>
        <source>Take version 3&apos;s reading</source>
        <translation>采用版本 3 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="24"/>
        <source>Take version 4&apos;s reading</source>
        <translation>采用版本 4 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="25"/>
        <source>Take version 5&apos;s reading</source>
        <translation>采用版本 5 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="26"/>
        <source>Take version 6&apos;s reading</source>
        <translation>采用版本 6 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="27"/>
        <source>Take version 7&apos;s reading</source>
        <translation>采用版本 7 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="28"/>
        <source>Take version 8&apos;s reading</source>
        <translation>采用版本 8 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="29"/>
        <source>Take version 9&apos;s reading</source>
        <translation>采用版本 9 的读法</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="34"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="37"/>
        <source>Open &amp;left…</source>
        <translation>打开左侧文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="40"/>
        <source>Open &amp;right…</source>
        <translation>打开右侧文件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="44"/>
        <source>Add a &amp;version…</source>
        <translation>添加版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="48"/>
        <source>Recent files</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="49"/>
        <source>S&amp;wap sides</source>
        <translation>左右互换(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="52"/>
        <source>Reopen with &amp;encoding…</source>
        <translation>用指定编码重新打开(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="58"/>
        <source>&amp;Save clean copy…</source>
        <translation>保存校对稿(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="65"/>
        <source>Save review session…</source>
        <translation>保存校对进度…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="70"/>
        <source>Open review session…</source>
        <translation>打开校对进度…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="73"/>
        <source>Export for editing with &amp;tracked changes…</source>
        <translation>导出修订稿供编辑审阅(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="77"/>
        <source>Export change report…</source>
        <translation>导出修改报告…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="87"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="92"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="96"/>
        <source>&amp;Review</source>
        <translation>校对(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="100"/>
        <source>&amp;Accept change</source>
        <translation>采纳此处(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="108"/>
        <source>&amp;Reject change</source>
        <translation>不采纳此处(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="116"/>
        <source>&amp;Edit change…</source>
        <translation>手动修改此处(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="125"/>
        <source>Take &amp;part of change…</source>
        <translation>部分采纳(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="133"/>
        <source>&amp;Next undecided</source>
        <translation>下一处未定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="141"/>
        <source>Take the suggested side</source>
        <translation>采用建议的一侧</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="154"/>
        <source>Take the confident suggestions of this article</source>
        <translation>采用本篇中把握大的建议</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="162"/>
        <source>Take every confident suggestion of the issue</source>
        <translation>采用全期中把握大的建议</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="169"/>
        <source>Decide every change of this kind alike</source>
        <translation>同类差异全部照此处理</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="179"/>
        <source>Accept the rest of this article</source>
        <translation>本篇其余全部采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="187"/>
        <source>Reject the rest of this article</source>
        <translation>本篇其余全部不采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="195"/>
        <source>Accept every change of this article, replacing decisions</source>
        <translation>本篇全部采纳（覆盖已定的）</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="200"/>
        <source>Reject every change of this article, replacing decisions</source>
        <translation>本篇全部不采纳（覆盖已定的）</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="205"/>
        <source>Accept all punctuation changes</source>
        <translation>采纳全部标点差异</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="212"/>
        <source>Accept all whitespace and line-break changes</source>
        <translation>采纳全部空白和换行差异</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="219"/>
        <source>Accept all remaining</source>
        <translation>其余全部采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="225"/>
        <source>Reject all remaining</source>
        <translation>其余全部不采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="231"/>
        <source>Article structure</source>
        <translation>文章结构</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="235"/>
        <source>Split article here</source>
        <translation>从此行拆分文章</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="242"/>
        <source>Join with next article</source>
        <translation>与下一篇合并</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="248"/>
        <source>Mark line as title</source>
        <translation>此行是标题</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="254"/>
        <source>Mark line as body</source>
        <translation>此行是正文</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="263"/>
        <source>Correct the right version (base: right)</source>
        <translation>以右侧为底本校改</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="270"/>
        <source>&amp;Navigate</source>
        <translation>跳转(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="274"/>
        <location filename="../../ui/window/command_table.py" line="329"/>
        <source>Next change</source>
        <translation>下一处差异</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="281"/>
        <location filename="../../ui/window/command_table.py" line="337"/>
        <source>Previous change</source>
        <translation>上一处差异</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="287"/>
        <source>Next flagged change</source>
        <translation>下一处疑点</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="294"/>
        <source>Previous flagged change</source>
        <translation>上一处疑点</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="300"/>
        <source>Next article</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="304"/>
        <source>Previous article</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="311"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="317"/>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="321"/>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="325"/>
        <source>Filter the article list</source>
        <translation>筛选文章列表</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="346"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="350"/>
        <source>Ignore whitespace and line breaks</source>
        <translation>忽略空白和换行</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="356"/>
        <source>Ignore punctuation width (，vs ,)</source>
        <translation>忽略全角/半角标点（，与 ,）</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="362"/>
        <source>Join broken paragraphs</source>
        <translation>合并断开的段落</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="369"/>
        <source>Mark decisions in the clean copy</source>
        <translation>在校对稿中标出处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="378"/>
        <source>Larger clean copy pane</source>
        <translation>放大校对稿窗格</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="387"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="389"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="391"/>
        <source>Reset zoom</source>
        <translation>恢复原始大小</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="394"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="417"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="420"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键一览</translation>
    </message>
    <message>
        <location filename="../../ui/window/command_table.py" line="422"/>
        <source>Open the sample issue</source>
        <translation>打开示例报纸</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../ui/widgets/overview_strip.py" line="26"/>
        <source>Where this article&apos;s changes are; click to jump</source>
        <translation>本篇差异的位置，点击即可跳转</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="78"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="78"/>
        <source>Changes</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="78"/>
        <source>Sim.</source>
        <translation>相似</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="78"/>
        <source>Decided</source>
        <translation>已定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="95"/>
        <source>right only</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="81"/>
        <source>The article&apos;s title (the left version&apos;s, else the right one&apos;s)</source>
        <translation>文章标题（取左侧版本的，没有则取右侧的）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="82"/>
        <source>How many changes the two versions of the article differ by</source>
        <translation>这篇文章两个版本之间的差异处数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="83"/>
        <source>Changes decided / changes in the article</source>
        <translation>已定的差异 / 本篇差异总数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="84"/>
        <source>How alike the two versions are, from 0 to 1</source>
        <translation>两个版本的相似程度，0 到 1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="86"/>
        <source>Proofreading flags: a splice, a truncation, a repeated phrase, a changed number, an OCR look-alike</source>
        <translation>疑点：拼接、截断、重复、数字改动、疑似形近错字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="97"/>
        <source>left only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="99"/>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pair_table.py" line="99"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="166"/>
        <source>Part %1 of %2 of “%3”, which the other version gives as separate items</source>
        <translation>“%3”的第 %1/%2 部分，另一版本中分作独立的篇目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_table.py" line="173"/>
        <source>↔ Where this article starts or ends was taken from the other version: check it (Article structure ▸ Split article here / Join with next article)</source>
        <translation>↔ 本篇的起止位置取自另一版本，请核对（文章结构 ▸ 从此行拆分文章 / 与下一篇合并）</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="143"/>
        <source>Take part of change</source>
        <translation>部分采纳</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="147"/>
        <source>Take these pieces from the other version:</source>
        <translation>从另一版本采纳以下部分：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="171"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="18"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../ui/window/review_actions.py" line="62"/>
        <source>No other open change of this kind (a number or a change of spacing is decided alone).</source>
        <translation>没有其他未定的同类差异（数字和空白的差异要逐处决定）。</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="66"/>
        <source>Decide the same kind alike</source>
        <translation>同类差异照此处理</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="69"/>
        <source>Accept change</source>
        <translation>采纳此处</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="72"/>
        <source>Reject change</source>
        <translation>不采纳此处</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="81"/>
        <source>Edit change</source>
        <translation>手动修改</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="97"/>
        <source>Take part of change</source>
        <translation>部分采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="135"/>
        <source>%1 — no majority</source>
        <translation>%1 —— 无多数</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="137"/>
        <source>%1 — %2 of %3 read %4</source>
        <translation>%1 —— %3 个版本中 %2 个作「%4」</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="145"/>
        <source>Versions are taken by number where three or more are open.</source>
        <translation>打开三个及以上版本时，才能按编号采用某一版本。</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="151"/>
        <source>Version %1 has nothing to take here.</source>
        <translation>版本 %1 在此处没有可采用的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="155"/>
        <source>Take version %1</source>
        <translation>采用版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="161"/>
        <source>No suggestion for this change.</source>
        <translation>此处没有建议。</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="164"/>
        <source>Take the suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="168"/>
        <source>Take this article&apos;s suggestions</source>
        <translation>采用本篇的建议</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="171"/>
        <source>Take every confident suggestion</source>
        <translation>采用所有把握大的建议</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="180"/>
        <source>Accept article</source>
        <translation>本篇全部采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="183"/>
        <source>Reject article</source>
        <translation>本篇全部不采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="186"/>
        <source>Accept every change of this article</source>
        <translation>本篇全部采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="189"/>
        <source>Reject every change of this article</source>
        <translation>本篇全部不采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="192"/>
        <source>Accept all punctuation changes</source>
        <translation>采纳全部标点差异</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="195"/>
        <source>Accept all whitespace changes</source>
        <translation>采纳全部空白差异</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="198"/>
        <source>Accept all remaining</source>
        <translation>其余全部采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="201"/>
        <source>Reject all remaining</source>
        <translation>其余全部不采纳</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="229"/>
        <source>Every change is decided.</source>
        <translation>所有差异都已定。</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="278"/>
        <source>No change is flagged.</source>
        <translation>没有标出疑点的差异。</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="300"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="303"/>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="321"/>
        <source>Pair with…</source>
        <translation>与…配对</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="322"/>
        <source>Unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="334"/>
        <source>Pair with</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="334"/>
        <source>Article of the other version:</source>
        <translation>另一版本中的文章：</translation>
    </message>
    <message>
        <location filename="../../ui/window/review_actions.py" line="337"/>
        <source>Pair articles</source>
        <translation>配对文章</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../ui/widgets/review_bar.py" line="51"/>
        <source>Accept (A)</source>
        <translation>采纳 (A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_bar.py" line="52"/>
        <source>Reject (R)</source>
        <translation>不采纳 (R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_bar.py" line="53"/>
        <source>Edit… (E)</source>
        <translation>修改… (E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/review_bar.py" line="54"/>
        <source>Next undecided (N)</source>
        <translation>下一处未定 (N)</translation>
    </message>
</context>
<context>
    <name>SaveOptionsDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="179"/>
        <location filename="../../ui/widgets/dialogs.py" line="216"/>
        <source>Save clean copy</source>
        <translation>保存校对稿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="187"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="190"/>
        <source>As the base file (%1)</source>
        <translation>与底本相同（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="193"/>
        <source>As the base file</source>
        <translation>与底本相同</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="194"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="195"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="200"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="201"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="202"/>
        <source>Layout</source>
        <translation>格式</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/dialogs.py" line="207"/>
        <source>%n change(s) are undecided and will keep the base text.</source>
        <translation>
            <numerusform>还有 %n 处差异未定，将保留底本文字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../ui/window/structure_actions.py" line="33"/>
        <source>Split article here</source>
        <translation>从此行拆分文章</translation>
    </message>
    <message>
        <location filename="../../ui/window/structure_actions.py" line="36"/>
        <source>Mark line as title</source>
        <translation>此行是标题</translation>
    </message>
    <message>
        <location filename="../../ui/window/structure_actions.py" line="39"/>
        <source>Mark line as body</source>
        <translation>此行是正文</translation>
    </message>
    <message>
        <location filename="../../ui/window/structure_actions.py" line="57"/>
        <source>Join with next article</source>
        <translation>与下一篇合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/structure_actions.py" line="69"/>
        <source>%n decision(s) were on text cut by the new boundary and were dropped (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>%n 处决定所在的文字被新的分界切开，已舍弃（按 Ctrl+Z 可恢复）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../ui/widgets/palette.py" line="98"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="98"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="101"/>
        <source>%1 marks a character the other version could not read; %2 may be a reading or a guess</source>
        <translation>%1 表示这里有一个字另一个版本没能认出；%2 可能是认出的字，也可能是猜的</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="104"/>
        <source>you took %1 for %2 %3 times in this issue</source>
        <translation>本期你已 %3 次取“%1”而不取“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="105"/>
        <source>both versions write %1 %2 times elsewhere in this issue; %3 neither</source>
        <translation>本期别处两个版本都写作“%1”%2 次，“%3”一次也没有</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="108"/>
        <source>both versions write %1 %2 times elsewhere in this issue, %3 %4 times</source>
        <translation>本期别处两个版本都写作“%1”%2 次，写作“%3”%4 次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="111"/>
        <source>%1 is the old print form (%2 is what an input method types); that version writes the print forms in %4 of such characters</source>
        <translation>“%1”是旧印刷字形（“%2”是输入法的默认字形）；该版本此类字中 %4 用旧字形</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="117"/>
        <source>Chinese text takes full-width punctuation (full-width in %2 of this issue)</source>
        <translation>中文正文应使用全角标点（本期 %2 为全角）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="119"/>
        <source>half-width punctuation in %2 of this issue, in both versions</source>
        <translation>本期两个版本中 %2 的标点为半角</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="121"/>
        <source>both versions write %3 %2 times elsewhere in this issue; %4 neither</source>
        <translation>两个版本在本期其他地方都写作“%3”（%2 次），都没有“%4”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="124"/>
        <source>%1 appears elsewhere in this issue, %2 nowhere</source>
        <translation>%1 在本期其他地方出现过，%2 没有</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="125"/>
        <source>%1 of %2 versions read %3</source>
        <translation>%2 个版本中 %1 个作「%3」</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="126"/>
        <source>both versions write %3 numbers of this issue in the form of %1, %4 in the form of %2</source>
        <translation>两个版本在本期其他地方有 %3 个数字写作 %1 这种形式，%4 个写作 %2 这种形式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="130"/>
        <source>this issue is written in traditional characters (%2 of those that differ)</source>
        <translation>本期用繁体字书写（两种字形不同的字中 %2 为繁体）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="132"/>
        <source>this issue is written in simplified characters (%2 of those that differ)</source>
        <translation>本期用简体字书写（两种字形不同的字中 %2 为简体）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="134"/>
        <source>the other version&apos;s passage also appears in another article</source>
        <translation>另一版本的这段文字也出现在别的文章中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="135"/>
        <source>the other version says “%2” twice</source>
        <translation>另一版本把“%2”重复了一遍</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="136"/>
        <source>the other version stops mid-sentence here</source>
        <translation>另一版本在这里话没说完就断了</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="142"/>
        <source>Suggests the %1 version (%2 sure, never taken in a batch): %3</source>
        <translation>建议采用%1版本（把握 %2，不随批量采纳）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/palette.py" line="144"/>
        <source>Suggests the %1 version (%2 sure): %3</source>
        <translation>建议采用%1版本（把握 %2）：%3</translation>
    </message>
</context>
</TS>
