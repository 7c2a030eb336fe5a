"""clean_html on the shapes of real pages (issue 13): each test is a pattern found on the development pages."""

from __future__ import annotations

from conftest import clean_html_checked as check

import declutter

STORY = ("Matsushita, the top plasma TV maker, has partnered with a search company to deliver web video to the "
         "living room, and a unit built by it will be launched sometime in the spring.")
MORE = "Users will be able to browse and watch clips on the television without a computer, the companies said."
THIRD = "Analysts said the deal gives the maker an edge over its rivals, who have yet to offer anything like it."
FOURTH = "The price of the unit has not been announced, but the companies expect it to sell well over the holidays."


def _blog(comments: int) -> str:
    thread = "".join(f"<div class='postedby'>Posted by reader{i} - Tuesday, January 08, 2008 1:3{i} PM</div>"
                     f"<p>This is like a reverse of what I expected, and I am not sure it works at all {i}.</p>"
                     for i in range(comments))
    notice = "<p>This site requires that JavaScript be enabled and the Flash plug-in be installed, and if you " \
             "already have the player installed, click here to go on to the page.</p>"
    notice = f"<div class='sidebar'>{notice * 2}</div>"
    return (f"<html><body>{notice}<div class='entry'><h2>CES 2008: TV Rumblings</h2>"
            "<div class='postedby'>Posted by jrmylmb - Tuesday, January 08, 2008 12:40 PM</div>"
            f"<div class='text'><p>{STORY}</p><p>{MORE}</p><p>{THIRD}</p><p>{FOURTH}</p></div></div>"
            f"<div class='thread'>{thread}</div></body></html>")


def test_the_byline_heading_the_article_does_not_open_a_comment_thread() -> None:
    # dev page l3s-gn1/86ed497b: "Posted by X - date time" above the post, one reader's comment below, and
    # enough prose above the byline (a sidebar's notice) that it could open a thread.
    r = check(_blog(1))
    assert STORY in r.text and MORE in r.text
    assert not any(s.code == "comment_thread" for rm in r.removals for s in rm.signals)


def test_bylines_below_the_article_still_make_a_comment_thread() -> None:
    r = check(_blog(3))
    assert STORY in r.text and MORE in r.text
    gone = next(rm for rm in r.removals if "reverse of what I expected" in rm.text)
    assert "comment_thread" in [s.code for s in gone.signals]


BLURBS = ("Paris Hilton proved she is not ready to quit partying just yet with a loud rant at a club.",
          "Kate Moss looked tired and drawn during a night out with her boyfriend in the city last night.",
          "Kylie Minogue spent more than two hours visiting sick young patients at the children's hospital.")


def _teasers() -> str:
    """A box of teasers below the story: a linked headline and a date over each blurb (a sentence), and a list
    of the most read stories."""
    most = "".join(f"<li><a href='/m{i}'>Most read story number {i} of this week on the site</a></li>" for i in range(4))
    return f"<ul>{most}</ul>" + "".join(f"<div class='item'><h3><a href='/{i}'>Star news number {i}: the latest from the red carpet</a>"
                   f"</h3><p>14 January 2008</p><p>{b}</p></div>" for i, b in enumerate(BLURBS))


def _story(after: str, wide: bool = True) -> str:
    story = "".join(f"<p>{s}</p>" for s in (STORY, MORE, THIRD, FOURTH)) if wide else f"<p>{STORY}</p>"
    return (f"<html><body><div class='page'><div class='story'><h1>TV maker partners with search company</h1>"
            f"{story}</div>{after}</div></body></html>")


def test_blurbs_below_a_sure_main_region_go_though_they_are_sentences() -> None:
    # dev pages l3s-gn1/a118b090 (celebrity teasers), dragnet/R850 (blog blurbs), R412 (a legal footer).
    r = check(_story("<div class='more'><p><a href='/all'>More from the site</a></p>" + _teasers() + "</div>"))
    assert all(s in r.text for s in (STORY, MORE, THIRD, FOURTH))
    for blurb in BLURBS:
        gone = next(rm for rm in r.removals if blurb in rm.text)
        assert "below the main article region" in next(s.reason for s in gone.signals if s.code == "outside_main")


