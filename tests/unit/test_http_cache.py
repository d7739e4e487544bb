"""The HTTP cache file under faults (kiosk.services.http.GuardedCache): damaged, deleted,
read-only or impossible to make. Answers keep coming, nothing is sent twice, and
``CityHttp.problem`` tells staff. Against the fake city on 127.0.0.1."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from fakecity.server import API_KEY, FakeCity
from read_only_sqlite import cache_opens_read_only

from kiosk.services import transport as http_module
from kiosk.services.http import KIRJASTOT, OPEN311, ServiceUnavailable
from kiosk.services.transport import CityHttp

SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture(scope="module")
def city():
    with FakeCity() as server:
        yield server


@pytest.fixture
def fresh(city: FakeCity) -> FakeCity:
    city.reset()
    return city


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache" / "http-cache.sqlite"


def make(city: FakeCity, path: Path) -> CityHttp:
    return CityHttp(
        endpoints=city.endpoints,
        cache_path=path,
        connect_timeout_s=0.5,
        read_timeout_s=1.0,
        backoff_s=0.01,
        retries=0,
    )


def week(http: CityHttp, city: FakeCity, lang: str = "fi") -> object:
    """One cacheable GET (kirjastot.fi opening hours)."""
    return http.get_json(KIRJASTOT, city.endpoints.kirjastot + "library/84860", {"lang": lang})


def damage(path: Path) -> None:
    """Garbage over the file's header, with the WAL emptied into it first."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as file:
        file.write(b"garbage!" * 16)


def test_a_healthy_cache_has_no_problem(fresh: FakeCity, path: Path) -> None:
    """A working cache file: no problem, and the second question is not asked."""
    with make(fresh, path) as http:
        week(http, fresh)
        week(http, fresh)
        assert http.problem is None
    assert fresh.count("/v4/library") == 1


def test_garbage_file_at_start_is_replaced(fresh: FakeCity, path: Path) -> None:
    """A cache file of garbage is deleted and a new one started; staff are told."""
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database " * 100)
    with make(fresh, path) as http:
        week(http, fresh)
        week(http, fresh)
        assert http.problem is not None and "damaged" in http.problem
    assert fresh.count("/v4/library") == 1  # the new file caches
    assert path.read_bytes().startswith(SQLITE_HEADER)


def test_file_damaged_while_open_is_replaced(fresh: FakeCity, path: Path) -> None:
    """Damage under the open connection: answered live, file replaced, caching again."""
    with make(fresh, path) as http:
        week(http, fresh)
        damage(path)
        assert week(http, fresh)
        assert http.problem is not None and "damaged" in http.problem
        week(http, fresh)
    assert fresh.count("/v4/library") == 2  # once before, once after the damage
    assert path.read_bytes().startswith(SQLITE_HEADER)


def test_a_post_is_never_sent_twice_over_a_damaged_cache(fresh: FakeCity, path: Path) -> None:
    """Regression: a damaged cache made a failed POST go out a second time."""
    with make(fresh, path) as http:
        week(http, fresh)
        damage(path)
        # A 500 is not kept, so requests-cache drops the key from the broken file after
        # sending; that error used to make CityHttp send the POST again without cache.
        fresh.fault("/palautews/rest/v1/requests.json", "500")
        with pytest.raises(ServiceUnavailable):
            http.post_form(
                OPEN311,
                fresh.endpoints.open311 + "requests.json",
                {"api_key": API_KEY, "service_code": "172", "description": "x"},
            )
    assert fresh.count("/palautews/rest/v1/requests.json", "POST") == 1


def test_file_deleted_while_open_is_made_again(fresh: FakeCity, path: Path) -> None:
    """Regression: the data folder deleted; answers went into the deleted file."""
    with make(fresh, path) as http:
        week(http, fresh)
        shutil.rmtree(path.parent.parent)
        week(http, fresh, "sv")  # a new question: saved in a new file
        assert path.is_file()
        assert http.problem is None
        week(http, fresh, "sv")
    assert fresh.count("/v4/library") == 2


def test_read_only_file_at_start_keeps_answers_in_memory(
    fresh: FakeCity, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only file at start: memory cache for this run, and staff are told."""
    make(fresh, path).close()
    cache_opens_read_only(monkeypatch, path)
    with make(fresh, path) as http:
        week(http, fresh)
        week(http, fresh)
        assert http.problem is not None and "read-only" in http.problem
    assert fresh.count("/v4/library") == 1


def test_file_turning_read_only_is_reported_until_writable(
    fresh: FakeCity, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: requests-cache drops a failed write without a word; now it is seen."""
    with make(fresh, path) as http:
        week(http, fresh)
        cache_opens_read_only(monkeypatch, path)
        http.session.cache.close()  # reopened read-only
        assert week(http, fresh, "sv")
        assert http.problem is not None and "cannot be written" in http.problem
        assert week(http, fresh)  # what is in the file can still be read
        assert fresh.count("/v4/library") == 2
        monkeypatch.undo()
        http.session.cache.close()
        week(http, fresh, "en")
        assert http.problem is None


def test_folder_that_cannot_be_made_is_tried_again_later(
    fresh: FakeCity, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache folder that cannot be made: answers go on, staff told, cache comes back."""
    monkeypatch.setattr(http_module, "CACHE_RETRY_S", 0.0)  # try again at once, no wait
    with make(fresh, path) as http:
        week(http, fresh)
        shutil.rmtree(path.parent.parent)
        path.parent.parent.write_text("not a folder")
        assert week(http, fresh, "sv")
        assert http.problem is not None and "cannot be used" in http.problem
        assert week(http, fresh, "sv")
        assert "cannot be used" in (http.problem or "")
        path.parent.parent.unlink()
        week(http, fresh, "en")
        assert http.problem is None and path.is_file()
        week(http, fresh, "en")
    assert fresh.count("/v4/library") == 4  # fi, sv twice (no cache), en once


def test_garbage_put_in_place_of_the_file_is_replaced(fresh: FakeCity, path: Path) -> None:
    """Garbage swapped in for the open file is found and replaced, not written on."""
    with make(fresh, path) as http:
        week(http, fresh)
        path.unlink()
        path.write_bytes(b"not a database " * 100)
        week(http, fresh, "sv")
        assert http.problem is not None and "damaged" in http.problem
        week(http, fresh, "sv")
    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert fresh.count("/v4/library") == 2
