"""Boilerplate removal for plain-text reports.

Scraped text files carry page chrome that survived the scraper: author names and bios, comment
forms, "See also" links, photo captions and credits, share prompts, cookie notices, outlet
taglines, and truncated copies of the headline (image alt text). :func:`clean_text` is a line
filter that drops such lines and keeps every line of the article itself, in order and unchanged
(apart from trailing white space), so the result is always a subset of the input's lines.

Claim offsets point into the clean text, so the filter is deterministic: the same input always
gives the same output. HTML does not come here; it goes through trafilatura
(:mod:`newstally.read.html`).

Two kinds of rules:

* *strong* rules match lines that are junk whatever they contain (a comment form, a photo
  credit, a share bar, a repeated or truncated copy of an earlier line);
* *weak* rules match lines that are junk by their shape (a lone name before an author bio, a
  byline, a bare dateline). A weak rule never drops the first line (the title) nor a line that
  carries a casualty figure ("1 fatality, 5 injured").

Language knowledge lives in the tables below, keyed by ISO 639-1 code.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["clean_text", "junk_lines", "split_title", "is_casualty_line"]

# ---------------------------------------------------------------------------------------------
# Data tables
# ---------------------------------------------------------------------------------------------

def _junk_table(key: str) -> dict[str, tuple[str, ...]]:
    """``key`` (``junk_lines`` or ``junk_prefixes``) by language: every registered language's
    ``lang/<code>/cleaning.json``, then the languages whose pages are cleaned but not read
    (``lang/cleaning_unread.json``)."""
    import json
    from importlib import resources

    from .lang import get_language, supported_languages

    out = {code: tuple(get_language(code).cleaning.get(key, ()))
           for code in ["en"] + [c for c in supported_languages() if c != "en"]}
    unread = json.loads(resources.files("newstally.lang").joinpath("cleaning_unread.json").read_text("utf-8"))
    out.update({code: tuple(v) for code, v in unread[key].items()})
    return out


#: Whole lines that are junk (compared case-folded, white space collapsed, without trailing
#: ``:``, ``.``, ``»``, ``>``, ``→`` or ``…``), by language (``junk_lines``).
JUNK_LINES: dict[str, tuple[str, ...]] = _junk_table("junk_lines")

#: Line beginnings that mark junk when the line is short (at most :data:`MAX_PREFIX_WORDS`).
JUNK_PREFIXES: dict[str, tuple[str, ...]] = _junk_table("junk_prefixes")

#: Prefix rules only apply to lines of at most this many words.
MAX_PREFIX_WORDS = 30

#: Words of a share bar ("Facebook Twitter WhatsApp Email"): a line made only of these is junk.
SHARE_WORDS = frozenset(
    "facebook twitter x whatsapp telegram email e-mail mail print linkedin reddit pinterest "
    "tumblr messenger viber vk vkontakte copy link share tweet pin flipboard pocket sms "
    "threads bluesky mastodon instagram youtube tiktok rss "
    # es fr de it pt ru
    "compartir imprimir correo enlace partager imprimer lien teilen drucken condividi stampa "
    "compartilhar compartilhe partilhar поделиться печать вконтакте одноклассники ок "
    "дзен".split()
)

#: Words of a comment count ("12 Kommentare", "Commenti (4)") and of a reading time
#: ("Lesezeit: 3 Minuten", "5 минут на чтение"), per language.
COMMENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("comment", "comments", "response", "responses", "replies", "reaction", "reactions", "share", "shares",
           "view", "views"),
    "es": ("comentario", "comentarios", "respuestas", "compartidos", "visitas"),
    "fr": ("commentaire", "commentaires", "réaction", "réactions", "réponses", "partages", "vues"),
    "de": ("kommentar", "kommentare", "antworten", "reaktionen", "aufrufe"),
    "it": ("commento", "commenti", "risposte", "condivisioni", "visualizzazioni"),
    "pt": ("comentário", "comentários", "respostas", "partilhas", "visualizações"),
    "ru": ("комментарий", "комментария", "комментариев", "ответов", "просмотров", "просмотра", "просмотр"),
}
READING_TIME: dict[str, tuple[str, ...]] = {
    "en": ("reading time",),
    "es": ("tiempo de lectura", "lectura de"),
    "fr": ("temps de lecture", "lecture"),
    "de": ("lesezeit", "lesedauer"),
    "it": ("tempo di lettura", "lettura"),
    "pt": ("tempo de leitura", "leitura"),
    "ru": ("время чтения", "время прочтения"),
}

#: News and photo agencies and picture libraries that appear in photo credits.
PHOTO_AGENCIES = (
    "reuters", "ap", "afp", "epa", "getty images", "getty", "anadolu", "anadolu agency", "xinhua",
    "dpa", "efe", "ansa", "tass", "sputnik", "shutterstock", "alamy", "istock", "pa",
    "pa images", "pa wire", "sipa", "abaca", "zuma", "zuma press", "nurphoto", "imago",
    "bloomberg", "upi", "europa press", "sopa images", "lightrocket", "aa", "wikimedia commons",
    "ria novosti", "kyodo", "yonhap", "ians", "pti", "ani", "afp/getty images",
)

#: Words that name a picture in a caption credit ("(Photo: ...)", "(Foto: ...)").
PICTURE_WORDS = (
    "photo", "photos", "foto", "fotos", "fotó", "image", "images", "imagen", "picture",
    "pic", "credit", "credits", "photograph", "photographer", "illustration", "bild",
    "fotoğraf", "фото", "صورة", "imagem", "immagine", "crédit", "crédito", "credito", "quelle",
    "symbolbild", "снимок",
)

#: Roles that make "<Name> is a <role> ..." an author bio.
AUTHOR_ROLES = (
    "journalist", "reporter", "writer", "editor", "correspondent", "contributor", "columnist",
    "author", "blogger", "freelance", "freelancer", "news editor", "staff writer", "producer",
)

def _cleaning(key: str) -> list:
    """``key`` of every registered language's ``cleaning.json`` (English first), joined."""
    from .lang import get_language, supported_languages

    out: list = []
    for code in ["en"] + [c for c in supported_languages() if c != "en"]:
        value = get_language(code).cleaning.get(key)
        if value:
            out += value if isinstance(value, list) else [value]
    return out


