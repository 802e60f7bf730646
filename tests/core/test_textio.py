import pytest

from core.text.textio import LoadError, encode_text, load

SAMPLE = (
    "区综合行政执法局开展重点街巷及便民市场专项督导检查活动\r\n为进一步推进全国文明城市创建工作，全面提升迎检能力。\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("gb18030", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_round_trip(tmp_path, encoding, bom):
    raw = bom + SAMPLE.encode(encoding)
    f = tmp_path / "x.txt"
    f.write_bytes(raw)
    d = load(f)
    assert d.text == SAMPLE
    assert d.newline == "\r\n"
    assert encode_text(d.text, d.encoding, d.bom) == raw


def test_empty(tmp_path):
    f = tmp_path / "e.txt"
    f.write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        load(f)


def test_binary(tmp_path):
    f = tmp_path / "b.bin"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(LoadError, match="binary"):
        load(f)


def test_missing_and_directory(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="directory"):
        load(tmp_path)


def test_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("a" * 100)
    with pytest.raises(LoadError, match="too large"):
        load(f, size_limit=10)


def test_undecodable_bytes_are_refused(tmp_path):
    f = tmp_path / "garbage.txt"
    f.write_bytes("中文测试".encode("gb18030") + b"\xff\xff\xff" + bytes(range(128, 160)))
    with pytest.raises(LoadError, match="cannot be decoded"):
        load(f)


def test_gbk_guess_decodes_as_gb18030(tmp_path):
    f = tmp_path / "gbk.txt"
    text = "为进一步推进全国文明城市创建工作，全面提升迎检能力，区综合行政执法局开展专项督导检查。" * 5
    f.write_bytes(text.encode("gbk"))
    decoded = load(f)
    assert decoded.encoding == "gb18030"
    assert decoded.text == text


def test_forced_encoding(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Zürcher Zeitung".encode("latin-1"))
    assert load(f, encoding="latin-1").text == "Zürcher Zeitung"
    with pytest.raises(LoadError, match="unknown encoding"):
        load(f, encoding="klingon")


def test_a_short_western_text_in_windows_1252_is_read(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Le conseil municipal a voté hier le budget de l’année prochaine.\n".encode("cp1252"))
    decoded = load(path)
    assert "voté" in decoded.text and "l’année" in decoded.text


def test_utf16_without_a_byte_order_mark_is_text_not_binary(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("The country precincts of Alexander county.\n区民政局\n".encode("utf-16-le"))
    assert load(path).text.startswith("The country precincts")


def test_chinese_bytes_are_never_read_as_latin(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("东昌府讯 区民政局组织全体党员收看灯塔大课堂。".encode("gbk"))
    try:
        text = load(path).text
    except LoadError:
        return  # refusing is fine; mojibake is not
    assert "东昌府" in text


@pytest.mark.parametrize(
    "codec",
    ["unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined", "rot_13", "base64", "hex", "zlib"],
)
def test_a_codec_that_is_not_a_text_encoding_is_refused(tmp_path, codec):
    path = tmp_path / "path.txt"
    path.write_bytes("东昌府 C:\\new path\n".encode())
    with pytest.raises(LoadError, match=r"not a text encoding|unknown encoding"):
        load(path, encoding=codec)


@pytest.mark.parametrize("codec", ["utf-7", "latin-1", "gb18030", "cp1252", "utf-16", "ascii", "big5"])
@pytest.mark.parametrize("data", ["东昌府讯 C:\\new path\n".encode(), b"C:\\new +AGE- path\n"])  # "+AGE-": UTF-7's "a"
def test_a_forced_encoding_reads_only_when_it_writes_the_same_bytes_back(tmp_path, codec, data):
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    try:
        decoded = load(path, encoding=codec)
    except LoadError as exc:
        assert "write back" in exc.reason or "cannot be decoded" in exc.reason
    else:
        assert encode_text(decoded.text, decoded.encoding, decoded.bom) == data
