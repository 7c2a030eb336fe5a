"""German and the other European languages: shapes that differ from Indonesian and English (issue 12)."""

from __future__ import annotations

from declutter.filters.base import probe
from declutter.filters.off_topic import off_topic
from declutter.settings import DEFAULTS

BODY_DE = ("Der Verein fördert seit zwanzig Jahren freie Software und offene Lizenzen in Österreich. "
           "Er arbeitet mit Schulen, Gemeinden und Hochschulen zusammen und berät sie bei neuen Projekten.")


def test_a_topic_alone_never_removes() -> None:
    # The strongest off_topic weight on its own stays below the removal threshold (bias is the prior log-odds).
    assert DEFAULTS.bias + DEFAULTS.off_topic_weight < 0


def test_items_of_an_introduced_list_are_not_weighed_by_topic() -> None:
    text = BODY_DE + "\nDies wollen wir erreichen durch:\nVorträge, Versammlungen und Symposien\nEigene Zeitschriften, Bücher und Filme"
    seg, ctx = probe(text, "Vorträge")
    assert off_topic(seg, ctx) is None
    # With list_item switched off, the topic speaks again (its ablation covers what it knows of lists).
    seg, ctx = probe(text, "Vorträge", DEFAULTS.replace(list_item_weight=0.0))
    signal = off_topic(seg, ctx)
    assert signal is not None and signal.weight > 0


def test_a_lone_line_after_a_colon_is_still_weighed() -> None:
    # One fragment between a colon and prose is not a list: it may be a teaser pushed into the body.
    text = (BODY_DE + "\nDer Verein nennt die Ziele wie folgt:\nHochwasser in Bayern: Pegel steigen weiter\n"
            "Der Vorstand will die Zusammenarbeit mit Schulen und Gemeinden im nächsten Jahr weiter ausbauen.")
    seg, ctx = probe(text, "Hochwasser")
    signal = off_topic(seg, ctx)
    assert signal is not None and signal.weight > 0
