"""English: the tables in this folder; no lemmatizer (the tables list the inflected forms)."""
from __future__ import annotations

from .. import Language

LANGUAGE = Language("en", "English", __name__)
