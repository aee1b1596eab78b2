"""Casualty-claim extraction: text in, :class:`~newstally.model.Claim` objects out.

    >>> from newstally.extract import extract_claims
    >>> [(c.category, c.low, c.best, c.high) for c in extract_claims("Nearly 200 people were killed.")]
    [('killed', None, 200, 200)]
"""
from __future__ import annotations

from typing import Any

from ..model import Claim, Document, Summary, document_id
from .document import ExtractSettings, extract_document
from .lexicon import load_lexicon
from .summary import summarize_claims

__all__ = ["ExtractSettings", "claim_record", "extract_claims", "format_table", "summarize", "supports_language"]


def supports_language(language: str | None) -> bool:
    """Whether ``language`` (a code or tag) is registered in :mod:`newstally.lang` (None = unknown:
    tried as English). A language is on when its folder is registered, never because a file exists."""
    from ..lang import is_supported

    return not language or is_supported(language)


def _as_document(doc: Document | str, published: str | None, language: str | None) -> Document:
    if isinstance(doc, Document):
        return doc
    return Document(id=document_id(doc), text=doc, published=published, language=language)


def extract_claims(doc: Document | str, *, published: str | None = None, language: str | None = None,
                   settings: ExtractSettings | None = None) -> list[Claim]:
    """Every casualty claim of a document (or of a plain string), in text order.

    Claims about other events and hypotheticals are included with their flags set; use
    ``claim.counts`` to keep only those about the report's own incident.
    """
    return extract_document(_as_document(doc, published, language), settings)


def summarize(doc: Document | str, claims: list[Claim] | None = None, *,
              settings: ExtractSettings | None = None) -> Summary:
    """A report's overall figure per category (see :mod:`newstally.extract.summary`)."""
    d = _as_document(doc, None, None)
    if claims is None:
        claims = extract_document(d, settings)
    lang = (d.language or (settings or ExtractSettings()).language).split("-")[0].lower()
    return summarize_claims(load_lexicon(lang), d.id, claims, d.text)


_RECORD_FIELDS = ("doc_id", "category", "low", "best", "high", "qualifier", "subgroup", "attribution",
                  "as_of", "negated", "hypothetical", "other_event", "text", "start", "end", "parent", "in_title",
                  "shared_by")


def claim_record(claim: Claim) -> dict[str, Any]:
    """The JSON shape of one claim as ``newstally extract`` prints it."""
    d = claim.to_dict()
    return {k: d[k] for k in _RECORD_FIELDS}


def format_table(rows: list[dict[str, Any]], *, summary: bool = False) -> str:
    """An aligned plain-text table of claim records or summary lines, for people."""
    if not rows:
        return "(no figures found)"
    if summary:
        keys = sorted({k for r in rows for k in r if k not in ("id", "notes")})
        header = ["id"] + keys
        body = [[str(r.get("id"))] + [_fmt_iv(r.get(k)) for k in keys] for r in rows]
    else:
        header = ["doc", "category", "subgroup", "low", "best", "high", "qualifier", "as_of", "attribution", "text"]
        body = [[str(r["doc_id"])[:12], r["category"], r["subgroup"] or "", _n(r["low"]), _n(r["best"]),
                 _n(r["high"]), r["qualifier"] or "", r["as_of"] or "", _cut(r["attribution"] or "", 30),
                 _cut(r["text"], 60)] for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(b, widths)).rstrip() for b in body]
    return "\n".join(lines)


def _n(v: int | None) -> str:
    return "-" if v is None else f"{v:,}"


def _fmt_iv(iv: dict[str, Any] | None) -> str:
    if not iv:
        return ""
    lo, best, hi = iv.get("low"), iv.get("best"), iv.get("high")
    if lo == best == hi:
        return _n(best)
    return f"{_n(best)} ({'' if lo is None else _n(lo)}–{'' if hi is None else _n(hi)})"


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
