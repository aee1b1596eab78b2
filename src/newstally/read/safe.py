"""Text from outside is never trusted: the one place reports are made safe to store and show.

Every reader passes what it read through :func:`safe_document` (and :func:`read_sources` does
once more for anything that reaches it), so the rest of newstally never sees:

- a lone surrogate (``"\\ud83d"`` in a JSON string, a file name that is not UTF-8): it becomes
  U+FFFD, the replacement character; a Python string cannot hold a code point above U+10FFFF,
  and numeric character references to one (``&#1114112;``) are replaced before parsing
  (:func:`fix_char_refs`);
- a control character other than tab, line feed, carriage return, vertical tab and form feed
  (NUL, ESC and the C1 controls that start terminal escape sequences): also U+FFFD, one
  character for one, so that nothing a report says can drive the terminal it is shown on.

Document ids and paths keep their control characters (an id is the user's own), only lone
surrogates are replaced there; :func:`printable` makes any string safe for the terminal.

URLs lose their credentials (``http://user:secret@host/``) wherever they are stored or shown
(:func:`redact`), and a page's URL loses its tracking parameters (``utm_*``, ``fbclid``, ...)
and fragment before it identifies the report (:func:`clean_url`): the same page shared through
two campaigns is one report.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Document

__all__ = ["REPLACEMENT", "TRACKING_PARAMETERS", "clean_url", "fix_char_refs", "printable", "redact",
           "safe_document", "scrub", "scrub_text"]

REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but \t \n \v \f \r, DEL, the C1 controls (ESC [ and CSI start escape sequences)
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# what may not be shown on a terminal: the above, and line breaks (one line per field)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")

#: A numeric character reference: ``&#55357;``, ``&#xDFFF;`` (the ``;`` may be missing in HTML).
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,64})|([0-9]{1,64}));?")


def scrub(value: str | None) -> str | None:
    """``value`` with every lone surrogate replaced by U+FFFD (``None`` stays ``None``)."""
    if value is None or not _SURROGATE.search(value):
        return value
    return _SURROGATE.sub(REPLACEMENT, value)


def scrub_text(value: str | None) -> str | None:
    """As :func:`scrub`, and control characters (but tab and line breaks) replaced too."""
    if value is None or not _UNSAFE.search(value):
        return value
    return _UNSAFE.sub(REPLACEMENT, value)


def printable(value: str | None) -> str:
    """``value`` for one line on a terminal: control characters, line breaks and lone
    surrogates each become U+FFFD (``None`` becomes ``""``)."""
    if not value:
        return ""
    return _UNPRINTABLE.sub(REPLACEMENT, value)


def _valid_code_point(n: int) -> bool:
    return 0 < n <= 0x10FFFF and not 0xD800 <= n <= 0xDFFF


def _ref(m: re.Match[bytes]) -> bytes:
    digits = m.group(1) or m.group(2)
    value = int(digits, 16) if m.group(1) else int(digits)
    return m.group(0) if _valid_code_point(value) else b"&#xFFFD;"


def fix_char_refs(data: bytes) -> bytes:
    """Markup with every numeric character reference to a surrogate, to zero or to a code point
    past U+10FFFF (``&#55357;``, ``&#xDFFF;``, ``&#1114112;``, ``&#99999999999999999999;``)
    turned into ``&#xFFFD;``; some parsers (feedparser's) raise on them."""
    if b"&#" not in data:
        return data
    return _CHAR_REF.sub(_ref, data)


#: Query parameters that only say where a reader came from; they never change the page.
TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
    "oly_enc_id", "vero_id", "wickedid", "cmpid", "ito", "ns_campaign", "ns_mchannel", "ns_source",
    "ns_linkname", "ns_fee", "sr_share", "at_medium", "at_campaign", "at_custom1", "smid",
})

# user:password@ (or user@) right after the scheme
_USERINFO = re.compile(r"(?i)\b((?:https?|ftp|wss?)://)[^/?#@\s]*@")


def redact(text: str) -> str:
    """``text`` with the credentials of every URL in it removed (``http://user:pw@host/`` →
    ``http://host/``): for messages and anything stored."""
    return _USERINFO.sub(r"\1", text) if "@" in text else text


def _tracking(name: str) -> bool:
    low = name.lower()
    return low.startswith("utm_") or low in TRACKING_PARAMETERS


def clean_url(url: str | None) -> str | None:
    """A URL as newstally stores it and identifies a page by: no credentials, no tracking
    parameters (``utm_*``, ``fbclid``, ...), no fragment (``#comments``); otherwise as given."""
    if not url:
        return url
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:  # an unparseable URL (a bad IPv6 host, ...): only the credentials go
        return redact(url)
    if parts.scheme.lower() not in ("http", "https"):
        return redact(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = parts.query
    if query:
        kept = [p for p in query.split("&") if p and not _tracking(p.split("=", 1)[0])]
        query = "&".join(kept)
    fragment = parts.fragment if parts.fragment.startswith(("!", "/")) else ""  # keep #!/ routes
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


_TEXT_FIELDS = ("text", "title", "published", "url", "site", "author", "language")


def safe_document(doc: Document) -> Document:
    """``doc`` with its text fields made safe (see the module's description)."""
    changes: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        value = getattr(doc, name)
        safe = scrub_text(value)
        if safe is not value:
            changes[name] = safe
    for name in ("id", "path", "raw"):
        value = getattr(doc, name)
        safe = scrub(value)
        if safe is not value:
            changes[name] = safe
    url, path = changes.get("url", doc.url), changes.get("path", doc.path)
    if url and clean_url(url) != url:
        changes["url"] = clean_url(url)
    if path and "@" in path and redact(path) != path:
        changes["path"] = redact(path)
    return dataclasses.replace(doc, **changes) if changes else doc
