"""The self-written place notes (tests/fixtures/places/*.jsonl) as the place reader reads them,
and the great-circle distance the place tests measure against the notes' gold coordinates."""
import json
import math
from pathlib import Path

from newstally.places import place_record

FOLDER = Path(__file__).parent / "fixtures" / "places"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = a, b
    p1, p2, dl = math.radians(la1), math.radians(la2), math.radians(lo2 - lo1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def read_notes(name: str) -> list[tuple[dict, dict | None]]:
    """Each note of ``FOLDER/name`` with the place record read from its text and title."""
    notes = [json.loads(line) for line in (FOLDER / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(n, place_record(n["text"], n.get("title"))) for n in notes]


def near(n: dict, p: dict | None, limit: float = 161) -> bool:
    """The place read for note ``n`` lies in its gold country within ``limit`` km of its gold
    point; a place that is only a country (no point) counts when the note names only its
    country."""
    g = n["gold"]
    if p is None or p["country_code"] != g["country_code"]:
        return False
    if p["latitude"] is None:  # only the country is named: it has no point
        return g["admin1"] is None and p["name"] == p["country"]
    return km((p["latitude"], p["longitude"]), (g["latitude"], g["longitude"])) <= limit


def rates(read: list[tuple[dict, dict | None]]) -> dict[str, float]:
    """Share of notes placed in their country, within 161 km and within 25 km."""
    total = len(read)
    return {"country": sum(p is not None and p["country_code"] == n["gold"]["country_code"]
                           for n, p in read) / total,
            "161 km": sum(near(n, p, 161) for n, p in read) / total,
            "25 km": sum(near(n, p, 25) for n, p in read) / total}
