"""HTML development set and benchmark: declutter.clean_html against trafilatura on the same pages.

    python benchmarks/html_quality.py benchmarks/data/dev.jsonl [--write benchmarks/data/dev-html.jsonl]

Each article of the text gold set is wrapped as news sites do: a header and a nav menu before it;
the article in <article>, one <p> per line; each junk piece of the gold as a link (an <a> in its
own <p> when it fills the line, inline after the sentence it was glued to, a read-more lead-in in
<strong> before its link), credits and editor codes as plain text; after the article a
"related" list of three other articles' titles and a footer. The gold of a page: the text the
page yields (as clean_html reads it) with spam = the article's junk plus every header, nav,
related and footer line. Figures as ../shared/bench/score.py defines them, plus pages/s.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import count_doc, summarize

import declutter
from declutter.html import html_to_text

LEAD_IN = re.compile(r"^(baca juga|lihat juga|simak juga|baca)\s*:?\s*", re.I)
PLAIN = re.compile(r"^(\(|artikel ini|laporan wartawan|tim news|net |riyanto|nindya|biro|kementerian|facebook|"
                   r"twitter|instagram|youtube|#)", re.I)
NAV = ["Beranda", "Nasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan"]
FOOTER = ["Hak cipta © 2024 Koran Contoh. Seluruh hak dilindungi undang-undang.", "Tentang Kami", "Kontak", "Pedoman Media Siber"]


def squeeze(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def wrap_piece(piece: str, alone: bool) -> str:
    if PLAIN.match(piece):
        return html.escape(piece)
    m = LEAD_IN.match(piece)
    if m and m.end() < len(piece):
        return f"<strong>{html.escape(m.group().strip())}</strong> <a href='/berita/x'>{html.escape(piece[m.end():])}</a>"
    return f"<a href='/berita/y'>{html.escape(piece)}</a>"


def article_html(raw: str, spam: list[str]) -> str:
    """One <p> per line; junk pieces of a line as links (or plain, for credits)."""
    marks = sorted((raw.find(s), raw.find(s) + len(s)) for s in spam if s in raw)
    out, pos = [], 0
    for line in raw.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        parts, cur = [], start
        for a, b in marks:
            a, b = max(a, start), min(b, end)
            if a >= b:
                continue
            parts.append(html.escape(raw[cur:a]))
            parts.append(wrap_piece(raw[a:b], alone=(a == start and b == end)))
            cur = b
        parts.append(html.escape(raw[cur:end]))
        out.append(f"<p>{''.join(parts)}</p>")
    return "\n".join(out)


def make_page(doc: dict, others: list[dict]) -> tuple[str, list[str]]:
    raw = squeeze(doc["raw"])
    spam = [squeeze(s) for s in doc.get("spam", [])]
    related = [squeeze(o.get("title") or o["raw"].split("\n")[0][:80]) for o in others]
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Koran Contoh</title>"
            "<script>window.ads = [];</script></head><body>"
            "<header><div class='logo'><a href='/'>Koran Contoh</a></div></header>"
            f"<nav class='menu'><ul>{''.join(f'<li><a href=/{n}>{n}</a></li>' for n in NAV)}</ul></nav>"
            f"<article class='detail'>{article_html(raw, spam)}</article>"
            "<div class='related-news'><h3>Berita Terkait</h3><ul>"
            f"{''.join(f'<li><a href=/r>{html.escape(t)}</a></li>' for t in related)}</ul></div>"
            f"<footer>{''.join(f'<p>{html.escape(f)}</p>' for f in FOOTER)}</footer></body></html>")
    chrome = ["Koran Contoh", *NAV, "Berita Terkait", *related, *FOOTER]
    return page, spam + chrome


def build(docs: list[dict], rng: random.Random) -> list[dict]:
    pages = []
    for doc in docs:
        others = rng.sample([d for d in docs if d is not doc], 3)
        page, spam = make_page(doc, others)
        text = html_to_text(page).text
        neutral = [squeeze(n) for n in doc.get("neutral", [])]
        pages.append({"id": doc["id"], "lang": doc.get("lang", "id"), "html": page, "raw": text,
                      "spam": [s for s in spam if s in text], "neutral": [n for n in neutral if n in text]})
    return pages


def evaluate(name: str, fn, pages: list[dict]) -> dict:  # type: ignore[no-untyped-def]
    fn(pages[0]["html"])
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        outs = [fn(p["html"]) for p in pages]
        best = min(best, time.perf_counter() - t0)
    fig = summarize([count_doc(p, o) for p, o in zip(pages, outs)])
    fig.update(pages_per_s=round(len(pages) / best, 1))
    return {"system": name, **fig}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--write", help="also write the HTML gold set (JSONL with an 'html' field) here")
    a = ap.parse_args(argv)
    docs = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    pages = build(docs, random.Random(20261125))
    if a.write:
        with open(a.write, "w", encoding="utf-8") as f:
            for p in pages:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    systems = {"declutter.clean_html": lambda h: declutter.clean_html(h).text}
    try:
        import trafilatura

        systems["trafilatura"] = lambda h: trafilatura.extract(h, include_comments=False) or ""
    except ImportError:
        print("trafilatura is not installed (pip install -e '.[bench]'): declutter only")
    print("| system | junk words removed (spam recall) | spam precision | content loss | clean pages | pages/s |")
    print("|---|---|---|---|---|---|")
    for name, fn in systems.items():
        r = evaluate(name, fn, pages)
        print(f"| {name} | {r['spam_recall']:.4f} | {r['spam_precision']:.4f} | {100 * r['content_loss']:.2f}% | "
              f"{r['clean_doc_rate']:.3f} | {r['pages_per_s']:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
