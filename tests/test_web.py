"""``newstally serve``: the JSON API, the pages, their security, the command, and a real browser.

The database is built from examples/ plus one hostile report (self-written) whose title, text and
URL carry markup and script; every page must show it as text.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newstally.cli import main
from newstally.ledger import event_detail, ingest, list_events
from newstally.store import open_store
from newstally.web import SECURITY_HEADERS, create_app
from newstally.web.running import running_server

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

HOSTILE_ID = "hostile-1"
HOSTILE = {
    "id": HOSTILE_ID,
    "title": 'Blast kills 5 <script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2">',
    "text": ("<script>window.__pwned=3</script> Police said 5 people were killed when a bomb went off "
             "at a market in Kabul on Monday. \"><img src=x onerror=\"window.__pwned=4\"> "
             "<a href=\"javascript:window.__pwned=5\">details</a> Another 12 people were injured."),
    "url": "javascript:window.__pwned=6",
    "source": "<b onmouseover=alert(1)>Evil Site</b>",
    "published": "2024-05-06",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = str(folder / "web.db")
    store = open_store(path)
    report = ingest(store, [str(EXAMPLES), str(hostile)])
    list_events(store)  # recompute every event's figures: the server never writes
    store.close()
    assert report.failed == 0 and report.added == 4
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    app = create_app(db)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def _events(client, **params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _ids(client, **params):
    return [e["id"] for e in _events(client, **params)["events"]]


def _contested_id(client):
    return _ids(client, contested="true")[0]


# ----------------------------------------------------------------------------------- API


def test_events_have_the_fields_of_the_cli_json(client, db):
    with open_store(db, create=False) as store:
        cli = {e.id: e.to_dict() for e in list_events(store)}
    page = _events(client, limit=500)
    assert page["total"] == len(cli) == 3
    assert {e["id"]: e for e in page["events"]} == cli


@pytest.mark.parametrize("params, expected", [
    ({"country": "AZ"}, 1),
    ({"country": "azerbaijan"}, 1),
    ({"country": "France"}, 0),
    ({"contested": "true"}, 1),
    ({"contested": "false"}, 2),
    ({"category": "killed", "min_figure": 100}, 1),
    ({"category": "killed", "min_figure": 0}, 3),
    ({"category": "kidnapped"}, 0),
    ({"since": "2024-01-01"}, 2),
    ({"until": "2023-12-31"}, 1),
    ({"since": "2024-01-01", "until": "2024-04-01"}, 1),
    ({"min_sources": 2}, 1),
    ({"q": "Kalobo"}, 1),
    ({"q": "kalobo raid"}, 1),
    ({"q": "kalobo nagorno"}, 0),
    ({"q": "Kalob%"}, 0),  # whole words: neither LIKE's wildcards nor any other act as one
    ({"q": "%alobo"}, 0),
    ({"q": "kalob_"}, 0),
    ({"q": "kalob*"}, 1),  # the beginning of a word, when asked for
    ({"q": '"raid kalobo"'}, 0),  # a phrase: its words in its order
    ({"q": "100%_"}, 1),  # the word "100" (a report tells of about 100 positions taken)
])
def test_event_filters(client, params, expected):
    page = _events(client, **params)
    assert page["total"] == expected == len(page["events"])


def test_sort_and_pages(client):
    by_killed = _events(client, sort="killed", order="desc")["events"]
    best = [e["figures"].get("killed", {}).get("best") for e in by_killed]
    assert best == sorted(best, reverse=True) and best[0] == 200
    dates = [e["date_start"] for e in _events(client, sort="date", order="asc")["events"]]
    assert dates == sorted(dates)
    first, second = _events(client, limit=2, offset=0), _events(client, limit=2, offset=2)
    assert first["total"] == second["total"] == 3
    assert len(first["events"]) == 2 and len(second["events"]) == 1
    assert {e["id"] for e in first["events"]}.isdisjoint(e["id"] for e in second["events"])


def test_event_is_show_json(client, db):
    eid = _contested_id(client)
    with open_store(db, create=False) as store:
        expected = event_detail(store, eid).to_dict()
    assert client.get(f"/api/events/{eid}").json() == expected
    assert client.get(f"/api/events/{eid[:6]}").json()["id"] == eid  # a unique beginning


def test_document_claims_point_into_the_text(client):
    doc = client.get(f"/api/documents/{HOSTILE_ID}").json()
    assert doc["title"] == HOSTILE["title"] and doc["event_id"]
    assert doc["claims"], "the hostile report states figures"
    for c in doc["claims"]:
        assert doc["text"][c["start"]:c["end"]] == c["text"]
    assert {c["category"] for c in doc["claims"]} >= {"killed", "injured"}


def test_health(client):
    assert client.get("/api/health").json() == {"status": "ok", "version": client.app.version,
                                                "read_only": True, "events": 3, "documents": 4}


@pytest.mark.parametrize("query, parameter", [
    ("limit=0", "limit"), ("limit=501", "limit"), ("limit=ten", "limit"), ("offset=-1", "offset"),
    ("since=2023-13-01", "since"), ("until=yesterday", "until"), ("category=bogus", "category"),
    ("category=killed&min_figure=-1", "min_figure"), ("category=killed&min_figure=x", "min_figure"),
    ("min_figure=5", "min_figure"), ("min_sources=-2", "min_sources"), ("contested=maybe", "contested"),
    ("sort=title", "sort"), ("order=up", "order"), ("q=" + "x" * 300, "q"),
    ("q=" + "+".join("abcdefghij"), "q"), ("category=killed%27%20OR%201=1--", "category"),
    ("offset=99999999999999999999", "offset"),
])
def test_bad_parameters_are_4xx_naming_them(client, query, parameter):
    r = client.get("/api/events?" + query)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["parameter"] == parameter and parameter in r.json()["error"]
    page = client.get("/?" + query)  # the page gets the same answer, as HTML
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert f'data-parameter="{parameter}"' in page.text


@pytest.mark.parametrize("path, status", [
    ("/api/events/nope", 404), ("/api/documents/nope", 404), ("/events/nope", 404),
    ("/documents/nope", 404), ("/api/nothing", 404), ("/api/events/%00", 404),
    ("/api/documents/..%2F..%2Fetc%2Fpasswd", 404), ("/documents/" + "%F0%9F%92%A3" * 50, 404),
    ("/static/../app.py", 404), ("/static/%2e%2e/app.py", 404), ("/static/..%2Fapp.py", 404),
    ("/static/%2e%2e%2f%2e%2e%2fstore.py", 404),
])
def test_missing_things_are_404_never_500(client, path, status):
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code)
    assert "def " not in r.text  # no source file served


def test_ambiguous_prefix_is_400(client):
    ids = _ids(client, limit=500)
    common = os.path.commonprefix(ids)
    r = client.get(f"/api/events/{common}") if common else None
    if r is not None:
        assert r.status_code == 400


def test_nothing_can_be_written(client):
    assert client.post("/api/events", json={}).status_code == 405
    assert client.delete(f"/api/documents/{HOSTILE_ID}").status_code == 405
    import sqlalchemy as sa

    store = client.app.state.store
    with pytest.raises(Exception):
        with store.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM events"))
    assert _events(client)["total"] == 3


# --------------------------------------------------------------------------------- pages


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(html)
    return p.tags


def _pages(client) -> list[str]:
    event = client.get(f"/api/documents/{HOSTILE_ID}").json()["event_id"]
    return ["/", f"/events/{event}", f"/documents/{HOSTILE_ID}", "/countries", "/docs",
            "/?q=%3Cscript%3Ealert(1)%3C/script%3E", "/?country=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
            "/events/%3Cscript%3E"]


def test_hostile_report_renders_inert(client):
    for path in _pages(client):
        r = client.get(path)
        assert r.status_code in (200, 404), path
        for tag, attrs in _tags(r.text):
            assert tag not in ("script", "img", "iframe", "object", "embed", "b"), (path, tag)
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                if name in ("href", "src", "action", "xlink:href"):
                    assert not (value or "").strip().lower().startswith(("javascript:", "data:")), (path, value)
    doc = client.get(f"/documents/{HOSTILE_ID}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in doc  # shown, as text
    assert "javascript:window.__pwned=6" in doc  # the URL is shown, not linked


def test_security_headers_everywhere(client):
    for path in ("/", "/api/events", "/static/style.css", "/api/nothing", "/docs", "/?limit=0"):
        r = client.get(path)
        for name, value in SECURITY_HEADERS.items():
            assert r.headers.get(name) == value, (path, name)
    csp = SECURITY_HEADERS["content-security-policy"]
    assert "unsafe-inline" not in csp and "default-src 'none'" in csp and "script-src" not in csp


def test_events_page_lists_filters_and_sorts(client):
    html = client.get("/").text
    rows = re.findall(r'<tr class="event" data-id="([0-9a-f-]+|[^"]+)"', html)
    assert len(rows) == 3
    assert html.count('class="badge contested"') == 1
    assert 'rect class="killed"' in html and 'rect class="injured"' in html
    narrowed = client.get("/?q=kalobo").text
    assert len(re.findall(r'<tr class="event"', narrowed)) == 1
    assert '/api/events?q=kalobo' in narrowed  # its JSON twin
    assert 'href="/?sort=killed&amp;order=desc"' in html


def test_event_page_charts_one_mark_per_claim(client):
    eid = _contested_id(client)
    detail = client.get(f"/api/events/{eid}").json()
    html = client.get(f"/events/{eid}").text
    charts = re.findall(r'<section class="figure" id="figure-([a-z_]+)">(.*?)</section>', html, re.S)
    totals = {k: f for k, f in detail["figures"].items() if f["subgroup"] is None and f["timeline"]}
    assert {k for k, _ in charts} == set(totals)
    for key, body in charts:
        claims = [t for t in totals[key]["timeline"] if t["best"] is not None]
        assert body.count('<circle class="mark') == len(claims)
        for t in claims:
            assert f'href="/documents/{t["doc_id"]}#span-{t["start"]}-{t["end"]}"' in body
    killed = dict(charts)["killed"]
    assert 'class="band' in killed and 'class="best"' in killed
    assert len(set(re.findall(r'circle class="mark (s\d)"', killed))) == 2  # the two sides apart


def test_figure_links_land_on_the_highlighted_span(client):
    eid = _contested_id(client)
    detail = client.get(f"/api/events/{eid}").json()
    for t in detail["figures"]["killed"]["timeline"]:
        html = client.get(f"/documents/{t['doc_id']}").text
        anchor = f'<span class="anchor" id="span-{t["start"]}-{t["end"]}"></span>'
        assert anchor in html
        after = html.split(anchor, 1)[1]
        assert re.match(r'(<span class="anchor"[^>]*></span>)*<mark data-claims="[\d ]+">', after)


def test_event_page_groups_copies_and_redirects_prefixes(client):
    eid = _ids(client, country="AZ")[0]
    r = client.get(f"/events/{eid[:5]}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/events/{eid}"
    html = client.get(f"/events/{eid}").text
    assert html.count('<tr class="original"') == 2


def test_countries_table(client):
    rows = client.get("/api/countries").json()
    assert {r["country"] for r in rows} >= {"Azerbaijan"}
    assert sum(r["events"] for r in rows) == 3
    assert "Azerbaijan" in client.get("/countries").text


def test_openapi_docs_without_scripts(client):
    spec = client.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params >= {"since", "until", "country", "category", "min_figure", "min_sources", "contested", "q",
                      "sort", "order", "limit", "offset"}
    docs = client.get("/docs").text
    assert "/api/events" in docs and "<script" not in docs


# ------------------------------------------------------------------------------- command


@pytest.mark.parametrize("host, ok, loopback", [
    ("127.0.0.1", True, True), ("localhost", True, True), ("::1", True, True), ("127.0.0.2", True, True),
    ("0.0.0.0", True, False), ("192.168.1.5", True, False), ("example.com", False, None),
    ("", False, None),
])
def test_bind_address(host, ok, loopback):
    import click

    from newstally.cli.serve import bind_address

    if ok:
        assert bind_address(host)[1] is loopback
    else:
        with pytest.raises(click.BadParameter):
            bind_address(host)


def test_serve_warns_when_reachable_from_others(db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    quiet = CliRunner().invoke(main, ["serve", "--db", db])
    assert quiet.exit_code == 0 and "no authentication" not in quiet.output
    loud = CliRunner().invoke(main, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9"])
    assert loud.exit_code == 0 and "no authentication" in loud.output
    assert calls == [dict(calls[0], host="127.0.0.1", port=8000), dict(calls[1], host="0.0.0.0", port=9)]
    refused = CliRunner().invoke(main, ["serve", "--db", db, "--host", "my.server.example"])
    assert refused.exit_code == 2 and "--host" in refused.output
    missing = CliRunner().invoke(main, ["serve", "--db", db + ".missing"])
    assert missing.exit_code == 1 and "no database" in missing.output


@pytest.fixture(scope="module")
def server(db):
    """The real command on a free loopback port; yields its base URL."""
    with running_server(db) as running:
        yield running.base


def test_real_server_serves_pages(server):
    r = httpx.get(server + "/")
    assert r.status_code == 200 and "Events" in r.text
    assert r.headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]
    assert httpx.get(server + "/api/events?limit=1").json()["total"] == 3


# -------------------------------------------------------------------------------- browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("no chromium and chromedriver installed (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("NEWSTALLY_ARTIFACTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_browser_list_filter_chart_and_link(browser, server, artifacts):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    assert len(browser.find_elements(By.CSS_SELECTOR, "tr.event")) == 3
    browser.save_screenshot(str(artifacts / "events.png"))
    box = browser.find_element(By.NAME, "q")
    box.send_keys("Kalobo")
    box.submit()
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event")
    assert len(rows) == 1 and "q=Kalobo" in browser.current_url
    rows[0].find_element(By.CSS_SELECTOR, "a").click()
    assert "/events/" in browser.current_url
    section = browser.find_element(By.ID, "figure-killed")
    marks = section.find_elements(By.CSS_SELECTOR, "circle.mark")
    assert len(marks) == 2 and all(m.is_displayed() for m in marks)
    assert marks[0].size["width"] > 0
    browser.save_screenshot(str(artifacts / "event.png"))
    link = section.find_elements(By.CSS_SELECTOR, "a.figure-link")[1]
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    assert browser.current_url.endswith("#" + anchor)
    target = browser.execute_script("return document.querySelector(':target') && document.querySelector(':target').id")
    assert target == anchor
    mark = browser.find_element(By.CSS_SELECTOR, ".anchor:target + mark, .anchor:target + .anchor + mark")
    assert "14 civilians were killed" in mark.text
    assert mark.value_of_css_property("outline-style") == "solid"  # the landed-on span stands out


def test_browser_no_script_from_reports_runs(browser, server, client):
    for path in _pages(client):
        browser.get(server + path)
        assert browser.execute_script("return window.__pwned === undefined"), path
        assert browser.find_elements("css selector", "script") == [], path
    browser.get(server + f"/documents/{HOSTILE_ID}")
    assert "<script>window.__pwned=1</script>" in browser.find_element("css selector", "h1").text


def test_browser_keyboard_focus_on_a_mark_shows_its_source_and_quote(browser, server, client, artifacts):
    """Tabbing through the event page reaches each mark of the chart; the focused mark shows
    its source, date and quote beside it (CSS only: no script runs), hidden again on leaving."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    eid = _contested_id(client)
    timeline = [t for t in client.get(f"/api/events/{eid}").json()["figures"]["killed"]["timeline"]
                if t["best"] is not None]
    browser.get(server + f"/events/{eid}")
    section = browser.find_element(By.ID, "figure-killed")
    tips = section.find_elements(By.CSS_SELECTOR, "a.mark-link .tip")
    assert len(tips) == len(timeline) and not any(t.is_displayed() for t in tips)
    shown = []
    for _ in range(80):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        active = browser.switch_to.active_element
        if "mark-link" not in (active.get_attribute("class") or ""):
            if shown:
                break  # past the chart's marks
            continue
        tip = active.find_element(By.CSS_SELECTOR, ".tip")
        assert tip.is_displayed()
        assert [t for t in tips if t.is_displayed()] == [tip]  # only the focused mark's label
        shown.append((active.get_dom_attribute("href"), "".join(tip.text.split())))
        if len(shown) == 1:
            browser.save_screenshot(str(artifacts / "event-focus.png"))
    assert len(shown) == len(timeline)
    for t in timeline:
        href = f"/documents/{t['doc_id']}#span-{t['start']}-{t['end']}"
        text = next(text for link, text in shown if link.endswith(href))
        assert "".join((t["site"] or t["doc_id"]).split()) in text and f"{t['best']:,}" in text
        assert "".join(t["quote"].split())[:40] in text  # the label's lines, without their breaks
    assert not any(t.is_displayed() for t in tips)  # focus moved on: the labels are hidden


