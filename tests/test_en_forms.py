"""English page-scrape forms (issue 12)."""

from __future__ import annotations

import declutter

ARTICLE = ("The council approved the new budget on Tuesday after a long debate about the costs of the plan. "
           "Members said the money would go to schools, roads and the harbour over the next three years.")


HEADLINE = "Council Approves Budget For Schools"
FORM = "Jobs\nSearch In:\nAll Categories\nAll Employment\nRefine Results"


def test_a_menu_list_above_the_headline_goes_but_a_list_a_sentence_introduces_stays() -> None:
    page = declutter.clean(FORM + "\n" + HEADLINE + "\n" + ARTICLE)
    assert page.text == HEADLINE + "\n" + ARTICLE
    assert any("All Categories" in r.text and "Refine Results" in r.text for r in page.removals)
    listed = "What the budget pays for this year:\nNew school roofs\nHarbour road repairs\nTwo bridges"
    kept = declutter.clean(listed + "\n" + HEADLINE + "\n" + ARTICLE)
    assert "Harbour road repairs" in kept.text and "Two bridges" in kept.text


def test_page_headline_is_the_line_sharing_the_body_words_not_the_byline_under_it() -> None:
    page = declutter.clean("Home\nNews\n" + HEADLINE + "\nBy Jane Smith\nShare\nTweet\n" + ARTICLE)
    assert page.text.startswith(HEADLINE)
    assert any(s.code == "page_headline" for p in page.paragraphs for s in p.signals)


def test_comments_after_the_article_end_go_though_they_are_prose() -> None:
    comments = ("2 Comments Leave a comment\nJohn says: November 1, 2012 Reply\n"
                "I think the council should spend the money on the harbour first, because the roads can wait.")
    page = declutter.clean(ARTICLE + "\n" + comments)
    assert page.text == ARTICLE
    assert all(r.kind == "footer" for r in page.removals)


def test_short_sentences_of_a_login_form_above_the_article_go() -> None:
    page = declutter.clean("Search for...\nHome\nDon't have an account?\n" + HEADLINE + "\n" + ARTICLE)
    assert page.text == HEADLINE + "\n" + ARTICLE
    assert any(r.text == "Search for..." and r.kind == "navigation" for r in page.removals)

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


def test_a_site_name_over_a_blog_pager_is_no_title() -> None:
    # l3s-gn1 2fe54bd6: "SFGate: Daily Dish" / "« Spade To Be a Dad? | Main | Stefani Stays in... »" / headline.
    # The pager's links read as sentences; counted as prose they started the body and the site's name was its title.
    pager = "« Spade To Be a Dad? | Main | Stefani Stays in... »"
    page = declutter.clean("Coast Gazette: Daily Dish\n" + pager + "\n" + HEADLINE + "\n" + ARTICLE)
    assert page.text == HEADLINE + "\n" + ARTICLE
    assert any(r.text == pager and r.kind == "navigation" for r in page.removals)


def test_story_continues_alone_is_an_ad_break_but_not_inside_a_sentence() -> None:
    page = declutter.clean(ARTICLE + "\nStory continues\n" + ARTICLE)
    assert page.text == ARTICLE + "\n" + ARTICLE
    assert [r.kind for r in page.removals] == ["ad"]
    said = "The story continues next week, the council said in a statement on Tuesday evening."
    assert declutter.clean(ARTICLE + "\n" + said).text == ARTICLE + "\n" + said


def test_a_street_abbreviation_ends_no_sentence() -> None:
    # l3s-gn1 c61a5b06: "Wrong-way driver dies in Hwy. 427 crash", a related headline under the article, was cut
    # at "Hwy." and its first half read as a sentence.
    page = declutter.clean(ARTICLE + "\nWrong-way driver dies in Hwy. 427 crash")
    assert page.text == ARTICLE


def test_a_bare_lead_ins_list_ends_at_the_articles_own_headline() -> None:
    # dragnet/R798: "Don't Miss:" / two other stories' headlines / the article's own headline / the article.
    headline = "Harbour Council Approves Road Budget"
    page = declutter.clean("Don't Miss:\nHoliday Gift Guide\nHelp The City Bounce Back\n" + headline + "\n" + ARTICLE
                           .replace("The council", "The harbour council"))
    assert headline in page.text
    assert "Holiday Gift Guide" not in page.text and "Help The City Bounce Back" not in page.text