#: Stems of casualty words (``casualty_stems`` in ``lang/<code>/cleaning.json``). A weak rule
#: never drops a line with one of these next to a number.
CASUALTY_STEMS: tuple[str, ...] = tuple(dict.fromkeys(_cleaning("casualty_stems")))

#: Number words counted as numbers by :func:`is_casualty_line` (``number_words``).
NUMBER_WORDS = frozenset(_cleaning("number_words"))

# ---------------------------------------------------------------------------------------------
# Compiled patterns
# ---------------------------------------------------------------------------------------------

_TRAIL = " \t:.…»>→|-–—"
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_DIGIT_RE = re.compile(r"\d")

_JUNK_LINE_SET = frozenset(p for phrases in JUNK_LINES.values() for p in phrases)
_JUNK_PREFIX_TUPLE = tuple(sorted({p for phrases in JUNK_PREFIXES.values() for p in phrases}))

_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
_PICTURE_ALT = "|".join(re.escape(w) for w in PICTURE_WORDS)

#: A caption: the line ends with a credit in brackets, "(Photo: X)", "(Name/AP)",
#: "(X via Reuters)", "[Getty Images]", and no full stop after it.
_CAPTION_CREDIT_RE = re.compile(
    r"[(\[](?:[^()\[\]]*\b(?:" + _PICTURE_ALT + r")\b\s*[:/]?[^()\[\]]*"
    r"|[^()\[\]]*\bvia\s+(?:" + _AGENCY_ALT + r")"
    r"|[^()\[\]]*\w\s*/\s*(?:" + _AGENCY_ALT + r")"
    r"|\s*(?:getty images|shutterstock|alamy|istock)[^()\[\]]*"
    r")[)\]]\s*$",
    re.IGNORECASE,
)
#: A caption credit after a bar or dash: "... | Photo: Reuters", "— Photo by X".
_CAPTION_TAIL_RE = re.compile(
    r"(?:\||—|–|-)\s*(?:" + _PICTURE_ALT + r")\s*(?::|by\b|credit\b)[^.!?]*$", re.IGNORECASE
)
#: A picture word leading a short line: "Illustrative photo", "File photo: ...", "Photo of ...".
_PICTURE_LEAD_RE = re.compile(
    r"^(?:illustrative|illustration|illustrated|file|archive|archival|stock|representational|"
    r"representative|handout|screenshot|screen grab)\s+(?:photo|image|picture|pic|photograph)s?\b",
    re.IGNORECASE,
)
_COUNT_WORD_ALT = "|".join(re.escape(w) for w in sorted({w for ws in COMMENT_WORDS.values() for w in ws},
                                                           key=len, reverse=True))
