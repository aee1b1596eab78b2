"""RSS and Atom feeds: items fetched or taken whole, feed-level failures reported per feed."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from httpserver import FIXTURES, LocalServer, http_server  # noqa: F401 (fixture)

from newstally.errors import ReadError
from newstally.model import Document
from newstally.read.feed import fragment_text, read_feed
from newstally.read.fetch import Fetcher, FetchSettings
from newstally.read.url import read_url

FAST = FetchSettings(connect_timeout=1.0, read_timeout=0.5, total_timeout=5.0, retries=0,
                     host_delay=0.0, max_bytes=1024 * 1024)

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml"

FULL_STORY = "".join(
    f"<p>Paragraph {n}: rescuers in the valley searched the river banks again on Wednesday for "
    f"the four people still missing after the bridge collapse, officials said.</p>"
    for n in range(1, 16)
)


@pytest.fixture(scope="module")
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as f:
        yield f


def fixture(name: str, server: LocalServer) -> bytes:
    text = (FIXTURES / name).read_text("utf-8")
    base = server.url("")
    return text.replace("{{BASE}}", base).replace("{{FULL_STORY}}", FULL_STORY).encode("utf-8")


def serve_site(server: LocalServer) -> None:
    for page in ("article.html", "article_fr.html", "article_nodate.html"):
        server.add_file(f"/{page}", page, "text/html; charset=utf-8")
    server.add("/gone.html", "<html><body>gone</body></html>", status=404)


def split(results: Iterator[Document | ReadError]) -> tuple[list[Document], list[ReadError]]:
    items = list(results)
    docs = [r for r in items if isinstance(r, Document)]
    errors = [r for r in items if isinstance(r, ReadError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def test_rss_feed_over_http(http_server: LocalServer, fetcher: Fetcher) -> None:
    serve_site(http_server)
    url = http_server.add("/feed.rss", fixture("feed.rss", http_server), content_type=RSS)
    docs, errors = split(read_url(url, fetcher=fetcher))
    assert [d.title for d in docs] == [
        "Bridge collapse in Riverton kills at least 12",
        "Full story carried in the feed",
        "Update without a link",
    ]
    fetched, whole, linkless = docs

    # a short teaser: the linked page is read, the feed's date and title carried over
    assert fetched.url == http_server.url("/article.html")
    assert "Rescue teams worked through the night" in fetched.text
    assert fetched.published == "2024-03-05T10:00:00+00:00"
    assert fetched.author == "Maria Lopez"
    assert fetched.site == "The Valley Courier"
    assert fetched.language == "en"
    assert fetched.path == url

    # content:encoded of 1,500+ characters is the story: its link is never fetched
    assert whole.url == http_server.url("/never-fetched.html")
    assert http_server.hits("/never-fetched.html") == 0
    assert whole.text.startswith("Paragraph 1: rescuers in the valley")
    assert whole.text.count("\n") == 14 and "<p>" not in whole.text
    assert whole.published == "2024-03-06T08:15:00+00:00"
    assert whole.site == "The Valley Courier" and whole.language == "en"

    # no link: the item's own text
    assert linkless.url is None
    assert linkless.text == "Officials said on Thursday that the number of people killed had risen to 14."
    assert linkless.id and linkless.id != whole.id

    # a dead link is that item's error; the others are read
    (gone,) = errors
    assert str(gone) == f"{http_server.url('/gone.html')}: HTTP 404 Not Found"


def test_atom_feed(http_server: LocalServer, fetcher: Fetcher) -> None:
    serve_site(http_server)
    url = http_server.add("/feed.atom", fixture("feed.atom", http_server), content_type=ATOM)
    docs, errors = split(read_url(url, fetcher=fetcher))
    assert errors == []
    floods, storm = docs
    assert floods.url == http_server.url("/article_fr.html")
    assert floods.title == "Floods in the south"
    assert floods.published == "2024-04-02T06:30:00+00:00"
    assert floods.language == "fr"  # neither page nor feed says: detected
    assert floods.site == "Southern Tribune"
    # the entry carries (nearly) all the page gives: the entry's text is used
    assert http_server.hits("/article_nodate.html") == 1
    assert storm.text.startswith("A powerful storm swept across the coast overnight")
    assert storm.text.count("\n") == 3
    assert storm.published == "2024-04-03T05:00:00+00:00"
    assert storm.language == "en"


def test_feed_from_bytes(http_server: LocalServer, fetcher: Fetcher) -> None:
    serve_site(http_server)
    body = fixture("feed.rss", http_server)
    docs, errors = split(read_feed(body, url="feeds/courier.rss", fetcher=fetcher))
    assert len(docs) == 3 and len(errors) == 1
    assert {d.path for d in docs} == {"feeds/courier.rss"}


def test_feed_by_url_with_read_feed(http_server: LocalServer, fetcher: Fetcher) -> None:
    serve_site(http_server)
    url = http_server.add("/feed.atom", fixture("feed.atom", http_server), content_type=ATOM)
    docs, errors = split(read_feed(url, fetcher=fetcher))
    assert len(docs) == 2 and not errors


def test_feed_served_as_text_xml_is_sniffed(http_server: LocalServer, fetcher: Fetcher) -> None:
    serve_site(http_server)
    url = http_server.add("/rss", fixture("feed.rss", http_server), content_type="text/xml")
    docs, _ = split(read_url(url, fetcher=fetcher))
    assert len(docs) == 3


def test_malformed_feed(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add_file("/bad.xml", "malformed.xml", RSS)
    (err,) = list(read_url(url, fetcher=fetcher))
    assert isinstance(err, ReadError)
    assert str(err).startswith(f"{url}: malformed feed: ")


def test_not_a_feed_at_all() -> None:
    (err,) = list(read_feed(b"\x89PNG\r\n\x1a\n not xml", url="feeds/x"))
    assert isinstance(err, ReadError) and str(err).startswith("feeds/x: malformed feed: ")


def test_empty_feed(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.add_file("/empty.rss", "empty.rss", RSS)
    (err,) = list(read_url(url, fetcher=fetcher))
    assert str(err) == f"{url}: feed has no items"


def test_huge_feed_is_capped(http_server: LocalServer) -> None:
    items = "".join(
        f"<item><title>Item {n}</title><description>Two people were injured in crash number "
        f"{n} on the coast road, police said.</description></item>"
        for n in range(600)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'
    url = http_server.add("/big.rss", body, content_type=RSS)
    settings = FetchSettings(**{**FAST.__dict__, "max_feed_items": 50})
    with Fetcher(settings) as f:
        docs, errors = split(read_url(url, fetcher=f))
    assert len(docs) == 50 and docs[-1].title == "Item 49"
    (err,) = errors
    assert str(err) == f"{url}: feed has 600 items; read the first 50 (max_feed_items)"


def test_feed_with_a_recoverable_problem_is_read(fetcher: Fetcher) -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Loose</title>'
            b"<item><title>Caf&eacute; fire</title><description>Three people were killed in a "
            b"fire at a caf&eacute; on Monday night, the fire brigade said.</description></item>"
            b"</channel></rss>")
    (doc,) = list(read_feed(body, url="loose.rss", fetcher=fetcher))
    assert isinstance(doc, Document)
    assert doc.title == "Café fire" and "café on Monday" in doc.text


def test_item_with_neither_link_nor_text(fetcher: Fetcher) -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            b"<item><title>Only a title</title></item></channel></rss>")
    (err,) = list(read_feed(body, url="t.rss", fetcher=fetcher))
    assert str(err) == "t.rss: item 1 has neither a link nor text"


def test_linked_page_of_unsupported_type(http_server: LocalServer, fetcher: Fetcher) -> None:
    pdf = http_server.add("/report.pdf", b"%PDF-1.4", content_type="application/pdf")
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            f"<title>Report</title><link>{pdf}</link><description>short</description></item>"
            f"</channel></rss>").encode()
    (err,) = list(read_feed(body, url="t.rss", fetcher=fetcher))
    assert str(err) == f"{pdf}: unsupported content type 'application/pdf'"


def test_fragment_text() -> None:
    markup = ("<p>First  paragraph with <b>bold</b> text.</p><script>var x = 1;</script>"
              "<ul><li>one</li><li>two</li></ul>Tail<br>after a break &amp; more<!-- note -->")
    assert fragment_text(markup) == (
        "First paragraph with bold text.\none\ntwo\nTail\nafter a break & more")
    assert fragment_text("plain   text\n\n  here ") == "plain text\nhere"
    assert fragment_text("") == ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("<>/&;ab p=\"'\n\x00") + ["<p>", "</p>", "<br>", "&amp;", "<script>"]),
                max_size=60))
def test_fragment_text_never_fails(pieces: list[str]) -> None:
    text = fragment_text("".join(pieces))
    assert isinstance(text, str)
    assert "\n\n" not in text and text == text.strip()
