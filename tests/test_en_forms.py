"""English page-scrape forms (issue 12) and the document prior on kept paragraphs' confidence."""

from __future__ import annotations

import declutter
from declutter.decide import document_prior
from declutter.result import CleanResult, Paragraph, Removal

ARTICLE = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
           "Members said the money would go to schools, roads and the harbour over the next three years.")
MENU = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel", "Contact us",
                  "Privacy Policy", "Terms of Use", "Site map", "Log in", "Register", "Archives"])


def test_document_prior_lowers_kept_confidence_on_a_page_mostly_removed() -> None:
    alone = declutter.clean(ARTICLE)
    page = declutter.clean(MENU + "\n" + ARTICLE + "\n" + MENU)
    assert page.text == alone.text == ARTICLE
    assert page.paragraphs[0].confidence < alone.paragraphs[0].confidence - 0.01


def test_document_prior_leaves_a_document_with_few_removals_alone() -> None:
    settings = declutter.DEFAULTS
    p = Paragraph("x" * 95, 0, 95, 0.99, ())
    r = CleanResult((p,), (Removal("Home", 96, 100, "navigation", 0.9, "menu", ()),), "en", None, settings)
    assert document_prior(r, settings).paragraphs[0].confidence == 0.99  # 4% removed: under the free share
    off = settings.replace(document_prior_weight=0.0)
    heavy = CleanResult((p,), (Removal("y" * 95, 96, 191, "navigation", 0.9, "menu", ()),), "en", None, off)
    assert document_prior(heavy, off).paragraphs[0].confidence == 0.99
    assert document_prior(heavy, settings).paragraphs[0].confidence < 0.9


def test_a_headline_cut_in_two_by_the_title_split_stays_one_line() -> None:
    # The first line is a headline whose tail is no sentence: cutting a title off it left "Nokia E71 Software" and
    # "Update - v400.21.013" as two pieces of one raw line (an introduced break). The line stays one paragraph.
    text = ("Nokia E71 Software Update - v400.21.013\nNokia E71 is getting a new software update today, the company "
            "said on its support site. The update fixes the camera and improves the battery life of the phone.")
    result = declutter.clean(text)
    assert result.text.splitlines()[0] == "Nokia E71 Software Update - v400.21.013"
    # A title glued to a lede that is a sentence is still cut off as the title.
    glued = "Council Approves New Budget The council approved the new budget on Tuesday after a long debate."
    title = declutter.clean(glued).title
    assert title is not None and title.text == "Council Approves New Budget"
