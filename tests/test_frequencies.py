"""Word frequencies read a word at a time from the cache give wordfreq's numbers exactly."""
from __future__ import annotations

import os

import pytest
from wordfreq import get_frequency_dict

from newstally.lang import frequencies as fq

WORDS = ["the", "shooting", "shooter", "charge", "charg", "knife", "kniff", "e-mail", "email", "",
         "zzqxv", "Ambush", "ambush", "l'attaque", "ßtraße"]


@pytest.fixture(scope="module")
def english() -> dict[str, float]:
    return get_frequency_dict("en", wordlist="best")


def test_the_cached_list_gives_wordfreqs_numbers(english):
    words = fq.WordFrequencies("en")
    for w in WORDS:
        assert words.get(w) == english.get(w), w
        assert (w in words) == (w in english), w
    assert words.get("zzqxv", 0.0) == 0.0
    with pytest.raises(KeyError):
        words["zzqxv"]
    assert words["the"] == english["the"]
    assert len(words) == len(english)
    assert fq._path("en").exists()  # written once into the cache folder


def test_a_later_reader_reads_the_written_file(english):
    fq.WordFrequencies("en").get("the")
    before = fq._path("en").stat().st_mtime_ns
    assert fq.WordFrequencies("en").get("attack") == english["attack"]
    assert fq._path("en").stat().st_mtime_ns == before  # read, not written again


def test_an_unwritable_cache_folder_falls_back_to_the_whole_list(tmp_path, monkeypatch, english):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")  # the cache "folder" is a file: it cannot be created or written
    monkeypatch.setenv("NEWSTALLY_CACHE_DIR", str(blocked / "sub"))
    words = fq.WordFrequencies("en")
    assert words.get("shooting") == english["shooting"]
    assert not os.path.exists(blocked / "sub")


def test_a_damaged_file_falls_back_to_the_whole_list(tmp_path, monkeypatch, english):
    monkeypatch.setenv("NEWSTALLY_CACHE_DIR", str(tmp_path))
    fq._path("en").write_bytes(b"not a database" * 100)
    assert fq.WordFrequencies("en").get("wounded") == english["wounded"]


def test_a_language_wordfreq_does_not_know_has_no_words(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTALLY_CACHE_DIR", str(tmp_path))
    words = fq.WordFrequencies("xx")
    assert words.get("the") is None
    assert len(words) == 0
