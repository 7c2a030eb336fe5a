"""Filter: a line inside a sentence that the scraper broke at its links (content, however it looks alone)."""

from __future__ import annotations

from ..features import ends_with, is_lower
from ..lang import writes_title_case_headlines
from ..result import Signal
from ..segment import Segment
from ..title import DATELINE
from .base import Context
from .channel_prompt import invites
from .comment_thread import lines_of
from .menu_run import in_menu

KIND = None
LEAD = "none"  # filters/__init__.py: LEAD_OF


def broken_sentence(seg: Segment, ctx: Context) -> Signal | None:
    """Give content weight (negative) to a line that sits inside a sentence broken into lines at its links
    ("... memenuhi putusan" / "Mahkamah Konstitusi" / "(MK) yang mewajibkan ..."): the line before does not end a
    sentence (nor introduce a list with ":"), and the line after goes on in lower case with at least
    ``continuation_min_words`` words or a full stop. After a finished sentence, a capitalised line opens one that
    the next line continues when it ends on a comma or a lower-case function word ("Menteri Pertanian ...
    menunjukkan ketegasannya dalam" / "melindungi petani ...") or the next line's first word closes with a comma
    ("Yusak Billy, Sales Director PT Honda Prospect Motor" / "menyatakan, New Honda ..."). A line's last piece
    that ends on a lower-case function word counts too ("... A number of these experts formed a" / "group" /
    "on Facebook ..."), and its sentence may go on past one short line, a link's text ("... obtained by the" /
    "Star" / "under Access to Information legislation, ..."). A line that goes on into a capitalised link line
    which the next line continues is inside the sentence too ("Penyanyi" / "Britney Spears" / "kembali membuat
    ..."), and so is every line of a sentence run over several lines at its links (``chained_lines``; after a
    dateline, the lede's first sentence: ``dateline_lede``). A link's
    text alone looks like a headline or a name; inside the sentence it is content. Not below the end-of-article mark
    ("(abc/def)" then "timnas jepang" / "timnas indonesia" / "jepang vs indonesia": a tag list, kept-read-ids.txt,
    detik). Reads ``broken_sentence_weight``.

    >>> from declutter.filters.base import probe
    >>> text = "Pramono yakin dapat memenuhi putusan\\nMahkamah Konstitusi\\nyang mewajibkan sekolah gratis bagi semua."
    >>> seg, ctx = probe(text, "Mahkamah")
    >>> broken_sentence(seg, ctx).weight < 0
    True
    >>> seg, ctx = probe("Harga naik.\\nMahkamah Konstitusi\\nputusan sekolah gratis", "Mahkamah")
    >>> broken_sentence(seg, ctx) is None
    True
    """
    if ctx.end_mark is not None and seg.index > ctx.end_mark:
        return None  # below the mark that ends the article (an editor code): a run of lower-case tags, not a sentence
    if not seg.lead and seg.line in dateline_lede(ctx):
        return Signal("broken_sentence", ctx.settings.broken_sentence_weight,
                      "in the lede's first sentence, which a dateline's dash opens at the top of the text and a line "
                      "of it ends: a sentence run over lines at its links, not a headline")
    if not seg.lead and seg.line in chained_lines(ctx):
        return Signal("broken_sentence", ctx.settings.broken_sentence_weight,
                      "in a sentence run over lines at its links: each line break falls inside it (a line opens in "
                      "lower case or with , ; : . ), or one ends on '(' ',' or a function word), and its last line "
                      "ends it")
    prev, nxt = ctx.neighbour(seg, -1), ctx.neighbour(seg, 1)
    if seg.lead or nxt is None or nxt.lead or nxt.line != seg.line + 1:
        return None
    runs_on = _runs_on(seg, ctx)
    if not seg.alone and not runs_on:
        return None  # the last piece of a line counts only when its sentence runs on into the next line
    first = nxt.text.split(None, 1)[0]
    opens = prev is None or prev.lead is not None or ctx.shape(prev).terminal or ends_with(prev.text, ":")
    link_after = _link_line_after(nxt, ctx)
    if opens and not (seg.text[:1].isupper() and (ends_with(seg.text, ",") or runs_on or first.endswith(",")
                                                  or link_after)):
        return None  # a sentence opens on this line only with a capital (not a lower-case tag list)
    if not (_continues(nxt, ctx) or (runs_on and _link_then_continues(nxt, ctx)) or link_after):
        return None
    return Signal("broken_sentence", ctx.settings.broken_sentence_weight,
                  "inside a sentence broken at its links: the line before goes on into it, the line after continues it")


def _continues(seg: Segment, ctx: Context) -> bool:
    """The line goes on with a sentence: it opens in lower case (or with a comma) and has at least
    ``continuation_min_words`` words or a full stop."""
    first = seg.text.split(None, 1)[0]
    goes_on = first[0] in ",;" or is_lower(first.lstrip("(\"'“"))
    return (goes_on and (ctx.shape(seg).words >= ctx.settings.continuation_min_words or ctx.shape(seg).terminal)
            and not in_menu(seg, ctx))