def test_prose_running_on_from_the_main_region_is_weighed_as_its_neighbour() -> None:
    # The region can stop short of the article (its last paragraphs in a sibling container): prose right after
    # it, a subheading between at most, keeps the weaker weight, which prose shape outweighs.
    links = "".join(f"<li><a href='/m{i}'>Most read story number {i} of this week on the site</a></li>"
                    for i in range(4))
    more = f"<div class='box'><h3>Prices</h3><p>{BLURBS[0]}</p><p>{BLURBS[1]}</p><ul>{links}</ul></div>"
    r = check(_story(more))
    assert BLURBS[0] in r.text and BLURBS[1] in r.text
    piece = next(p for p in r.paragraphs if BLURBS[0] in p.text)
    assert [s.reason for s in piece.signals if s.code == "outside_main"] == ["outside the main article region"]


def test_outside_an_unsure_main_region_prose_is_kept() -> None:
    # The region holds little of the page's prose (under main_sure_share): a guess, prose outside it stays.
    teasers = "<div class='more'><p><a href='/all'>More from the site</a></p>" + _teasers() * 3 + "</div>"
    r = check(_story(teasers, wide=False))
    assert all(b in r.text for b in BLURBS)
    r = declutter.clean_html(_story(teasers, wide=False), settings={"main_sure_share": 0.0})
    assert not any(b in r.text for b in BLURBS)  # the share decided it


def test_text_kept_above_the_h1_stays_above_the_title() -> None:
    # The title is the page's <h1>; a lede kept above it came after it in .text (the title was hoisted).
    lede = "A new deal brings web video to the living room, and analysts expect others to follow it soon."
    html = (f"<html><body><div class='story'><p>{lede}</p><h1>TV maker partners with search company</h1>"
            f"<p>{STORY}</p><p>{MORE}</p><p>{THIRD}</p></div></body></html>")
    r = check(html)
    assert r.title is not None and r.title.text == "TV maker partners with search company"
    assert r.text.split("\n")[:3] == [lede, r.title.text, STORY]
    assert [p.text for p in r.kept] == r.text.split("\n")


def test_the_h1_just_above_the_main_region_is_not_outside_it() -> None:
    # dev page dragnet/R864: the post's <h1> sits in the page's header area, just above the post's text (and
    # names what the text is about, as a headline does).
    html = ("<html><body><div class='top'><p><a href='/'>A Photo Editor</a></p><h1>Plasma TV Maker Brings "
            f"Web Video To The Living Room</h1></div><div class='post'><p>{STORY}</p><p>{MORE}</p><p>{THIRD}</p></div>"
            "</body></html>")
    r = check(html)
    assert "Plasma TV Maker Brings Web Video To The Living Room" in r.text
    head = next(p for p in r.kept if p.text.startswith("Plasma TV"))
    assert "outside_main" not in [s.code for s in head.signals]


def _portal(sidebar: str) -> str:
    """A portal page: a header, a body of three columns (a few links, the story, a sidebar) and a footer notice."""
    left = "".join(f"<p><a href='/s{i}'>Section {i}</a></p>" for i in range(3))
    return (f"<html><body><div id='top'><p><a href='/'>Fox 26 Houston</a></p></div><div id='page'>"
            f"<div id='left'>{left}</div><div id='center'><h1>TV maker partners with search company</h1>"
            f"<p>{STORY}</p><p>{MORE}</p><p>{THIRD}</p><p>{FOURTH}</p></div><div id='right'>{sidebar}</div></div>"
            "<div id='bottom'><p>Many pages on this site link to other sites run by companies unrelated to us.</p>"
            "</div></body></html>")


