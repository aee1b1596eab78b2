"""Fetching one URL politely and safely: the only place newstally speaks HTTP.

A :class:`Fetcher` wraps one ``httpx.Client`` and applies everything in :class:`FetchSettings`:

- a clear ``User-Agent``;
- connect and read timeouts, and a wall-clock limit on one download;
- a redirect limit (redirect loops end there);
- a size limit on the body, checked while streaming, both on the bytes on the wire and after
  gzip/deflate decompression, done here in bounded steps so that a gzip bomb never expands
  past the limit in memory;
- retries with exponential back-off on 5xx/429 answers, timeouts and failed connections
  (honouring ``Retry-After`` up to ``max_backoff``);
- a minimum delay between requests to the same host, shared by every fetcher in the process
  (redirect hops and retries count as requests);
- conditional requests: pass the ``etag``/``last_modified`` of an earlier fetch and a
  ``304 Not Modified`` comes back as a :class:`FetchResult` with ``not_modified=True``.

Every failure is a :class:`~newstally.errors.ReadError` naming the URL with a one-line reason.
"""
from __future__ import annotations

import atexit
import codecs
import email.utils
import re
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import __version__
from ..errors import ReadError

#: Where people who see newstally in their server logs can read what it is.
PROJECT_URL = "https://pypi.org/project/newstally/"

#: The default ``User-Agent`` header.
DEFAULT_USER_AGENT = f"newstally/{__version__} (+{PROJECT_URL})"

#: Answers worth another try: the server is overloaded or briefly broken.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

#: What we ask for; ``Accept-Encoding`` is limited to what :class:`_Decoder` undoes.
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
)


@dataclass(frozen=True)
class FetchSettings:
    """How newstally fetches pages and feeds. Every field has a working default.

    >>> FetchSettings(host_delay=0.0, retries=0).max_bytes
    10485760
    """

    #: Seconds to wait for a connection to open.
    connect_timeout: float = 10.0
    #: Seconds to wait for each read from the socket (not the whole download).
    read_timeout: float = 30.0
    #: Seconds one download (one attempt, headers and body) may take in all; a server that
    #: trickles bytes to stay inside ``read_timeout`` is cut off here.
    total_timeout: float = 120.0
    #: Largest body read, in bytes, both as sent and after decompression (10 MiB).
    max_bytes: int = 10 * 1024 * 1024
    #: Redirects followed before giving up (a redirect loop ends here).
    max_redirects: int = 5
    #: Extra attempts after the first on a 5xx/429 answer, a timeout or a failed connection.
    retries: int = 2
    #: Seconds before the first retry; doubled before each further one.
    backoff: float = 1.0
    #: Longest wait between attempts, in seconds, also for a server's ``Retry-After``.
    max_backoff: float = 30.0
    #: Minimum seconds between two requests to the same host, across the whole process.
    host_delay: float = 1.0
    #: The ``User-Agent`` header sent with every request.
    user_agent: str = DEFAULT_USER_AGENT
    #: Verify TLS certificates.
    verify_tls: bool = True
    #: Use proxy settings from the environment (``HTTPS_PROXY``, ``NO_PROXY``, ...).
    trust_env: bool = True
    #: Honour each site's robots.txt (read once per site; an unreadable one allows everything).
    obey_robots: bool = True
    #: Most items read from one feed; the rest are reported as one error.
    max_feed_items: int = 500
    #: A feed item whose own text has at least this many characters is taken as the full story
    #: and its link is not fetched.
    feed_full_text_chars: int = 1500
    #: When the linked page is fetched, the item's own text is still preferred if it is at least
    #: this fraction of the page's main text (the feed carries the whole story, cleaner).
    feed_full_text_ratio: float = 0.8


@dataclass(frozen=True)
class FetchResult:
    """One HTTP answer, read in full (or ``not_modified``, with an empty body)."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    body: bytes
    content_type: str | None  # the header as sent, e.g. "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    @property
    def media_type(self) -> str:
        """The content type without parameters, lower case; ``""`` when the server sent none."""
        return media_type(self.content_type)

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of the content type, if any."""
        return charset_of(self.content_type)


def media_type(content_type: str | None) -> str:
    """``"Text/HTML; charset=UTF-8"`` → ``"text/html"``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a content type header, unquoted."""
    match = re.search(r";\s*charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def format_size(n: int) -> str:
    """``10485760`` → ``"10 MiB"``."""
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:g} {unit}" if unit == "bytes" else f"{n:.3g} {unit}"
        n /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------- politeness