def _link_then_continues(seg: Segment, ctx: Context) -> bool:
    """The line is a link's short text and the line after it goes on with the sentence ("... obtained by the" /
    "Star" / "under Access to Information legislation, ...": tests/fixtures/filters/broken_sentence)."""
    after = ctx.neighbour(seg, 1)
    return (ctx.shape(seg).words < ctx.settings.continuation_min_words and after is not None and after.lead is None
            and after.line == seg.line + 1 and _continues(after, ctx))


def chained_lines(ctx: Context) -> frozenset[int]:
    """The lines of sentences that a scraper broke at every link: runs of adjacent lines, none a marker's, where
    each break falls inside the sentence (the next line opens in lower case or with , ; : . ), or the line ends on
    "(", "," or a lower-case function word), the first line opens with a capital (after a dash or quote) and the
    last ends the sentence, at least ``sentence_min_words`` words in all ("Data kemiskinan" / "yang dirilis Badan
    Pusat Statistik (" / "BPS" / ") dinilai tidak relevan ... sebenarnya."), one line at least opening with
    punctuation or a lower-case function word (a heading ending on a function word before its paragraph is no
    broken sentence: "What to look for" / "Buy from a pharmacy ..."; nor a blogroll's lower-case names). A tag
    list opens in lower case and ends no sentence; a menu's lines open with capitals; a line that ends a sentence
    is followed by another one. ``body_lines`` counts these lines as prose."""
    memo = ctx.memo.get("chained_lines")
    if isinstance(memo, frozenset):
        return memo
    lines = lines_of(ctx)
    leads = {seg.line for seg in ctx.segments if seg.lead}
    found: set[int] = set()
    run: list[int] = []

    strong: list[bool] = []  # a break in the run where the next line opens in lower case or with punctuation

    def close() -> None:
        if len(run) < 2 or not any(strong):  # noqa: PLR2004
            return
        first, last = lines[run[0]], lines[run[-1]]
        if (first[1].lstrip(OPENERS)[:1].isupper() and ends_with(last[1], ".!?")
                and _one_sentence([lines[k][1] for k in run], ctx)):
            found.update(lines[k][0].line for k in run)

    for k, (seg, text, _) in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else None
        # A capitalised link line is inside the sentence when the line after it goes on with it ("... perekrutan
        # guru" / "Sekolah Rakyat" / "hari ini, Selasa ...": idraw-00426).
        link = (after is not None and after[0].line == seg.line + 1 and after[0].line not in leads
                and not ends_with(text, ".!?…") and _goes_on(after[1], ctx))
        joined = (run and seg.line == lines[run[-1]][0].line + 1 and seg.line not in leads
                  and (_breaks_inside(lines[run[-1]][1], text, ctx)
                       or (link and not ends_with(lines[run[-1]][1], ".!?…")
                           and any(c.isalpha() for c in lines[run[-1]][1]))))
        if not joined:
            close()
            run, strong = [], []
        elif _goes_on(text, ctx):
            strong.append(True)
        if seg.line not in leads:
            run.append(k)
    close()
    ctx.memo["chained_lines"] = frozenset(found | dateline_lede(ctx))
    return ctx.memo["chained_lines"]  # type: ignore[return-value]


def _one_sentence(texts: list[str], ctx: Context) -> bool:
    """Whether lines joined read as one article sentence: ``sentence_min_words`` words, no web address, no prompt (a
    prompt broken at its links is no article sentence: "Simak / breaking news / dan / berita pilihan / kami langsung
    di ponselmu. ... WhatsApp Channel : / https://... / . Pastikan ...": idraw-05862)."""
    text = " ".join(texts)
    return (len(text.split()) >= ctx.settings.sentence_min_words and "://" not in text
            and not any(invites(t, ctx) for t in texts) and invites(text, ctx) is None)


