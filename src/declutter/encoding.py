"""Bytes of an HTML page -> text, by the web's rules (WHATWG Encoding Standard, HTML sniffing).

A byte order mark decides first. Otherwise a ``<meta charset>`` (or ``http-equiv`` content
type) in the first 4 KB names the encoding, but only by one of the WHATWG labels below: a
Python codec name the web does not know ("rot13", "utf-32", "mbcs") is ignored, as a browser
ignores it. A UTF-16 label without a BOM is ignored too (bytes a meta tag can be read in are not
UTF-16: browsers read such pages as UTF-8), and so are the labels of the "replacement" encoding,
which would turn the whole page into one replacement character. Anything else is UTF-8.
Undecodable bytes become U+FFFD and are reported, never dropped; lone surrogates in a ``str``
page are replaced the same way (lxml would cut the page at the first one).
"""

from __future__ import annotations

import codecs
import re

# Not a setting: bytes read to sniff an encoding declaration (a bound), no threshold.
SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")

# WHATWG encoding name -> (Python codec, its labels). https://encoding.spec.whatwg.org/#names-and-labels
_TABLE: dict[str, tuple[str, str]] = {
    "utf-8": ("utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    "ibm866": ("cp866", "866 cp866 csibm866 ibm866"),
    "iso-8859-2": ("iso8859_2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 "
                                "iso_8859-2:1987 l2 latin2"),
    "iso-8859-3": ("iso8859_3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 "
                                "iso_8859-3:1988 l3 latin3"),
    "iso-8859-4": ("iso8859_4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 "
                                "iso_8859-4:1988 l4 latin4"),
    "iso-8859-5": ("iso8859_5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
                                "iso_8859-5:1988"),
    "iso-8859-6": ("iso8859_6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
                                "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"),
    "iso-8859-7": ("iso8859_7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 "
                                "iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
    "iso-8859-8": ("iso8859_8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
                                "iso88598 iso_8859-8 iso_8859-8:1988 visual"),
    "iso-8859-8-i": ("iso8859_8", "csiso88598i iso-8859-8-i logical"),
    "iso-8859-10": ("iso8859_10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    "iso-8859-13": ("iso8859_13", "iso-8859-13 iso8859-13 iso885913"),
    "iso-8859-14": ("iso8859_14", "iso-8859-14 iso8859-14 iso885914"),
    "iso-8859-15": ("iso8859_15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    "iso-8859-16": ("iso8859_16", "iso-8859-16"),
    "koi8-r": ("koi8_r", "cskoi8r koi koi8 koi8-r koi8_r"),
    "koi8-u": ("koi8_u", "koi8-ru koi8-u"),
    "macintosh": ("mac_roman", "csmacintosh mac macintosh x-mac-roman"),
    "windows-874": ("cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    "windows-1250": ("cp1250", "cp1250 windows-1250 x-cp1250"),
    "windows-1251": ("cp1251", "cp1251 windows-1251 x-cp1251"),
    "windows-1252": ("cp1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
                               "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 "
                               "x-user-defined"),
    "windows-1253": ("cp1253", "cp1253 windows-1253 x-cp1253"),
    "windows-1254": ("cp1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
                               "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
    "windows-1255": ("cp1255", "cp1255 windows-1255 x-cp1255"),
    "windows-1256": ("cp1256", "cp1256 windows-1256 x-cp1256"),
    "windows-1257": ("cp1257", "cp1257 windows-1257 x-cp1257"),
    "windows-1258": ("cp1258", "cp1258 windows-1258 x-cp1258"),
    "x-mac-cyrillic": ("mac_cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    "gbk": ("gb18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"),
    "gb18030": ("gb18030", "gb18030"),
    "big5": ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    "euc-jp": ("euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    "iso-2022-jp": ("iso2022_jp", "csiso2022jp iso-2022-jp"),
    "shift_jis": ("cp932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    "euc-kr": ("cp949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
                        "ksc_5601 windows-949"),
}
# Labels a meta tag cannot honour: UTF-16 without a BOM (read as UTF-8, as browsers do) and the
# "replacement" encoding (browsers would show one U+FFFD for the whole page: text lost).
IGNORED_LABELS = frozenset("unicodefffe utf-16be csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le "
                           "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement".split())
LABELS: dict[str, tuple[str, str]] = {label: (name, codec) for name, (codec, labels) in _TABLE.items()
                                      for label in labels.split()}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16le", "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16be", "utf-16-be"))


def label_encoding(label: str) -> tuple[str, str] | None:
    """(WHATWG name, Python codec) of an encoding label, or None for a label the web does not
    know or a meta tag cannot honour.

    >>> label_encoding(" Latin1 "), label_encoding("utf-16"), label_encoding("rot13")
    (('windows-1252', 'cp1252'), None, None)
    """
    return LABELS.get(label.strip().lower())


def decode(data: bytes | str) -> tuple[str, str, bool]:
    """Text, encoding used, and whether anything was replaced with U+FFFD (see the module
    docstring for the order of evidence)."""
    if isinstance(data, str):
        if _SURROGATE.search(data):
            return _SURROGATE.sub("\ufffd", data), "str", True
        return data, "str", False
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):] if codec != "utf-8-sig" else data, name, codec)
    m = _META_CHARSET.search(data[:SNIFF_BYTES])
    found = label_encoding(m.group(1).decode("ascii", "replace")) if m else None
    if found:
        return _decode(data, *found)
    return _decode(data, "utf-8", "utf-8")


def _decode(data: bytes, name: str, codec: str) -> tuple[str, str, bool]:
    try:
        return data.decode(codec), name, False
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return _SURROGATE.sub("\ufffd", text), name, True