class _HostClock:
    """Hands out the next moment a request to each host may start, across threads."""

    def __init__(self) -> None:
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, delay: float) -> None:
        if delay <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, 0.0))
            self._next[host] = start + delay
        if start > now:
            time.sleep(start - now)


_CLOCK = _HostClock()


# --------------------------------------------------------------------------- bodies


class _Decoder:
    """Undoes a ``Content-Encoding`` in bounded steps, never producing more than asked for."""

    def __init__(self, encoding: str, source: str) -> None:
        self.encoding = encoding.strip().lower() or "identity"
        self.source = source
        if self.encoding in ("gzip", "x-gzip"):
            self._z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_deflate_tried = False
        elif self.encoding == "identity":
            self._z = None
        else:
            raise ReadError(f"unsupported content encoding {encoding!r}", source=source)

    def decompress(self, data: bytes, limit: int) -> bytes:
        """Up to ``limit + 1`` bytes of output for ``data`` (one more than allowed means: too big)."""
        if self._z is None:
            return data
        out = bytearray()
        pending = data
        while pending and len(out) <= limit:
            try:
                out += self._z.decompress(pending, limit + 1 - len(out))
            except zlib.error as exc:
                if self.encoding == "deflate" and not out and not self._raw_deflate_tried:
                    # some servers send raw deflate without the zlib header
                    self._raw_deflate_tried = True
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise ReadError(f"corrupt {self.encoding} body ({exc})", source=self.source) from None
            pending = self._z.unconsumed_tail
            if self._z.eof:
                break
        return bytes(out)

    def finish(self) -> None:
        if self._z is not None and not self._z.eof:
            raise ReadError(f"truncated {self.encoding} body", source=self.source)


