from __future__ import annotations

import declutter


def spans_of(result: declutter.CleanResult) -> list[tuple[int, int, str]]:
    items = [(p.start, p.end, p.text) for p in result.paragraphs]
    items += [(r.start, r.end, r.text) for r in result.removals]
    if result.title is not None:
        items.append((result.title.start, result.title.end, result.title.text))
    return sorted(items)


def assert_tiles(text: str, result: declutter.CleanResult) -> None:
    """Spans of title, paragraphs and removals cover every non-whitespace character once."""
    spans = spans_of(result)
    for (a, b, piece), nxt in zip(spans, spans[1:] + [(len(text), len(text), "")]):
        assert 0 <= a < b <= nxt[0], f"overlap or empty span at {a}:{b}"
        assert text[a:b] == piece, f"span {a}:{b} text differs from the input"
    covered = bytearray(len(text))
    for a, b, _ in spans:
        covered[a:b] = b"\x01" * (b - a)
    lost = [i for i, ch in enumerate(text) if not covered[i] and not ch.isspace()]
    assert not lost, f"characters lost at {lost[:5]}: {[text[i] for i in lost[:5]]}"


def assert_from_input(text: str, result: declutter.CleanResult) -> None:
    """Every output character comes from the input, in order."""
    pos = 0
    for line in result.text.split("\n"):
        at = text.find(line, pos) if line else pos
        assert at >= 0, f"output line not found in the input, in order: {line[:60]!r}"
        pos = at + len(line)


def clean_html_checked(html: str | bytes) -> declutter.CleanResult:
    """``clean_html``, with the accounting of its result checked against the text it read."""
    result = declutter.clean_html(html)
    assert result.source is not None
    assert_tiles(result.source, result)
    assert_from_input(result.source, result)
    return result


pytest_plugins = ["pytester"]