def test_the_main_region_stops_below_the_body() -> None:
    # dev page l3s-gn1/224aa27e: the story's column widened over a sidebar of prose and then over the small header
    # and footer to <body>, and then the whole page was the "main region": it says nothing there.
    html = _portal(f"<p>{BLURBS[0]}</p><p>{BLURBS[1]}</p>")
    page = declutter.html.html_to_text(html)
    main = {page.text[blk.start : blk.end] for blk in page.blocks if blk.main}
    assert STORY in main and FOURTH in main
    assert "Fox 26 Houston" not in main and not any("unrelated to us" in line for line in main)
    r = check(html)
    notice = next(p for p in r.paragraphs if "unrelated to us" in p.text)  # prose right below: weighed, kept
    assert "outside_main" in [s.code for s in notice.signals]


def test_excerpts_cut_off_are_not_prose_that_widens_the_main_region() -> None:
    # dev pages l3s-gn1/224aa27e, dragnet/R949: a sidebar of story abstracts cut with "..." is teasers, not a
    # section of the article's prose beside it.
    cut = [b[:60] + "..." for b in BLURBS]
    page = declutter.html.html_to_text(_portal("".join(f"<p>{c}</p>" for c in cut)))
    lines = page.text.split("\n")
    assert not any(blk.main for blk, line in zip(page.blocks, lines) if line in cut)
    assert any(blk.main for blk, line in zip(page.blocks, lines) if line == STORY)



def test_a_post_tagged_with_a_hint_word_is_not_a_junk_box() -> None:
    # dragnet/R199 (an empty result): WordPress writes the post's tags into its class ("tag-social-media-2"); read
    # as a "social" box around the article, it made an author box the main region and took the post away.
    html = ("<html><body><div class='post post-9 tag-social-media-2 category-video'><h2>What Gives You the Chills?</h2>"
            f"<div class='entry'><p>{STORY}</p><p>{MORE}</p><p>{THIRD}</p></div></div>"
            "<div class='post-author'><p>About Mike: a coach, speaker and writer who helps small business owners, "
            "shops, clubs, schools and solo workers use blogs, video, podcasts and social media to amplify their "
            "reach, their relationships and their revenue, one conversation at a time, since 2004.</p></div>"
            "</body></html>")
    r = check(html)
    assert all(s in r.text for s in (STORY, MORE, THIRD))
    kept = next(p for p in r.paragraphs if STORY in p.text)
    assert "dom_hint" not in [s.code for s in kept.signals]


def _region(page: str) -> tuple[str | None, str | None]:
    """(tag, class) of the main region html_to_text's main_element chooses for ``page``."""
    from declutter.html import MAIN_HINTS, _parse
    from declutter.lang import dom_hint_words, dom_strong_hint_words
    from declutter.mainregion import main_element
    from declutter.settings import DEFAULTS as s

    el, _ = main_element(_parse(page), MAIN_HINTS, dom_hint_words(), dom_strong_hint_words(), s.main_para_min_chars,
                         s.main_widen_ratio, s.main_prose_share, s.main_min_share, s.main_widen_sections)
    return (None, None) if el is None else (el.tag, el.get("class"))


def _thread(n: int) -> str:
    return "<ul class='commtree'>" + "".join(
        f"<li class='comment'><div class='commentBody'><p>{THIRD} Reader {i} says so, and I agree with the rest of"
        f" it, though the price worries me a lot more than it should. {FOURTH}</p></div></li>" for i in range(n)) + "</ul>"


def test_readers_comments_do_not_make_a_short_story_a_guess() -> None:
    # dev pages dragnet/294, dragnet/317 (Slashdot): a story of one paragraph over hundreds of comments; the comments'
    # prose is most of the page's, and the story's container held under main_min_share of it: no main region, and
    # the comments' own list and sentence signals kept them.
    page = (f"<html><body><div class='story'><h1>TV maker partners with search company</h1><div class='body'>"
            f"<p>{STORY}</p><p>{MORE}</p></div></div><div class='comments'>{_thread(40)}</div></body></html>")
    assert _region(page) == ("div", "story")
    r = check(page)
    assert STORY in r.text and MORE in r.text and "Reader 3 says so" not in r.text
    # Without the junk name, the same thread is prose that competes: no region (as before).
    assert _region(page.replace("comment", "note")) == (None, None)


