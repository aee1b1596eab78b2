"""German: the tables in this folder; no lemmatizer (the tables list the inflected forms, and
text2num reads the number words)."""
from __future__ import annotations

from .. import Language

LANGUAGE = Language("de", "German", __name__)
