"""clean_html on the shapes of real pages (issue 13): each test is a pattern found on the development pages."""

from __future__ import annotations

from conftest import assert_from_input, assert_tiles

import declutter

STORY = ("Matsushita, the top plasma TV maker, has partnered with a search company to deliver web video to the "
         "living room, and a unit built by it will be launched sometime in the spring.")
MORE = "Users will be able to browse and watch clips on the television without a computer, the companies said."
THIRD = "Analysts said the deal gives the maker an edge over its rivals, who have yet to offer anything like it."
FOURTH = "The price of the unit has not been announced, but the companies expect it to sell well over the holidays."


def check(html: str | bytes) -> declutter.CleanResult:
    result = declutter.clean_html(html)
    assert result.source is not None
    assert_tiles(result.source, result)
    assert_from_input(result.source, result)
    return result


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
