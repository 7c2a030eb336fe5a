"""Signals -> confidence: a logistic sum of the signals' log-odds weights plus a prior."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .filters import KIND_OF
from .result import Signal
from .settings import Settings

# Not a setting: a numeric bound keeping math.exp in range, no threshold.
LOGIT_CLAMP = 35.0  # keeps math.exp in range for any sum of weights


def junk_probability(signals: Sequence[Signal], settings: Settings) -> float:
    """P(junk) = sigmoid(bias + Σ weights).

    >>> from .settings import DEFAULTS
    >>> round(junk_probability([], DEFAULTS), 3)
    0.047
    """
    z = settings.bias + sum(s.weight for s in signals)
    z = max(-LOGIT_CLAMP, min(LOGIT_CLAMP, z))
    return 1.0 / (1.0 + math.exp(-z))


# Evidence of where a piece sits (above or below the body of prose), not of what it is: its kind counts only
# when nothing says what the piece is, so the kind does not change with how much of the document was read
# (a long input cleaned in pieces gives the same kinds as the whole).
POSITIONAL = frozenset({"before_body", "after_body"})
# Evidence that a piece looks like a headline, not of what it is: a credit (a byline "By Jane Smith" has a headline's
# capitals and off-topic words) or a marker's kind goes before it, whatever the weights.
LOOKS = frozenset({"headline_shape", "off_topic", "standalone_line", "glued_tail"})


def strongest(signals: Sequence[Signal]) -> Signal | None:
    """The signal with the largest positive weight that names a removal kind (one saying what the piece is
    before one saying only what it looks like, before one saying only where it sits)."""
    best = None
    for s in signals:
        if KIND_OF.get(s.code) and s.weight > 0 and (best is None or _rank(s) < _rank(best)):
            best = s
    return best


def _rank(s: Signal) -> tuple[bool, bool, float]:
    return s.code in POSITIONAL, s.code in LOOKS, -s.weight


def kind_of(signals: Sequence[Signal]) -> str:
    best = strongest(signals)
    return (KIND_OF[best.code] if best else None) or "teaser"