def test_an_article_element_named_for_comments_is_not_the_story() -> None:
    # dev page dragnet/108 (Newsvine): the readers' comments sit in <article class="commentarea">, longer than the
    # story's own <article>; taken as "a semantic container holding more text than the best run of prose", the
    # comments were the region and the story's subheading and captions went as outside it.
    page = (f"<html><body><article class='text_post'><h1>TV maker partners with search company</h1>"
            f"<div class='body'><p>{STORY}</p><p>{MORE}</p></div></article>"
            f"<article class='commentarea'>{_thread(40)}</article></body></html>")
    assert _region(page) == ("article", "text_post")
    # Named otherwise, the longer <article> is the story (a post whose paragraphs are links), as before.
    assert _region(page.replace("commentarea", "thread")) == ("article", "thread")


def test_a_quotation_goes_with_the_text_quoting_it() -> None:
    # dev page dragnet/269: a statement quoted whole in a <blockquote>, the post's own paragraph introducing it
    # before, a list of links after; the quotation alone was the region and the introduction went.
    links = "".join(f"<li><a href='/{i}'>Video: the president speaks on the day number {i} here</a></li>"
                    for i in range(6))
    page = (f"<html><body><div class='post'><h2>TV maker partners with search company</h2><p>Today the company "
            f"said this. Below, <a href='/s'>read the statement</a> in full.</p><blockquote><p>{STORY}</p>"
            f"<p>{MORE}</p><p>{THIRD}</p></blockquote><p><b>For more information:</b></p><ul>{links}</ul></div>"
            "</body></html>")
    assert _region(page) == ("div", "post")
    assert "Today the company said this." in check(page).text


def test_the_main_region_does_not_widen_past_the_article_element() -> None:
    # dev page dragnet/134 (BBC): the story's <article> inside a page-wide wrapper whose other children are prose
    # too (an author box, a footer's notices); widening went to the wrapper and kept them.
    notice = ("<p>This page is best viewed in an up-to-date web browser with style sheets enabled, and while you "
              "will be able to view the content of this page, it will not look as it should.</p>")
    page = (f"<html><body><div class='outer'><div class='top'>{notice}</div><article class='story'>"
            f"<h1>TV maker partners with search company</h1><div class='body'><p>{STORY}</p><p>{MORE}</p>"
            f"<p>{THIRD}</p><p>{FOURTH}</p></div></article><div class='foot'>{notice}</div></div></body></html>")
    assert _region(page) == ("article", "story")


def test_the_header_of_the_article_holding_the_region_is_the_articles() -> None:
    # dev page dragnet/294 (Slashdot): <article><header><h2>headline</h2><div>Posted by X on date</div></header>
    # <div class=body>story</div></article>; the region is the body, and its <article>'s own <header> read as page
    # chrome (navigation, outside_main 8), so the byline went. A <header> outside the article stays chrome.
    page = (f"<html><head><title>Other</title></head><body><header><p>Posted by the site's editors every single day "
            f"of the week</p></header><article><header><h2>Something else</h2><div>Posted by timothy on Tuesday July "
            f"24, @10:46AM</div></header><div class='body'><p>{STORY}</p><p>{MORE}</p><p>{THIRD}</p></div>"
            f"</article></body></html>")
    from declutter.html import html_to_text

    page_text = html_to_text(page)
    chrome = {page_text.text[b.start:b.end]: b.chrome for b in page_text.blocks}
    assert chrome["Posted by timothy on Tuesday July 24, @10:46AM"] is False
    assert chrome["Posted by the site's editors every single day of the week"] is True


def test_a_count_after_the_headline_does_not_hide_the_title_line() -> None:
    # dev page dragnet/294: the headline line ends with its comment count ("... This Time With AC/DC 253").
    from declutter.html import html_to_text

    page = (f"<html><head><title>TV maker partners with search company - Site</title></head><body>"
            f"<div class='top'><h2><a href='/x'>TV maker partners with search company</a> <a href='/x#c'>253</a></h2>"
            f"</div><div class='body'><p>{STORY}</p><p>{MORE}</p></div></body></html>")
    page_text = html_to_text(page)
    assert page_text.text.split("\n")[page_text.title_line] == "TV maker partners with search company 253"