_READING_ALT = "|".join(re.escape(w) for w in sorted({w for ws in READING_TIME.values() for w in ws},
                                                     key=len, reverse=True))
_COMMENT_COUNT_RE = re.compile(
    r"^(?:\d+|no|one)\s+(?:" + _COUNT_WORD_ALT + r")$"
    r"|^(?:" + _COUNT_WORD_ALT + r")\s*[(\[:]?\s*\d+[)\]]?$"
    r"|^\d+\s*(?:min(?:ute)?s?\.?|минут[аы]?|мин\.?)\s+(?:read|lesezeit|lesedauer|de lecture|de lectura"
    r"|de leitura|di lettura|на чтение|чтения)$"
    r"|^(?:" + _READING_ALT + r")\b.{0,20}$",
    re.IGNORECASE,
)
#: A copyright notice: "© 2024 Outlet", "Copyright 2023 ...", "... All rights reserved."
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4})|all rights reserved\.?$", re.IGNORECASE
)

#: A teaser link: a headline tagged "[VIDEO]", "[PICTURES]", "[INSIGHT]" at its end.
_TEASER_TAG_RE = re.compile(
    r"[\[(](?:video|videos|pictures|pics|photos|gallery|insight|reaction|latest|live|poll|watch|"
    r"analysis|revealed|listen|podcast)[\])]\s*\|?$",
    re.IGNORECASE,
)
#: A newsletter or social-media prompt anywhere in a short line.
_PROMPT_RE = re.compile(
    r"\b(?:subscrib\w*|sign(?:ing)? up|delivered|get)\b.{0,80}\b(?:newsletters?|inbox)\b"
    r"|\bfollow (?:us|him|her|them|me|@\w+) on (?:twitter|x|facebook|instagram|telegram|linkedin)\b"
    r"|\bcontributed to this (?:report|story|article)\.?$",
    re.IGNORECASE,
)
#: A line that is only an e-mail address or a social-media handle. (A bare URL may be content:
#: a link list in a guide.)
_CONTACT_ONLY_RE = re.compile(
    r"^(?:[\w.+-]+@[\w-]+\.[\w.-]+|[\w-]+\.com/@?\w+|@\w+)$",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)

_NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*|de|da|del|della|der|van|von|al|el|bin|ibn|la|le|du)"
#: Two to four capitalised words and nothing else: "Freddie Dawson", "Ana de la Cruz".
_NAME_RE = re.compile(rf"^{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}$")
#: A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by ...".
_BYLINE_RE = re.compile(
    rf"^(?i:by|written by|posted by|author:|authors:|reporter:|von|por|par|di|nga|autor:|autore:|auteur:"
    rf"|texto:|text:|texte:|автор:|автор|текст:)\s+"
    rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}"
    rf"(?:\s*(?:,|and|&|und|y|et|e)\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}})*"
    rf"(?:\s*[|,•·\-–—]\s*.{{0,40}})?$",
)
_BIO_ROLE_RE = re.compile(
    rf"^{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"(?:[\w\-]+\s+){0,4}(?:" + "|".join(re.escape(r) for r in AUTHOR_ROLES) + r")\b",
)

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
#: A date at the start of a line: ISO, 20.09.2023, 20/09/2023, "September 20, 2023",
#: "20 September 2023", with an optional weekday before and a time after.
DATE_AT_START_RE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}})"
    r"(?P<time>(?:,?\s*(?:T|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|utc|gmt|[A-Z]{2,4}T?))?))?",
    re.IGNORECASE,
)
#: A line that only announces a date: "Published: 2023-09-20", "Updated 20 Sep 2023 07:45".
_DATE_LABEL_RE = re.compile(
    r"^(?:published|updated|last updated|posted|posted on|date|dated|publié le|publicado|"
    r"veröffentlicht(?: am)?|aktualisiert(?: am)?|pubblicato(?: il)?|aggiornato(?: il)?|publicado(?: el| em)?"
    r"|actualizado(?: el)?|atualizado(?: em)?|mis à jour(?: le)?|опубликовано|обновлено|publikuar)\s*(?:on|at|:)?\s*",
    re.IGNORECASE,
)
_CASUALTY_WORD_RE = re.compile("|".join(f"(?:{p})" for p in _cleaning("casualty_words")) or "(?!)", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?;]['\"’”)]*$")
_QUOTES = "\"'“”‘’«»„"

# ---------------------------------------------------------------------------------------------
# Line predicates
# ---------------------------------------------------------------------------------------------


def _key(line: str) -> str:
    """The form lines are compared in: NFKC, case-folded, white space collapsed."""
    line = unicodedata.normalize("NFKC", line)
    return _SPACE_RE.sub(" ", line).strip().casefold()


def _words(line: str) -> list[str]:
    return _WORD_RE.findall(line)


def is_casualty_line(line: str) -> bool:
    """Whether ``line`` looks like it states a casualty figure (a number and a casualty word).

    Bracketed event-note fields such as ``[size=no report]`` count too.
    """
    low = line.casefold()
    if not any(stem in low for stem in CASUALTY_STEMS):
        return False
    if "size=" in low or _DIGIT_RE.search(low):
        return True
    return any(w in NUMBER_WORDS for w in _words(low))


def _is_phrase_junk(key: str) -> bool:
    key = key.replace(" :", ":")  # French sets a space before the colon: "lire aussi : ..."
    bare = key.rstrip(_TRAIL).strip(_QUOTES + " ")
    if bare in _JUNK_LINE_SET or key in _JUNK_LINE_SET:
        return True
    if len(key.split()) <= MAX_PREFIX_WORDS and key.startswith(_JUNK_PREFIX_TUPLE):
        return True
    return False


def _is_share_bar(key: str) -> bool:
    tokens = [t for t in re.split(r"[\s|,•·/]+", key) if t]
    return bool(tokens) and all(t.strip(":()") in SHARE_WORDS for t in tokens)


def _is_caption(line: str) -> bool:
    """A photo caption or credit line."""
    stripped = line.strip()
    if _CAPTION_CREDIT_RE.search(stripped) or _CAPTION_TAIL_RE.search(stripped):
        return True
    return bool(_PICTURE_LEAD_RE.match(stripped)) and len(stripped.split()) <= 25


def is_strong_junk(line: str) -> bool:
    """Whether ``line`` is junk whatever it contains (comment form, caption, share bar...)."""
    key = _key(line)
    if not key:
        return False
    return (
        _is_phrase_junk(key)
        or _is_share_bar(key)
        or bool(_COMMENT_COUNT_RE.match(key))
        or bool(_COPYRIGHT_RE.search(key))
        or _is_caption(line)
        or bool(_TEASER_TAG_RE.search(key))
        or bool(_CONTACT_ONLY_RE.match(key))
        or (len(key.split()) <= 40 and bool(_PROMPT_RE.search(key)))
    )


def _is_name(line: str) -> bool:
    stripped = line.strip()
    return bool(_NAME_RE.match(stripped)) and not _DIGIT_RE.search(stripped)


def _is_bio(line: str) -> bool:
    """An author bio: "<Name> is a reporter ...", or a string of short telegraphic fragments
    ("Beer specialist. Award-winning writer. Coffee fan.")."""
    stripped = line.strip().strip(_QUOTES).strip()
    if _BIO_ROLE_RE.match(stripped) and len(stripped.split()) <= 60:
        return True
    if _DIGIT_RE.search(stripped):
        return False
    fragments = [f for f in re.split(r"[.!?]+", stripped) if f.strip()]
    if len(fragments) < 3:
        return False
    mean_words = sum(len(f.split()) for f in fragments) / len(fragments)
    return mean_words <= 4.0


def _is_metadata(line: str) -> bool:
    """A bare dateline: a date (and time) plus at most a few words, no sentence."""
    stripped = _DATE_LABEL_RE.sub("", line.strip(), count=1)
    m = DATE_AT_START_RE.match(stripped)
    if not m:
        return False
    rest = stripped[m.end():].strip(" ,;|-–—/·•")
    if not rest:
        return True
    return len(rest.split()) <= 6 and not _SENTENCE_END_RE.search(rest)


def _is_byline(line: str) -> bool:
    return bool(_BYLINE_RE.match(line.strip())) and len(line.split()) <= 14


#: Copies of the first lines (title, standfirst) are looked for: image alt text and teasers
#: repeat or truncate the headline; copies of later lines may be legitimate (lists, recipes).
HEAD_LINES = 3


def _head_copy(key: str, head: Sequence[str]) -> bool:
    """A repeat of a head line, or a truncated copy of one (at least 4 words, 20 characters)."""
    bare = key.rstrip(" .…").rstrip()
    if len(bare.split()) < 4 or len(bare) < 20:
        return False
    return key in head or any(len(h) > len(bare) and h.startswith(bare) for h in head)


# ---------------------------------------------------------------------------------------------
# The filter
# ---------------------------------------------------------------------------------------------


def junk_lines(lines: Sequence[str], *, first_line_title: bool = True) -> set[int]:
    """Indexes of the junk lines in ``lines`` (the lines of one report, in order).

    With ``first_line_title``, the first non-blank line is taken as the title: weak rules never
    drop it, nor strong ones when it carries a casualty figure.
    """
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return set()
    first = content[0] if first_line_title else -1
    junk: set[int] = set()
    head: list[str] = []  # keys of the first kept lines
    for i in content:
        line = lines[i]
        key = _key(line)
        if i == first:
            if is_strong_junk(line) and not is_casualty_line(line):
                junk.add(i)
        elif is_strong_junk(line) or _head_copy(key, head):
            junk.add(i)
        if i not in junk and len(head) < HEAD_LINES:
            head.append(key)
    junk |= sidebar_lines(lines, content, first)
    # weak rules: shape and neighbourhood
    for pos, i in enumerate(content):
        if i == first or i in junk or is_casualty_line(lines[i]):
            continue
        if _is_weak_junk(lines, content, pos, junk):
            junk.add(i)
    return junk


#: A sidebar is a run of at least this many headline-shaped lines.
MIN_SIDEBAR_LINES = 3


def _is_headline_shape(line: str) -> bool:
    """A line shaped like a headline: 3 to 16 words, starting with a capital or a digit, no
    sentence end, and no attribution of a sentence ("..., police said")."""
    stripped = line.strip().lstrip("-•*·–—>›»→▶►■▪◦ ")
    words = stripped.split()
    if not 3 <= len(words) <= 16 or not stripped[:1].isupper() and not stripped[:1].isdigit():
        return False
    if _SENTENCE_END_RE.search(stripped) or stripped.endswith((":", ",")):
        return False
    return not re.search(r",\s+(?:\w+\s+){0,4}(?:said|says|told|reported)\b", stripped)


#: A line that introduces a list of other stories ("Related posts:", "Don't miss"), from the
#: ``sidebar_labels`` of every language's ``cleaning.json`` (regular expressions, whole line).
_SIDEBAR_LABEL_RE = re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in _cleaning("sidebar_labels")) + r")\s*[:»>.…]?$",
                               re.IGNORECASE)