def _sniff_charset(head: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", head, re.IGNORECASE)
    return match.group(1).decode("ascii") if match else None


def decode_body(body: bytes, charset: str | None = None, *, source: str | None = None) -> str:
    """Text from a body: a byte-order mark, else the declared ``charset``, else a ``<meta>``
    charset, else UTF-8, else Windows-1252; binary data (NUL bytes) is a :class:`ReadError`.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            try:
                return body.decode(codec)
            except UnicodeDecodeError:
                raise ReadError(f"body is not valid {codec} text", source=source) from None
    if b"\x00" in body[:8192]:
        raise ReadError("body is binary, not text", source=source)
    candidates = [charset, _sniff_charset(body[:4096]), "utf-8", "cp1252"]
    tried: list[str] = []
    for name in candidates:
        if not name:
            continue
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in tried:
            continue
        tried.append(codec)
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    raise ReadError(f"body cannot be decoded as {' or '.join(tried)}", source=source)


# --------------------------------------------------------------------------- fetching


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


ROBOTS_AGENT = "newstally"  # the name robots.txt rules are matched against


class Fetcher:
    """An HTTP client with the limits, retries and politeness of :class:`FetchSettings`.

    Reuse one for many URLs (connections are pooled); close it, or use it as a context manager::

        with Fetcher(FetchSettings(host_delay=2.0)) as fetcher:
            result = fetcher.fetch("https://example.org/news/1")
    """

    def __init__(self, settings: FetchSettings | None = None, *,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = s = settings or FetchSettings()
        self._client = httpx.Client(
            headers={"User-Agent": s.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(connect=s.connect_timeout, read=s.read_timeout,
                                  write=s.read_timeout, pool=s.connect_timeout),
            follow_redirects=True,
            max_redirects=s.max_redirects,
            verify=s.verify_tls,
            trust_env=s.trust_env,
            transport=transport,
            event_hooks={"request": [self._polite]},
        )
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()

    def _polite(self, request: httpx.Request) -> None:
        _CLOCK.wait(request.url.host, self.settings.host_delay)

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              accept: Callable[[str], bool] | None = None) -> FetchResult:
        """GET ``url`` and read the whole body, within the limits; retry what is worth retrying.

        ``etag`` / ``last_modified`` (from an earlier :class:`FetchResult`) make the request
        conditional. ``accept`` is asked about the media type (``""`` when none was sent)
        before the body is read; if it says no, the body is never downloaded.

        Raises :class:`~newstally.errors.ReadError` for any failure.
        """
        if self.settings.obey_robots and not self.allowed(url):
            raise ReadError("the site's robots.txt does not allow fetching this page", source=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        s = self.settings
        attempt = 0
        while True:
            try:
                return self._attempt(url, headers, accept)
            except _Retryable as exc:
                if attempt >= s.retries:
                    tries = f" (after {attempt + 1} attempts)" if attempt else ""
                    raise ReadError(f"{exc.reason}{tries}", source=url) from None
                wait = exc.retry_after if exc.retry_after is not None else s.backoff * 2 ** attempt
                time.sleep(min(wait, s.max_backoff))
                attempt += 1

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets newstally fetch ``url`` (read once per site)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return True
        site = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            if site not in self._robots:
                self._robots[site] = self._read_robots(site)
            rules = self._robots[site]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, site: str) -> RobotFileParser | None:
        try:
            result = self._attempt(f"{site}/robots.txt", {}, None)
        except (ReadError, _Retryable):
            return None  # none, or unreadable: everything is allowed
        rules = RobotFileParser()
        rules.parse(result.body.decode("utf-8", "replace").splitlines())
        return rules

    def _attempt(self, url: str, headers: dict[str, str],
                 accept: Callable[[str], bool] | None) -> FetchResult:
        s = self.settings
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                final_url = str(response.url)
                etag = response.headers.get("etag")
                last_modified = response.headers.get("last-modified")
                content_type = response.headers.get("content-type")
                if status == 304:
                    return FetchResult(url, final_url, status, b"", content_type, etag,
                                       last_modified, not_modified=True)
                reason = f"HTTP {status} {response.reason_phrase}".strip()
                if status in RETRY_STATUSES:
                    raise _Retryable(reason, _retry_after(response.headers.get("retry-after")))
                if not 200 <= status < 300:
                    raise ReadError(reason, source=url)
                kind = media_type(content_type)
                if accept is not None and not accept(kind):
                    raise ReadError(f"unsupported content type {kind!r}", source=url)
                body = self._read_body(response, url, started)
        except httpx.TooManyRedirects:
            raise ReadError(f"too many redirects (more than {s.max_redirects})", source=url) from None
        except httpx.ConnectTimeout:
            raise _Retryable(f"connection timed out after {s.connect_timeout:g} s") from None
        except httpx.ReadTimeout:
            raise _Retryable(f"no data for {s.read_timeout:g} s (read timeout)") from None
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({type(exc).__name__})") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise ReadError(f"cannot fetch: {exc}", source=url) from None
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed: {exc or type(exc).__name__}") from None
        except httpx.HTTPError as exc:  # anything else httpx may raise
            raise ReadError(f"HTTP error: {exc or type(exc).__name__}", source=url) from None
        return FetchResult(url, final_url, status, body, content_type, etag, last_modified)

    def _read_body(self, response: httpx.Response, url: str, started: float) -> bytes:
        s = self.settings
        limit = s.max_bytes
        too_big = f"body larger than {format_size(limit)}"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ReadError(f"{too_big} (Content-Length {declared})", source=url)
        decoder = _Decoder(response.headers.get("content-encoding", ""), url)
        received = 0
        out = bytearray()
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > limit:
                raise ReadError(too_big, source=url)
            out += decoder.decompress(chunk, limit - len(out))
            if len(out) > limit:
                raise ReadError(f"{too_big} once decompressed", source=url)
            if time.monotonic() - started > s.total_timeout:
                raise ReadError(f"download took longer than {s.total_timeout:g} s", source=url)
        decoder.finish()
        return bytes(out)


# --------------------------------------------------------------------------- shared fetchers

_shared: dict[FetchSettings, Fetcher] = {}
_shared_lock = threading.Lock()


def shared_fetcher(settings: FetchSettings | None = None) -> Fetcher:
    """The process-wide :class:`Fetcher` for ``settings`` (one per distinct settings value)."""
    settings = settings or FetchSettings()
    with _shared_lock:
        fetcher = _shared.get(settings)
        if fetcher is None:
            fetcher = _shared[settings] = Fetcher(settings)
        return fetcher


@atexit.register
def close_shared_fetchers() -> None:
    """Close the connections of every shared fetcher (also done at exit)."""
    with _shared_lock:
        for fetcher in _shared.values():
            fetcher.close()
        _shared.clear()


def fetch(url: str, settings: FetchSettings | None = None, etag: str | None = None,
          last_modified: str | None = None, *,
          accept: Callable[[str], bool] | None = None) -> FetchResult:
    """GET ``url`` with the shared fetcher for ``settings``; see :meth:`Fetcher.fetch`.

    For the ``watch`` command: pass the ETag / Last-Modified of the previous fetch and check
    ``result.not_modified``.
    """
    return shared_fetcher(settings).fetch(url, etag=etag, last_modified=last_modified, accept=accept)


__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "close_shared_fetchers",
    "decode_body",
    "fetch",
    "format_size",
    "shared_fetcher",
]
