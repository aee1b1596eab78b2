"""Boilerplate removal for plain text: junk lines go, article lines stay."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstally.clean import clean_text, is_casualty_line, junk_lines, split_title

TITLE = "Flood sweeps through valley towns"
BODY = "Rescuers searched flooded streets on Monday after the river rose overnight."

#: Lines that must be removed when they appear in the body of a report.
JUNK = [
    # comment forms
    "Leave a Reply",
    "Leave a comment",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Cancel reply",
    "12 Comments",
    "Comments (4)",
    # related links
    "See also\u00a0 Council approves the new harbour plan",
    "See also: Ten years after the quake",
    "Read more: Minister resigns over budget row",
    "Related: What we know about the storm",
    "Related Articles",
    "You may also like",
    "SEE MORE: Markets fall for a third day",
    "Storm chasers film rare cloud [VIDEO]",
    # captions and photo credits
    "Illustrative photo",
    "File photo: a police car at night",
    "Rescue workers at the site of the blast (Photo: Harbour Press)",
    "A damaged building on the main street on Monday (Jan Novak/Harbour Press via Reuters)",
    "Firefighters at the scene (AP Photo/Jane Roe)",
    "The old bridge in spring | Photo: City Archive",
    "Photo: Harbour Press",
    "Image credit: City Council",
    # share bars and navigation
    "Share on Facebook",
    "Share on Twitter",
    "Facebook Twitter WhatsApp Email",
    "Share this article",
    "Back to top",
    "Skip to content",
    "Advertisement",
    "Print",
    # outlet chrome
    "Lajmet e fundit nga",
    "Latest news from Harbour Press",
    "© 2031 Harbour Press. All rights reserved.",
    "Copyright 2031 Harbour Press",
    # cookies and subscriptions
    "We use cookies to give you the best experience on our website.",
    "This website uses cookies. By continuing to browse you agree.",
    "Subscribe to our newsletter",
    "Sign up for our daily newsletter and get the news in your inbox.",
    "Follow us on Twitter",
    # tags, reading time, credits
    "Tags: weather, floods, valley",
    "Filed under: Local news",
    "3 min read",
    "Reading time: 2 minutes",
    "(Reporting by Jan Novak; Editing by Ana Ruiz)",
    "jan.novak@harbourpress.example",
    # other languages
    "Deja un comentario",
    "Lire aussi : le bilan de la tempête",
    "Lesen Sie auch",
    "Leia também",
    "Читайте также",
]

#: Article lines that must stay.
KEEP = [
    BODY,
    "1 fatality, 5 injured",
    "[size=no report]",
    "Three people were killed and 12 injured, police said.",
    "Gegham Arakelyan said at least seven civilians had been killed.",
    "The ministry said 40 civilians were injured, including 13 minors.",
    "As reported on social media 10 citizens, including 5 children.",
    "(With information from EFE)",
    "The army said the operation would continue until the end (EFE).",
    "Related incidents were reported in two other provinces.",
    "Share prices fell sharply after the announcement.",
    "Photographers were kept away from the scene by police.",
    "Rescue Efforts",
    "By the time rescuers arrived, 12 people were dead.",
    "Print media were banned from the hearing, the court said.",
    "Thousands of residents gathered at the airport with the aim of being evacuated.",
    "More than 10,000 people have already been evacuated from 16 regions.",
    "Tomorrow, Thursday, the two sides will hold negotiations.",
    "On 27 April 2020, 3 people were killed in a clash in the district.",
    "Follow the money, investigators said of the smuggling network.",
]


def _report(*middle: str) -> str:
    return "\n\n".join([TITLE, *middle, "Officials promised help for families who lost their homes."])


@pytest.mark.parametrize("line", JUNK)
def test_junk_line_is_removed(line: str) -> None:
    out = clean_text(_report(BODY, line))
    assert line.strip() not in out.splitlines()
    assert BODY in out


@pytest.mark.parametrize("line", KEEP)
def test_article_line_is_kept(line: str) -> None:
    out = clean_text(_report(line, BODY))
    assert line in out.splitlines()


def test_title_line_is_kept() -> None:
    assert clean_text(_report(BODY)).splitlines()[0] == TITLE


def test_truncated_copy_of_the_headline_is_removed() -> None:
    text = f"{TITLE} / 4 dead\n\n{TITLE} / 4\n\n{BODY}"
    out = clean_text(text).splitlines()
    assert out[0] == f"{TITLE} / 4 dead"
    assert f"{TITLE} / 4" not in out


def test_repeated_short_lines_later_in_the_text_are_kept() -> None:
    text = "\n".join([TITLE, BODY, "Killed: 2", "Injured: 3", "Killed: 2", "Injured: 3"])
    assert clean_text(text).count("Killed: 2") == 2


def test_author_name_and_bio_are_removed() -> None:
    text = _report(BODY) + "\n\nMara Lindqvist\n\n\"Coffee lover. Weekend hiker. Music nerd. Friendly fan.\"\n\nLeave a Reply"
    out = clean_text(text)
    assert "Mara Lindqvist" not in out
    assert "Coffee lover" not in out
    assert out.endswith("lost their homes.")


def test_author_bio_by_role_is_removed() -> None:
    text = _report(BODY) + "\n\nJan Novak is a staff writer covering the valley towns."
    assert "staff writer" not in clean_text(text)


def test_dateline_metadata_is_removed_but_not_a_dated_sentence() -> None:
    text = "\n".join([TITLE, "2031-03-14 18:20:00, Valley Courier", BODY])
    assert "Valley Courier" not in clean_text(text)
    dated = "On 14 March 2031, floods killed 4 people in the valley."
    assert dated in clean_text("\n".join([TITLE, dated]))


def test_byline_is_removed() -> None:
    assert "Ada Brennan" not in clean_text("\n".join([TITLE, "By Ada Brennan", BODY]))


def test_casualty_line_survives_weak_rules() -> None:
    assert is_casualty_line("1 fatality, 5 injured")
    assert is_casualty_line("[size=no report]")
    assert not is_casualty_line("Jan Novak")
    out = clean_text("\n".join([TITLE, BODY, "2 Killed"]))
    assert "2 Killed" in out


def test_blank_lines_collapse_and_trailing_space_goes() -> None:
    assert clean_text("A title  \n\n\n\nBody line.\n\n\n") == "A title\n\nBody line."


def test_first_line_is_not_protected_without_a_title() -> None:
    assert junk_lines(["By Ada Brennan", BODY], first_line_title=False) == {0}
    assert junk_lines(["By Ada Brennan", BODY]) == set()


def test_is_deterministic() -> None:
    text = _report(BODY, *JUNK, *KEEP)
    assert clean_text(text) == clean_text(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"{TITLE}\n{BODY}", TITLE),
        (f"{TITLE}.\n\n{BODY}", f"{TITLE}."),
        (f"{BODY}\n{BODY}", None),  # a sentence run straight into the next line
        (BODY, None),  # nothing after it
        ("2031-03-14 18:20\n\n" + BODY, None),  # a dateline is not a title
        ("", None),
    ],
)
def test_split_title(text: str, title: str | None) -> None:
    got, body = split_title(text)
    assert got == title
    if title:
        assert body == BODY
    else:
        assert body == text


_LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_LINE, st.sampled_from(JUNK + KEEP + [""])), max_size=30))
def test_clean_text_returns_a_subset_of_the_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    out = clean_text(text)
    source = {line.rstrip() for line in text.splitlines()}
    assert all(line in source for line in out.splitlines())
    assert clean_text(text) == out


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_never_crashes(text: str) -> None:
    assert isinstance(clean_text(text), str)