def _label_before(lines: Sequence[str], i: int) -> bool:
    """Whether the nearest non-blank line before line ``i`` is a sidebar label (junk or not)."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and bool(_SIDEBAR_LABEL_RE.match(lines[k].strip().lstrip("#*-–— ").strip()))


def sidebar_lines(lines: Sequence[str], content: Sequence[int], first: int) -> set[int]:
    """Lines of a sidebar or list of other stories' headlines ("Three killed in bus crash" /
    "Minister resigns" / "Storm batters coast"), at least one of them naming a casualty: a run
    of headline-shaped lines, of any length after a label ("Related posts:", "You might also
    like"), else of at least three. They are no part of the report, even when they hold a figure."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*content, -1]:
        line = lines[i] if i >= 0 else ""
        if i >= 0 and i != first and _is_headline_shape(line) and not is_strong_junk(line):
            run.append(i)
            continue
        need = 1 if run and _label_before(lines, run[0]) else MIN_SIDEBAR_LINES
        if len(run) >= need and any(_CASUALTY_WORD_RE.search(lines[j]) for j in run):
            out.update(run)
        run = []
    return out


def _is_weak_junk(lines: Sequence[str], content: Sequence[int], pos: int, junk: set[int]) -> bool:
    line = lines[content[pos]]
    if _is_byline(line) or _is_metadata(line):
        return True
    if _EMAIL_RE.search(line) and len(line.split()) <= 40:
        return True
    after = content[pos + 1:]
    if _is_name(line):
        # an author's name: followed by a bio, by junk only, or by nothing at all
        if not after:
            return True
        nxt = after[0]
        return _is_bio(lines[nxt]) or all(j in junk or is_strong_junk(lines[j]) for j in after)
    if _is_bio(line) and pos > 0 and _is_name(lines[content[pos - 1]]):
        return True
    return bool(_BIO_ROLE_RE.match(line.strip())) and all(j in junk for j in after)


