"""Shared test set-up: the place index is built into a temporary cache folder, once per run,
never into (or from) the user's own cache."""
import pytest


@pytest.fixture(autouse=True, scope="session")
def _place_index_cache(tmp_path_factory):
    from newstally.places import gazetteer

    folder = tmp_path_factory.mktemp("newstally-cache")
    mp = pytest.MonkeyPatch()
    mp.setenv(gazetteer.CACHE_ENV, str(folder))
    yield folder
    mp.undo()
