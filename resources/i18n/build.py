"""Write duijiao_zh_CN.ts from the table below and compile it with lrelease.

    python resources/i18n/build.py

Contexts are the runtime ones: strings that widgets of the main window
translate with ``self.tr`` (the window and its mixins and menus) live in
``MainWindow``; other widgets use their class name; the legend uses ``Legend``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

ZH_CN: dict[str, dict[str, str | tuple[str]]] = {
    "MainWindow": {
        "Duijiao — compare two versions of an issue": "对校 — 比对同一期报纸的两个版本",
        "&File": "文件(&F)", "Open &left…": "打开左侧文件(&L)…", "Open &right…": "打开右侧文件(&R)…",
        "Recent files": "最近打开", "S&wap sides": "左右互换(&W)", "Reopen with &encoding…": "用指定编码重新打开(&E)…",
        "&Save clean copy…": "保存校对稿(&S)…", "Save review session…": "保存校对进度…",
        "Open review session…": "打开校对进度…", "Export change report…": "导出修改报告…", "&Quit": "退出(&Q)",
        "&Edit": "编辑(&E)", "&Undo": "撤销(&U)", "&Redo": "重做(&R)",
        "&Review": "校对(&R)", "&Accept change": "采纳此处(&A)", "&Reject change": "不采纳此处(&R)",
        "&Edit change…": "手动修改此处(&E)…", "Take &part of change…": "部分采纳(&P)…",
        "&Next undecided": "下一处未定(&N)", "Accept all in this article": "本篇全部采纳",
        "Reject all in this article": "本篇全部不采纳", "Accept all punctuation changes": "采纳全部标点差异",
        "Accept all whitespace and line-break changes": "采纳全部空白和换行差异",
        "Accept all remaining": "其余全部采纳", "Reject all remaining": "其余全部不采纳",
        "Accept the rest of this article": "本篇其余全部采纳", "Reject the rest of this article": "本篇其余全部不采纳",
        "Accept every change of this article, replacing decisions": "本篇全部采纳（覆盖已定的）",
        "Reject every change of this article, replacing decisions": "本篇全部不采纳（覆盖已定的）",
        "Accept every change of this article": "本篇全部采纳", "Reject every change of this article": "本篇全部不采纳",
        "Automatic save damaged": "自动保存的进度已损坏",
        "The automatic save of these files could not be read (%1). It was kept as %2.":
            "这两个文件的自动保存进度无法读取（%1），已另存为 %2。",
        "%n damaged entries of it cannot be used; the file was kept as %1.":
            ("其中 %n 项已损坏、无法使用；原文件已另存为 %1。",),
        "The session's own pairing does not fit these files; the articles were paired anew.":
            "校对进度中的手动配对与这两个文件对不上，已重新自动配对。",
        "The encoding of %1 was guessed as %2, but another reads it as well (a short file). "
        "File ▸ Reopen with encoding… chooses one.":
            "%1 的编码推测为 %2，但别的编码也能读通（文件太短）。可用“文件 ▸ 用指定编码重新打开…”指定。",
        "Articles: %1 left, %2 right · finding the changes…": "文章：左侧 %1 篇，右侧 %2 篇 · 正在找出差异…",
        "Choose encoding…": "指定编码…",
        "Article structure": "文章结构", "Split article here": "从此行拆分文章", "Join with next article": "与下一篇合并",
        "Mark line as title": "此行是标题", "Mark line as body": "此行是正文",
        "%n decision(s) were on text cut by the new boundary and were dropped (Ctrl+Z brings them back).":
            ("%n 处决定所在的文字被新的分界切开，已舍弃（按 Ctrl+Z 可恢复）。",),
        "Correct the right version (base: right)": "以右侧为底本校改",
        "&Navigate": "跳转(&N)", "Next change": "下一处差异", "Previous change": "上一处差异",
        "Next article": "下一篇", "Previous article": "上一篇",
        "&View": "查看(&V)", "Ignore whitespace and line breaks": "忽略空白和换行",
        "Ignore punctuation width (，vs ,)": "忽略全角/半角标点（，与 ,）", "Join broken paragraphs": "合并断开的段落",
        "Zoom in": "放大", "Zoom out": "缩小", "Reset zoom": "恢复原始大小", "Language": "界面语言",
        "&Help": "帮助(&H)", "Keyboard shortcuts": "快捷键一览", "Open the sample issue": "打开示例报纸",
        "Filter articles…": "筛选文章…", "Undecided only": "只看未定", "Flagged only": "只看有疑点的", "The clean copy of this article appears here.": "这里显示本篇校对后的文字。", "Cancel": "取消",
        "the left version": "左侧版本", "the right version": "右侧版本",
        "both versions": "两个版本", "Replace the files being reviewed?": "替换正在校对的文件？",
        "Open another file as %1? The decisions made so far are kept in the automatic save and come back "
        "when these files are opened together again.":
            "要打开另一个文件作为%1吗？已做的处理保存在自动保存中，再次同时打开这两个文件时即可恢复。",
        "Mark decisions in the clean copy": "在校对稿中标出处理结果", "Next flagged change": "下一处疑点", "Previous flagged change": "上一处疑点", "Find…": "查找…",
        "Find next": "查找下一个", "Find previous": "查找上一个", "Filter the article list": "筛选文章列表",
        "No change is flagged.": "没有标出疑点的差异。", "Not found": "未找到",
        "Comparing…": "正在比对…", "Applying the batch…": "正在批量处理…", "Comparing %1 with %2…": "正在比对 %1 和 %2…", "Cannot open file": "无法打开文件", "Restore review": "恢复校对进度",
        "An unfinished review of these files was saved automatically. Restore its %n decision(s)?":
            ("这两个文件有一次未完成的校对已自动保存。要恢复其中的 %n 处决定吗？",),
        "Changed since the session was saved: %1": "保存进度后已改动的文件：%1",
        "%n decision(s) no longer match the text and were dropped.": ("%n 处决定与现在的文字对不上，已舍弃。",),
        "Session restored": "已恢复校对进度",
        "Drop two files here (first the left version, then the right), or open them from the File menu.\n"
        "Try Help ▸ Open the sample issue to see how it works.":
            "把两个文件拖到这里（先左侧版本，再右侧版本），或从“文件”菜单打开。\n想先看看效果，可选“帮助 ▸ 打开示例报纸”。",
        "(left out of the clean copy)": "（校对稿中不保留此篇）", "change %1 of %2": "第 %1 / %2 处",
        "one-sided article": "单侧文章", "No files open": "尚未打开文件", "Left": "左侧", "Right": "右侧",
        "Articles: %1 left, %2 right · %3 of %4 changes decided · base: %5":
            "文章：左侧 %1 篇，右侧 %2 篇 · 已定 %3 / %4 处 · 底本：%5",
        "left": "左侧", "right": "右侧", "Now open or drop the other version.": "请再打开或拖入另一个版本。",
        "%1 is ready. Drop or open the other version.": "%1 已就绪。请拖入或打开另一个版本。",
        "%1 of %2 decided": "已定 %1 / %2",
        "Accept change": "采纳此处", "Reject change": "不采纳此处", "Edit change": "手动修改",
        "Text for the clean copy:": "校对稿中的文字：", "Take part of change": "部分采纳",
        "Accept article": "本篇全部采纳", "Reject article": "本篇全部不采纳",
        "Accept all whitespace changes": "采纳全部空白差异", "Every change is decided.": "所有差异都已定。",
        "Pair with…": "与…配对", "Unpair": "取消配对", "Pair with": "配对",
        "Article of the other version:": "另一版本中的文章：", "Pair articles": "配对文章",
        "Open left version": "打开左侧版本", "Open right version": "打开右侧版本",
        "Overwrite an input file?": "要覆盖原文件吗？",
        "%1 is one of the files being compared. Replace it with the clean copy?": "%1 是正在比对的原文件之一。确定用校对稿替换它吗？",
        "Undecided changes": "还有未定的差异",
        "%n change(s) are still undecided and will keep the base text. Save anyway?":
            ("还有 %n 处差异未定，将保留底本文字。仍然保存吗？",),
        "Cannot save": "无法保存", "Saved %1": "已保存 %1", "Save review session": "保存校对进度",
        "Duijiao sessions (*%1)": "对校进度文件 (*%1)", "Open review session": "打开校对进度",
        "Cannot open session": "无法打开校对进度", "Export change report": "导出修改报告",
        "Web page (*.html);;Spreadsheet (*.csv)": "网页 (*.html);;表格 (*.csv)",
        "Duijiao change report": "对校修改报告",
    },
    "Flags": {"left": "左侧", "right": "右侧", "also in the %1 version's article %2 “%3”": "也见于%1版本第 %2 篇“%3”",
              "“%1” twice": "“%1”重复出现", "stops at “…%1”; the other version goes on": "止于“…%1”，另一版本还有下文",
              "splice": "拼接", "repeated": "重复", "truncated": "截断", "OCR look-alike": "疑似形近错字",
              "number": "数字变动"},
    "Legend": {"removed": "删除", "added": "新增", "changed": "修改", "current": "当前", "decided": "已定",
               "kept": "采用", "dropped": "舍弃", "own text": "自改"},
    "ReviewBar": {"Accept (A)": "采纳 (A)", "Reject (R)": "不采纳 (R)", "Edit… (E)": "修改… (E)",
                  "Next undecided (N)": "下一处未定 (N)"},
    "FindBar": {"Find:": "查找：", "in both versions of every article": "在所有文章的两个版本中查找",
                "Previous (Shift+F3)": "上一个 (Shift+F3)", "Next (F3)": "下一个 (F3)", "Close (Esc)": "关闭 (Esc)"},
    "DiffView": {"(This article is only in the other version.)": "（这篇文章只在另一个版本中。）"},
    "OverviewStrip": {"Where this article's changes are; click to jump": "本篇差异的位置，点击即可跳转"},
    "PairTableModel": {
        "Article": "文章", "Changes": "差异", "Sim.": "相似", "Decided": "已定", "right only": "仅右侧",
        "The article's title (the left version's, else the right one's)": "文章标题（取左侧版本的，没有则取右侧的）",
        "How many changes the two versions of the article differ by": "这篇文章两个版本之间的差异处数",
        "Changes decided / changes in the article": "已定的差异 / 本篇差异总数",
        "How alike the two versions are, from 0 to 1": "两个版本的相似程度，0 到 1",
        "Proofreading flags: a splice, a truncation, a repeated phrase, a changed number, an OCR look-alike":
            "疑点：拼接、截断、重复、数字改动、疑似形近错字",
        "left only": "仅左侧", "identical": "完全相同", "Flags": "疑点", "%n change(s)": ("%n 处差异",),
        "Part %1 of %2 of “%3”, which the other version gives as separate items":
            "“%3”的第 %1/%2 部分，另一版本中分作独立的篇目",
    },
    "EditDialog": {
        "Edit change": "手动修改", "In context:": "上下文：",
        "Full-width punctuation (Alt+W)": "标点改为全角 (Alt+W)", "Left:": "左侧：", "Right:": "右侧：", "(nothing)": "（无）",
        "Start from this (%1)": "从这一版改起（%1）",
        "Text for the clean copy (Ctrl+Enter to confirm, Esc to cancel):": "校对稿中的文字（Ctrl+Enter 确定，Esc 取消）：",
    },
    "EncodingDialog": {
        "Reopen with encoding": "用指定编码重新打开", "Left: %1": "左侧：%1", "Right: %1": "右侧：%1",
        "File": "文件", "Encoding": "编码", "Preview:": "预览：", "Unknown encoding.": "未知的编码。",
    },
    "PartDialog": {
        "Take part of change": "部分采纳", "Take these pieces from the other version:": "从另一版本采纳以下部分：",
        "Result: %1": "结果：%1",
    },
    "SaveOptionsDialog": {
        "Save clean copy": "保存校对稿", "Browse…": "浏览…", "As the base file (%1)": "与底本相同（%1）",
        "As the base file": "与底本相同", "Plain text": "纯文本", "Markdown": "Markdown", "File": "文件",
        "Encoding": "编码", "Layout": "格式",
        "%n change(s) are undecided and will keep the base text.": ("还有 %n 处差异未定，将保留底本文字。",),
    },
}


def write_ts(path: Path) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="zh_CN" sourcelanguage="en">']
    for context, messages in ZH_CN.items():
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, translation in messages.items():
            plural = isinstance(translation, tuple)
            lines.append('    <message numerus="yes">' if plural else "    <message>")
            lines.append(f"        <source>{escape(source)}</source>")
            if plural:
                forms = "".join(f"<numerusform>{escape(t)}</numerusform>" for t in translation)
                lines.append(f"        <translation>{forms}</translation>")
            else:
                lines.append(f"        <translation>{escape(translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ts = HERE / "duijiao_zh_CN.ts"
    write_ts(ts)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    return subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