def clean_text(text: str, *, first_line_title: bool = True) -> str:
    """Drop scraper junk lines from a plain-text report and return the rest.

    Every line of the result is a line of ``text`` (trailing white space removed), in the same
    order; runs of blank lines collapse to one, and leading and trailing blank lines go.
    The title line (the first non-blank line) stays, unless ``first_line_title`` is false
    (text whose title is kept apart, such as the main text of an HTML page).

    >>> clean_text("Flood kills 3\\n\\nThree people died on Monday.\\n\\nLeave a Reply")
    'Flood kills 3\\n\\nThree people died on Monday.'
    """
    lines = [line.rstrip() for line in (text or "").splitlines()]
    drop = junk_lines(lines, first_line_title=first_line_title)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


#: A title is at most this long (characters).
MAX_TITLE_CHARS = 250


def split_title(text: str) -> tuple[str | None, str]:
    """Split a plain-text report into ``(title, body)``.

    The first non-blank line is the title when it is short (at most 250 characters), not a
    bare dateline, more text follows, and it either has no final full stop or is followed by
    a blank line. Otherwise the title is ``None`` and the body is the whole text.
    """
    lines = (text or "").splitlines()
    idx = next((i for i, line in enumerate(lines) if line.strip()), None)
    if idx is None:
        return None, text or ""
    first = lines[idx].strip()
    rest = lines[idx + 1:]
    if not any(line.strip() for line in rest):
        return None, text
    if len(first) > MAX_TITLE_CHARS or _is_metadata(first):
        return None, text
    followed_by_blank = not rest[0].strip()
    if _SENTENCE_END_RE.search(first) and not followed_by_blank:
        return None, text
    body = "\n".join(rest).strip("\n")
    return first, body
