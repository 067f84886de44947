"""Decoding seeds: every encoding Chinese tools write, binaries refused, empty files skipped."""
from __future__ import annotations

import codecs
import random
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.ingest.decode import decode_bytes
from build_tools.errors import EmptySeed, SeedError

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le+bom",
                                      "utf-16-be+bom"])
def test_seed_in_every_encoding(path, encoding):
    text = _text(path)
    if encoding == "utf-16-le+bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be+bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            pytest.skip(f"{path.name} has characters {encoding} cannot encode")
    out = decode_bytes(data, path.name)
    assert out.text == text
    assert out.warnings == ()
    expected = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "gbk": "gb18030"}
    assert out.encoding == expected.get(encoding, "utf-16")


def test_traditional_seed_in_big5():
    text = _text(ROOT / "tests" / "fixtures" / "pages" / "jinjiang_fujian_traditional.txt")
    try:
        data = text.encode("big5")
    except UnicodeEncodeError:
        pytest.skip("fixture has characters outside Big5")
    out = decode_bytes(data, "t.txt")
    assert out.text == text and out.encoding == "big5"


def test_utf16_without_bom_is_recognised_from_its_nul_pattern():
    text = "文明城市创建 2024年\n第二行\n"
    assert decode_bytes(text.encode("utf-16-le")).encoding == "utf-16-le"
    assert decode_bytes(text.encode("utf-16-be")).text == text


def test_crlf_and_cr_newlines_become_lf():
    assert decode_bytes("甲\r\n乙\r丙".encode()).text == "甲\n乙\n丙"


def test_short_gbk_is_not_mistaken_for_damaged_utf8():
    for s in ["文", "文明", "安吉县", "a" * 1000 + "文"]:
        out = decode_bytes(s.encode("gbk"))
        assert (out.text, out.encoding) == (s, "gb18030")


def test_utf8_cut_in_a_character_is_read_with_a_warning():
    data = _text(SEED_FILES[0]).encode("utf-8")
    end = len(data) // 2
    while data[end] < 0xE0:  # stop right after the lead byte of a 3-byte character
        end -= 1
    out = decode_bytes(data[: end + 2], "cut.txt")
    assert out.encoding == "utf-8" and out.text.endswith("\ufffd")
    assert len(out.warnings) == 1 and out.warnings[0].startswith("cut.txt: ") and "not valid utf-8" in out.warnings[0]


def test_gbk_cut_in_a_character_is_read_with_a_warning():
    data = _text(SEED_FILES[1]).encode("gbk")[:-1]
    if data.decode("gb18030", errors="replace").endswith("\ufffd") is False:
        pytest.skip("seed ends in ASCII")
    out = decode_bytes(data, "cut.txt")
    assert out.encoding == "gb18030" and out.warnings


def _png() -> bytes:
    rnd = random.Random(7)
    body = bytes(rnd.randrange(256) for _ in range(2000))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + body[:13] + zlib.compress(body)


def _random(n: int, low: int = 0, seed: int = 1) -> bytes:
    rnd = random.Random(seed)
    return bytes(rnd.randrange(low, 256) for _ in range(n))


BINARIES = {
    "png": _png(),
    "random": _random(4000),
    "random-no-nul": _random(4000, low=1),
    "high-bytes": _random(4000, low=128, seed=3),
    "zlib": zlib.compress(b"hello world " * 500),
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + _random(1000, seed=5) + b"\nendstream",
    "elf": b"\x7fELF\x02\x01\x01" + bytes(9) + _random(3000, seed=9),
    "controls": bytes(range(1, 32)) * 50,
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_is_refused_naming_the_file(name):
    with pytest.raises(SeedError) as info:
        decode_bytes(BINARIES[name], f"seeds/{name}.txt")
    assert not isinstance(info.value, EmptySeed)
    assert str(info.value).startswith(f"seeds/{name}.txt: not a text file")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("data", [b"", b" ", b"\n\n\t \r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                  codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "\u3000\n".encode("gb18030")])
def test_empty_is_skipped(data):
    with pytest.raises(EmptySeed) as info:
        decode_bytes(data, "e.txt")
    assert str(info.value).startswith("e.txt: ") and "skipped" in str(info.value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_decode_raises_only_seed_errors(data):
    try:
        out = decode_bytes(data, "fuzz.txt")
    except SeedError as exc:  # EmptySeed is a SeedError
        assert str(exc).startswith("fuzz.txt: ") and "\n" not in str(exc)
    else:
        assert isinstance(out.text, str) and out.text.strip() and "\r" not in out.text


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_fuzz_text_comes_back_or_is_refused(text, encoding):
    """Text written in a supported encoding comes back unchanged, or is refused
    with a SeedError (e.g. full of control characters): never garbled silently."""
    data = text.encode(encoding)
    if "\x00" in text and not encoding.startswith("utf-16"):
        return  # NUL bytes outside UTF-16 mean "binary" by design
    try:
        out = decode_bytes(data, "t.txt")
    except SeedError:
        return
    if encoding == "gb18030":
        return  # short GB18030 byte strings can be valid UTF-8 too: no single right answer
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert out.text == expected


def test_large_file_decodes_in_linear_time():
    from conftest import cpu_growth

    data = ("文明城市创建工作纪实，" * 40_000).encode("gb18030")  # ~800 KB, one line
    assert decode_bytes(data).encoding == "gb18030"
    assert cpu_growth(decode_bytes, data[:len(data) // 4], data) < 8


def test_utf16_opening_with_nul_is_not_read_as_utf32():
    """FF FE 00 00 is UTF-32's mark and also UTF-16's mark before a NUL (hypothesis found
    '\\x000\\x10' coming back as U+100030): the UTF-16 reading wins, then the NUL refuses it."""
    with pytest.raises(SeedError):
        decode_bytes("\x000\x10".encode("utf-16"), "t.txt")
    assert decode_bytes("文明城市 2024\n".encode("utf-32"), "t.txt").text == "文明城市 2024\n"
