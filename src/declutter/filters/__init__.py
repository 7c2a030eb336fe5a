"""FILTERS: the one ordered registry. Name = reason code = fixture folder = docs section."""

from __future__ import annotations

from types import ModuleType

from ..result import Signal
from ..segment import Segment
from . import (
    ad_marker,
    after_body,
    before_body,
    broken_sentence,
    channel_prompt,
    clickbait_lexicon,
    comment_thread,
    comments_section,
    credit_line,
    dom_hint,
    footer_block,
    glued_tail,
    headline_shape,
    house_note,
    link_density,
    link_list,
    link_prompt,
    list_item,
    near_duplicate,
    off_topic,
    outside_main,
    pagination,
    profile_match,
    promo_prompt,
    prompt_hook,
    read_more_lead_in,
    sentence_shape,
    share_buttons,
    stamped_list,
    standalone_line,
    syndication,
    title_split,
    trailing_signature,
)
from .base import Context, Filter

_MODULES: tuple[ModuleType, ...] = (
    read_more_lead_in, pagination, syndication, credit_line, promo_prompt, channel_prompt, link_prompt, prompt_hook,
    house_note, share_buttons, ad_marker,
    headline_shape, off_topic, glued_tail, standalone_line, near_duplicate, clickbait_lexicon,
    trailing_signature, footer_block, comments_section, comment_thread, stamped_list, before_body, after_body,
    list_item, broken_sentence,
    profile_match, link_density, dom_hint, link_list, outside_main, title_split, sentence_shape,
)
FILTERS: dict[str, Filter] = {m.__name__.rsplit(".", 1)[1]: getattr(m, m.__name__.rsplit(".", 1)[1])
                              for m in _MODULES}
KIND_OF: dict[str, str | None] = {m.__name__.rsplit(".", 1)[1]: m.KIND for m in _MODULES}
# Which segments a filter can give a signal to, by whether a marker opened them (``seg.lead``), from each module's
# LEAD: "only" (a marker's weight: only those a marker opened), "none" (only those no marker opened) or "any" (the
# default). run_filters does not call a filter on the others (tests/test_speed_paths.py checks that it is silent
# there on every fixture).
LEAD_OF: dict[str, str] = {m.__name__.rsplit(".", 1)[1]: getattr(m, "LEAD", "any") for m in _MODULES}


# Filters that read only the HTML evidence (ctx.dom) or only a site profile (ctx.profile) and give no signal
# without it: on plain text, or without a profile, they are not called at all (the same signals, less time;
# tests/test_speed_paths.py checks that they are silent there).
NEEDS_DOM = frozenset({"link_density", "dom_hint", "link_list", "outside_main"})
NEEDS_PROFILE = frozenset({"profile_match"})


def run_filters(segments: list[Segment], ctx: Context) -> list[list[Signal]]:
    """Every filter on every segment: the signals found, per segment."""
    skip = (NEEDS_DOM if ctx.dom is None else frozenset()) | (NEEDS_PROFILE if ctx.profile is None else frozenset())
    active = [name for name in FILTERS if name not in skip]
    led = [FILTERS[name] for name in active if LEAD_OF[name] != "none"]  # for a segment a marker opened
    unled = [FILTERS[name] for name in active if LEAD_OF[name] != "only"]
    return [[sig for f in (led if seg.lead else unled) if (sig := f(seg, ctx)) is not None] for seg in segments]