def test_stale_events_are_served_as_stored_and_said_once(tmp_path, caplog):
    """Events whose figures wait to be recomputed are shown as stored (the server never writes),
    and the warning comes once, not on every page."""
    path = str(tmp_path / "stale.db")
    with open_store(path) as store:
        ingest(store, [str(EXAMPLES)])
        with store.transaction() as conn:
            store.set_meta(conn, "stale_events", [e["id"] for e in store.event_rows()])
    app = create_app(path)
    with TestClient(app) as c, caplog.at_level("WARNING", logger="newstally.ledger"):
        ids = _ids(c)
        for _ in range(3):
            assert c.get(f"/events/{ids[0]}").status_code == 200
    app.state.store.close()
    assert sum("read-only" in r.getMessage() for r in caplog.records) == 1
    with open_store(path, create=False) as store:
        assert store.get_meta("stale_events")  # still there: nothing was written


def test_loopback_server_refuses_other_host_names(db):
    """A page elsewhere could point its own name at 127.0.0.1 (DNS rebinding): a loopback server
    answers only requests naming this machine."""
    from newstally.web.app import LOOPBACK_HOSTS

    app = create_app(db, allowed_hosts=list(LOOPBACK_HOSTS))
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/health").status_code == 200
        assert c.get("/api/health", headers={"host": "localhost:8000"}).status_code == 200
        evil = c.get("/api/events", headers={"host": "evil.example"})
        assert evil.status_code == 400 and "total" not in evil.text
        assert evil.headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]
    app.state.store.close()


