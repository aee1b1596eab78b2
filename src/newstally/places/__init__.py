"""Place names in a report's text, resolved to countries, provinces, districts and towns.

:func:`resolve_places` finds every place a text names, :func:`main_place` the place of the
report's incident, :func:`place_record` that place as ``extract --summary`` prints it. The
gazetteer behind them (:mod:`newstally.places.gazetteer`) is a SQLite index built once into the
user's cache folder from GeoNames-derived packages.
"""
from .gazetteer import cache_dir, index_path
from .resolve import Place, country_codes, country_level, main_place, place_record, resolve_places

__all__ = ["Place", "cache_dir", "country_codes", "country_level", "index_path", "main_place",
           "place_record", "resolve_places"]