def dateline_lede(ctx: Context) -> frozenset[int]:
    """The lines of the lede's first sentence when a dateline alone on its line (``title.DATELINE``: "JAKARTA,
    KOMPAS.com -", "Jakarta" / "-", its dash opening the next line: "JAKARTA, KOMPAS.com" / "- Kementerian ...")
    stands in the first ``dateline_lines`` lines, and the dateline's lines: its dash
    opens the sentence, which runs over two to ``lede_max_lines`` lines, none a marker's, to the first line whose
    first sentence ends, and reads as one sentence (``_one_sentence``). Its link lines may all be capitalised
    ("Jakarta" / "-" / "Gubernur Jakarta" / "Pramono" / "Anung membuka acara ... (FJGS) 2025.": idraw-00878):
    after a dateline a sentence starts, not a headline. The dateline is the sentence's (the gold leaves it out of
    the count): removed, it would leave the next pass capitalised link lines above the body, which no shape tells
    from a menu."""
    memo = ctx.memo.get("dateline_lede")
    if isinstance(memo, frozenset):
        return memo
    lines = lines_of(ctx)
    found: frozenset[int] = frozenset()
    for k in range(min(ctx.settings.dateline_lines, len(lines) - 1)):
        seg, text, _ = lines[k]
        run = [k]
        if text.strip() in DASHES and k and lines[k - 1][0].line == seg.line - 1:
            run, text = [k - 1, k], f"{lines[k - 1][1]} {text}"  # the place, then its dash alone on the next line
        elif lines[k + 1][1][:2] in DASH_OPENINGS and lines[k + 1][0].line == seg.line + 1:
            text = f"{text} -"  # its dash opens the next line ("JAKARTA, KOMPAS.com" / "- Kementerian Sosial (")
        date = DATELINE.match(text.strip() + " ")
        if any(lines[r][0].lead for r in run) or date is None or date.end() < len(text.strip()):
            continue
        for j in range(k + 1, min(k + 1 + ctx.settings.lede_max_lines, len(lines))):
            line_seg = lines[j][0]
            if line_seg.lead or line_seg.line != lines[j - 1][0].line + 1:
                break
            run.append(j)
            if ctx.shape(line_seg).terminal:
                if j > k + 1 and _one_sentence([lines[r][1] for r in run], ctx):  # broken, not a line of its own
                    found = frozenset(lines[r][0].line for r in run)
                break
        break
    ctx.memo["dateline_lede"] = found
    return found


DASHES = ("-", "–", "—", "--")
DASH_OPENINGS = ("- ", "– ", "— ")


OPENERS = "–—-\"'“‘ "


def _continues_line(text: str) -> bool:
    """The line opens in lower case or with , ; : . ): it goes on with the sentence of the line before."""
    opening = text.lstrip()[:1]
    return opening.islower() or (bool(opening) and opening in ",;:.)")


def _goes_on(text: str, ctx: Context) -> bool:
    """The line opens with , ; : . ) or a lower-case function word: surely the sentence of the line before (a
    lower-case name opens a commenter's line or a blogroll's: "esther derby associates, inc.")."""
    words = text.split(None, 1)  # its first word, without splitting the whole line
    first = words[0] if words else ""
    return first[:1] in ",;:.)" if first[:1] and not first[:1].isalpha() else (
        is_lower(first) and first.lower() in ctx.lang.stopwords)


def _breaks_inside(before: str, after: str, ctx: Context) -> bool:
    """Whether a line break between ``before`` and ``after`` falls inside a sentence."""
    if ends_with(before, ".!?…"):
        return False  # a line that ends a sentence: what follows opens another (a comment's byline, a blurb)
    if _continues_line(after):
        return True
    words = before.rsplit(None, 1)  # its last word, without splitting the whole line
    last = words[-1] if words else ""
    return before.rstrip().endswith(("(", ",")) or (is_lower(last) and last.lower() in ctx.lang.stopwords)


def _link_line_after(nxt: Segment, ctx: Context, chain: int | None = None) -> bool:
    """``nxt`` is a capitalised line, not ending a sentence, that the line after it continues in lower case: the
    sentence's link ("Jakarta -" / "Penyanyi" / "Britney Spears" / "kembali membuat keputusan ...": idraw-02322), so
    the line before it is inside the sentence too. Up to ``link_chain_max`` links may follow each other ("Manajer" /
    "Inggris" / "Thomas Tuchel" / "menilai tak ada ...": audit sample 4, idraw-05127), the second of at most
    ``link_max_words`` words, in a language whose capitals tell a name from a noun (``writes_title_case_headlines``)."""
    chain = ctx.settings.link_chain_max if chain is None else chain  # links in a row still allowed
    after = ctx.neighbour(nxt, 1)
    if (not nxt.alone or not nxt.text[:1].isupper() or ctx.shape(nxt).terminal or after is None or after.lead
            or after.line != nxt.line + 1):
        return False
    first = after.text.split(None, 1)[0]
    if is_lower(first.lstrip("(\"'“")):
        return _continues(after, ctx)
    # Where capitalisation tells a name from a noun (not German, which capitalises every noun: menus chain so).
    return (chain > 1 and ctx.shape(after).words <= ctx.settings.link_max_words
            and writes_title_case_headlines(ctx.lang.code) and _link_line_after(after, ctx, chain - 1))


def _runs_on(seg: Segment, ctx: Context) -> bool:
    """The line ends on a lower-case function word: its sentence runs on into the next line ("Menteri Pertanian ...
    menunjukkan ketegasannya dalam" / "melindungi petani": idraw-01030)."""
    last = seg.text.rsplit(None, 1)[-1]  # its last word, without splitting the whole line
    return is_lower(last) and last.lower() in ctx.lang.stopwords