# ----------------------------------------------------------------------- paging by cursor


@pytest.mark.parametrize("sort", ["date", "killed", "sources"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_cursor_pages_walk_the_list_as_offsets_do(client, sort, order):
    whole = _ids(client, sort=sort, order=order, limit=500)
    walked, cursor, pages = [], None, 0
    while True:
        params = {"sort": sort, "order": order, "limit": 1, **({"cursor": cursor} if cursor else {})}
        page = _events(client, **params)
        assert page["total"] == len(whole) and page["cursor"] == cursor
        walked += [e["id"] for e in page["events"]]
        cursor, pages = page["next_cursor"], pages + 1
        if cursor is None:
            break
        assert pages <= len(whole)
    assert walked == whole and pages == len(whole)
    by_offset = [e["id"] for o in range(len(whole)) for e in _events(client, sort=sort, order=order, limit=1,
                                                                       offset=o)["events"]]
    assert by_offset == whole


@pytest.mark.parametrize("query, message", [
    ("cursor=nonsense", "not a cursor"),
    ("cursor=" + "A" * 40, "not a cursor"),
    ("sort=killed&cursor={date}", "sort=date"),
    ("offset=2&cursor={date}", "without offset"),
])
def test_bad_cursors_are_400_naming_the_cursor(client, query, message):
    first = _events(client, sort="date", order="desc", limit=1)["next_cursor"]
    r = client.get("/api/events?" + query.format(date=first))
    assert r.status_code == 400 and r.json()["parameter"] == "cursor" and message in r.json()["error"], r.text
    assert client.get("/?" + query.format(date=first)).status_code == 400


def test_events_page_goes_on_by_cursor(client):
    first = _events(client, limit=2)
    html = client.get("/?limit=2&cursor=" + first["next_cursor"]).text
    rows = re.findall(r'<tr class="event" data-id="([^"]+)"', html)
    assert rows == _ids(client, limit=2, offset=2)


# ------------------------------------------------------------- stored figures and caching


def test_stored_figures_are_what_reconciling_again_gives(client, db, tmp_path):
    """Event pages read the figures stored when the event was reconciled; a database whose
    events have none (written by an older version) reconciles them on view: the same answer."""
    import sqlalchemy as sa

    copy = tmp_path / "old.db"
    shutil.copy(db, copy)
    with open_store(str(copy), create=False) as old:
        with old.engine.begin() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM event_details")).scalar() == 3
            conn.execute(sa.text("DELETE FROM event_details"))
        for eid in _ids(client):
            assert event_detail(old, eid).to_dict() == client.get(f"/api/events/{eid}").json()


def test_a_write_shows_on_pages_already_seen(db, tmp_path):
    """Pages are kept while the database is unchanged; what another command writes meanwhile
    shows at once."""
    path = str(tmp_path / "live.db")
    shutil.copy(db, path)
    app = create_app(path)
    with TestClient(app) as c:
        eid = _contested_id(c)
        before = c.get(f"/events/{eid}").text
        assert c.get(f"/events/{eid}").text == before
        assert app.state.caches[2].cache_info().hits == 1  # the second view was kept
        with open_store(path) as writer, writer.transaction() as conn:
            writer.save_event(conn, {"id": eid, "title": "Renamed by a later run"})
        assert "Renamed by a later run" in c.get(f"/events/{eid}").text
        assert c.get(f"/api/events/{eid}").json()["title"] == "Renamed by a later run"
    app.state.store.close()


def test_docs_page_describes_every_endpoint_offline(client):
    spec = client.get("/openapi.json").json()
    assert "cursor" in {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert f"{method.upper()} {path}" in r.text
            for p in op.get("parameters", ()):
                assert f"<code>{p['name']}</code>" in r.text, p["name"]
    for tag, attrs in _tags(r.text):
        assert tag not in ("script", "iframe", "img")
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")), attrs  # nothing from elsewhere
    assert client.get("/redoc").status_code == 404


def test_several_server_processes(db):
    from newstally.web.running import cpu_seconds

    with running_server(db, ["--workers", "2"]) as running:
        assert httpx.get(running.base + "/api/events?limit=1").json()["total"] == 3
        r = httpx.get(running.base + "/", headers={"host": "evil.example"})
        assert cpu_seconds(running.pid) > 0
        assert r.status_code == 400  # each process keeps the loopback host check


def test_highlight_nests_spans_so_a_landed_on_span_is_one_mark():
    from newstally.web.render import highlight

    text = "A group said 14 civilians were killed in the raid, among them 4 women, and 2 more."
    whole = (text.index("14"), text.index("killed") + len("killed"))            # the toll
    part = (text.index("killed"), text.index("women") + len("women"))           # its subgroup, overlapping
    inner = (text.index("civilians"), text.index("civilians") + len("civilians"))  # inside the toll
    claims = [{"index": i, "start": s, "end": e} for i, (s, e) in enumerate((whole, part, inner))]
    items = highlight(text, claims)
    html, depth = "", 0
    for it in items:
        if it["kind"] == "open":
            html += "".join(f"[a{a}]" for a in it["anchors"]) + "<m>"
            depth += 1
        elif it["kind"] == "close":
            html += "</m>"
            depth -= 1
            assert depth >= 0
        else:
            html += it["text"]
    assert depth == 0
    assert html.replace("<m>", "").replace("</m>", "").replace(f"[aspan-{whole[0]}-{whole[1]}]", "") \
        .replace(f"[aspan-{part[0]}-{part[1]}]", "").replace(f"[aspan-{inner[0]}-{inner[1]}]", "") == text
    # the mark right after the toll's anchor holds the whole toll, its inner spans nested inside it
    after = html.split(f"[aspan-{whole[0]}-{whole[1]}]", 1)[1]
    assert after.startswith("<m>14 [aspan-") and "civilians</m> were [aspan-" in after
    assert f"were [aspan-{part[0]}-{part[1]}]<m>killed</m></m>" in after  # the toll's mark closes after 'killed'
    # the overlapping subgroup span is opened again after the toll closes, without a second anchor
    assert html.count(f"[aspan-{part[0]}-{part[1]}]") == 1 and "</m></m><m> in the raid, among them 4 women</m>" in html
    assert {i for it in items if it["kind"] == "open" for i in it["claims"]} == {0, 1, 2}
