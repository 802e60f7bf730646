"""Documents a proofreader is handed open as text: each format's reader, detection by content, hostile files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from core.cli import main as cli_main
from core.comparison import compare_files
from core.output.export import encode_clean
from core.readers.documents import detect, load_text
from core.review.decisions import ReviewModel
from core.text.textio import LoadError
from tests.core import written_documents as written

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PLAIN, MARKDOWN = FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt"
EXPECTED = sorted(json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))["pairs"], key=str)


def rendered(tmp_path: Path, kind: str, text: str | None = None) -> Path:
    path = tmp_path / f"sample{written.SUFFIXES[kind]}"
    path.write_bytes(written.WRITERS[kind](text if text is not None else MARKDOWN.read_text(encoding="utf-8")))
    return path


@pytest.mark.parametrize("kind", sorted(written.WRITERS))
def test_the_sample_written_in_each_format_pairs_as_hand_checked_and_reject_all_is_its_text(tmp_path, kind):
    document = rendered(tmp_path, kind)
    comparison = compare_files(PLAIN, document)
    left, right = comparison.left.document.articles, comparison.right.document.articles
    got = [
        [None if p.left is None else left[p.left].title, None if p.right is None else right[p.right].title]
        for p in comparison.pairs
    ]
    assert sorted(got, key=str) == EXPECTED
    assert comparison.right.decoded.source_format.startswith(kind)
    extracted = comparison.right.decoded.text
    assert encode_clean(ReviewModel(comparison, "right")) == extracted.encode("utf-8")
    assert document.read_bytes() == written.WRITERS[kind](MARKDOWN.read_text(encoding="utf-8"))  # never written


def test_headings_paragraphs_breaks_and_tables_of_a_word_document(tmp_path):
    path = rendered(tmp_path, "docx", "# 市政新闻\n\n市政府昨日召開會議。\n第二行\n\n## 另一新聞\n\n本市明日有雨。")
    assert load_text(path).text == "# 市政新闻\n\n市政府昨日召開會議。\n第二行\n\n## 另一新聞\n\n本市明日有雨。\n"


def _docx_with(body: str, extra: dict[str, str] | None = None) -> bytes:
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{written.W}"><w:body>{body}</w:body></w:document>'
    )
    return written.zipped({"word/document.xml": document, **(extra or {})})


def test_tracked_changes_read_as_accepted_with_a_note_and_footnotes_left_out_with_one(tmp_path):
    path = tmp_path / "revised.docx"
    path.write_bytes(
        _docx_with(
            '<w:p><w:r><w:t>召開</w:t></w:r><w:ins w:id="1"><w:r><w:t>會議</w:t></w:r></w:ins>'
            '<w:del w:id="2"><w:r><w:delText>刪去的</w:delText></w:r></w:del><w:r><w:t>。</w:t></w:r></w:p>'
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p>"
            "</w:tc></w:tr></w:tbl>",
            {
                "word/footnotes.xml": f'<w:footnotes xmlns:w="{written.W}"><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                '<w:footnote w:id="1"><w:p><w:r><w:t>注</w:t></w:r></w:p></w:footnote></w:footnotes>'
            },
        )
    )
    decoded = load_text(path)
    assert decoded.text == "召開會議。\n\n甲\t乙\n"
    assert decoded.notes == (("revisions", 0), ("footnotes", 1))


def test_a_web_page_leaves_out_scripts_navigation_and_the_site_s_furniture(tmp_path):
    decoded = load_text(rendered(tmp_path, "html", "# 标题\n\n第一段\n第二行"))
    assert decoded.text == "# 标题\n\n第一段\n第二行\n"
    page = tmp_path / "gbk.htm"
    page.write_bytes(
        '<html><head><meta charset="gbk"></head><body><p>中文\n网页</p><figcaption>图片说明</figcaption>'
        "</body></html>".encode("gbk")
    )
    decoded = load_text(page)
    assert decoded.text == "中文网页\n\n图片说明\n" and decoded.source_format == "html, gbk"


def test_ocr_lines_join_across_hyphens_and_headings_come_from_type_size(tmp_path):
    alto = tmp_path / "page.xml"
    alto.write_bytes(
        b'<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Styles>'
        b'<TextStyle ID="s" FONTSIZE="8"/><TextStyle ID="h" FONTSIZE="14"/></Styles><Layout><Page><PrintSpace>'
        b'<TextBlock STYLEREFS="h"><TextLine><String CONTENT="Council"/><SP/><String CONTENT="News"/></TextLine></TextBlock>'
        b'<TextBlock STYLEREFS="s"><TextLine><String CONTENT="The"/><SP/><String CONTENT="coun"/><HYP CONTENT="-"/>'
        b'</TextLine><TextLine><String CONTENT="cil"/><SP/><String CONTENT="met"/><SP/><String CONTENT="on"/><SP/>'
        b'<String CONTENT="Monday"/><SP/><String CONTENT="to"/><SP/><String CONTENT="hear"/><SP/>'
        b'<String CONTENT="the"/><SP/><String CONTENT="harbour"/><SP/><String CONTENT="board."/></TextLine></TextBlock>'
        b"</PrintSpace></Page></Layout></alto>"
    )
    assert load_text(alto).text == "# Council News\n\nThe council met on Monday to hear the harbour board.\n"
    hocr = tmp_path / "page.hocr"
    hocr.write_bytes(
        b'<html><body><div class="ocr_page"><p class="ocr_par"><span class="ocr_line">'
        b'<span class="ocrx_word">The</span> <span class="ocrx_word">coun-</span></span>'
        b'<span class="ocr_line"><span class="ocrx_word">cil</span> <span class="ocrx_word">met.</span></span></p>'
        b"</div></body></html>"
    )
    assert load_text(hocr).text == "The council met.\n"


def test_the_format_is_told_by_content_not_by_name(tmp_path):
    disguised = tmp_path / "manuscript.txt"
    disguised.write_bytes(written.docx("# 标题\n\n正文。"))
    assert load_text(disguised).text == "# 标题\n\n正文。\n"
    picture = tmp_path / "manuscript.docx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(LoadError, match=r"manuscript\.docx: is named \.docx but is not a Word document .*PNG image"):
        load_text(picture)
    plain = tmp_path / "notes.txt"
    plain.write_text("# 标题\n\n正文提到 <html> 与 %PDF- 两词。\n", encoding="utf-8")
    assert detect(str(plain), plain.read_bytes()) is None
    assert load_text(plain).source_format == ""


def test_an_xml_that_declares_entities_is_refused_in_one_line(tmp_path):
    laughs = tmp_path / "laughs.xml"
    entities = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    laughs.write_text(
        f'<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY l0 "ha">{entities}]><alto><Layout>&l9;</Layout></alto>',
        encoding="utf-8",
    )
    external = tmp_path / "external.xml"
    external.write_text(
        '<?xml version="1.0"?><!DOCTYPE PcGts [<!ENTITY x SYSTEM "file:///etc/passwd">]><PcGts>&x;</PcGts>',
        encoding="utf-8",
    )
    for path in (laughs, external):
        with pytest.raises(LoadError, match="entit") as caught:
            load_text(path)
        assert "\n" not in str(caught.value) and path.name in str(caught.value)


def test_a_zip_bomb_a_damaged_package_and_an_encrypted_one_are_refused_in_one_line(tmp_path, monkeypatch):
    import core.readers.guarded as guarded

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<" + b" " * (3 * 1024 * 1024))
    monkeypatch.setattr(guarded, "EXPANDED_LIMIT", 1024 * 1024)  # 1 MB here; 256 MB in use: same code
    with pytest.raises(LoadError, match="expands to more than 1 MB"):
        load_text(bomb)
    lying = tmp_path / "lying.docx"  # the header says 10 bytes; the data expands to 3 MB
    data = bytearray(bomb.read_bytes())
    for at in (data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")):
        offset = at + (22 if data[at + 2] == 3 else 24)
        data[offset : offset + 4] = (10).to_bytes(4, "little")
    lying.write_bytes(bytes(data))
    with pytest.raises(LoadError, match=r"damaged Word document.*Bad CRC"):  # only 10 bytes read, then checked
        load_text(lying)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(written.docx("# 标题\n\n正文。" * 50)[:300])
    with pytest.raises(LoadError, match="damaged Word document"):
        load_text(truncated)
    encrypted = tmp_path / "locked.docx"
    data = bytearray(written.docx("正文。"))
    for at in range(len(data) - 3):
        if data[at : at + 4] in (b"PK\x03\x04", b"PK\x01\x02"):
            flags = at + (6 if data[at + 2] == 3 else 8)
            data[flags] |= 1
    encrypted.write_bytes(bytes(data))
    with pytest.raises(LoadError, match="encrypted"):
        load_text(encrypted)


def test_the_command_line_opens_documents_and_says_what_it_left_out(tmp_path, capsys):
    document = rendered(tmp_path, "odt")
    out = tmp_path / "clean.md"
    assert cli_main(["merge", str(PLAIN), str(document), "--reject-all", "--base", "right", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == load_text(document).text
    revised = tmp_path / "revised.docx"
    revised.write_bytes(_docx_with('<w:p><w:ins w:id="1"><w:r><w:t>正文。</w:t></w:r></w:ins></w:p>'))
    assert cli_main(["compare", str(revised), str(revised)]) == 0
    assert "note:" in capsys.readouterr().err


def test_alto_without_space_elements_takes_its_spaces_from_the_word_boxes(tmp_path):
    words = [("gewiegelt", 529, 142), ("worden", 684, 120), (";", 804, 13), ("ſo", 836, 26), ("Despo-", 1221, 114)]
    strings = "".join(f'<String CONTENT="{w}" HPOS="{x}" WIDTH="{width}" HEIGHT="37"/>' for w, x, width in words)
    alto = tmp_path / "page.xml"
    alto.write_text(
        '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout><Page><PrintSpace>'
        f'<TextBlock><TextLine>{strings}</TextLine><TextLine><String CONTENT="tism" HPOS="528" WIDTH="71" '
        'HEIGHT="31"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>',
        encoding="utf-8",
    )
    assert load_text(alto).text == "gewiegelt worden; ſo Despotism\n"


def test_alto_articles_grouped_by_tags_each_open_with_their_headline(tmp_path):
    def block(tag: str, text: str) -> str:
        words = "<SP/>".join(f'<String CONTENT="{w}"/>' for w in text.split())
        return f'<TextBlock TAGREFS="{tag}"><TextLine>{words}</TextLine></TextBlock>'

    alto = tmp_path / "page.xml"
    alto.write_text(
        '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Tags>'
        '<StructureTag ID="A1" TYPE="article"/><StructureTag ID="A2" TYPE="article"/></Tags><Layout><Page>'
        "<PrintSpace>"
        + block("A1", "Harbour Works Begin")
        + block("A1", "The council met on Monday to hear the harbour board report.")
        + block("A2", "Fire in Queen Street")
        + block("A2", "A fire broke out late on Sunday in a bakery.")
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    assert load_text(alto).text == (
        "# Harbour Works Begin\n\nThe council met on Monday to hear the harbour board report.\n\n"
        "# Fire in Queen Street\n\nA fire broke out late on Sunday in a bakery.\n"
    )


EPAPER = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>人民日报 电子版</title><script>var a = 1 < 2;</script></head>
<body><div id="top"><header><nav><ul><li><a href="/">首页</a></li><li>往期</li></ul></nav>
<div class="logo">人民日报</div></header></div>
<div class="main"><article>
<header><p class="kicker">引题：深化改革</p><h1>市政府召开<br>专题会议</h1><p class="byline">本报记者 张三</p></header>
<div class="text"><p>　　本报北京11月16日电　市政府昨日召开会议，<strong>讨论</strong>本年预算。
各局长均出席。</p>
<figure><img src="1.jpg"><figcaption>图为会议现场。新华社发</figcaption></figure>
<table><tr><th>项目</th><th>金额</th></tr><tr><td>教育</td><td></td><td>10万元</td></tr></table>
</div></article>
<aside><h3>相关新闻</h3><ul><li>另一篇</li></ul></aside></div>
<footer>版权所有 人民日报社</footer></body></html>
"""


def test_an_e_paper_page_in_its_own_encoding_keeps_the_article_and_leaves_the_site_out(tmp_path):
    page = tmp_path / "page.htm"
    page.write_bytes(EPAPER.encode("gb18030"))
    decoded = load_text(page)
    assert decoded.source_format == "html, gb18030"
    assert (
        decoded.text
        == (
            "引题：深化改革\n\n# 市政府召开专题会议\n\n本报记者 张三\n\n"  # a <br> in a headline, a space in a byline
            "　　本报北京11月16日电　市政府昨日召开会议，讨论本年预算。各局长均出席。\n\n"  # a source line break is no space
            "图为会议现场。新华社发\n\n项目\t金额\n教育\t\t10万元\n"  # a table's rows as lines, an empty cell kept
        )
    )
