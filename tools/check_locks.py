"""Check that the dependency locks are whole and agree with what they are compiled from.

`make` installs every lock file with `pip install --no-deps --require-hashes`: pip resolves
nothing, so a package missing from a lock is never fetched and the install is the same on every
day. That only works if each lock holds every dependency of every package it pins. This script
checks, without the network:

- every lock entry is pinned with ``==`` and carries at least one hash;
- every requirement of ``requirements/X.in`` is pinned in ``requirements/X.txt`` at a version the
  ``.in`` line allows, with the packages its extras bring (``psycopg[binary]``);
- ``pyproject.toml``'s dependencies are the requirements of ``main.in`` and its locked versions
  satisfy pyproject's ranges; the ``cluster`` extra is in ``dev.in``;
- a lock constrained by another (``-c main.txt``) pins the shared packages at the same versions;
- closure: every dependency (with extras, markers evaluated for this machine) of every locked
  package that is installed at its locked version is itself in the lock, at a version it allows.
  The metadata comes from the installed distributions, so run it in the project's venv.

Exit 0 when all hold; otherwise one line per problem naming the lock file and the package, and
exit 1.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent

# The locks `make` installs into the venv, in order; each closed over on its own (dev.txt holds
# the dev packages' whole tree, not only what main.txt lacks). textacy.txt is installed only by
# `make bench-attribution`; its closure is checked when textacy is installed.
INSTALLED_LOCKS = ("main", "dev")
ALL_LOCKS = ("main", "dev", "textacy")

_ENTRY = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?P<op>[=<>!~]=?=?)?(?P<version>\S*)"
)
_HASH = re.compile(r"--hash=(sha256|sha384|sha512):[0-9a-f]+")
_CONSTRAINT = re.compile(r"^-c\s+(?P<file>\S+)")


@dataclass
class Lock:
    """One compiled lock file: name → pinned version, and which names carry hashes."""

    path: Path
    pins: dict[NormalizedName, Version] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_lock(path: Path) -> Lock:
    lock = Lock(path)
    current: NormalizedName | None = None
    hashed: set[NormalizedName] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-") and not raw[0].isspace():
            # Index URLs and find-links are the machine's pip settings, not the project's.
            lock.problems.append(f"{path.name}:{number}: pip option in a lock: {line!r}")
            continue
        if not raw[0].isspace():
            match = _ENTRY.match(line)
            if match is None:
                lock.problems.append(f"{path.name}:{number}: not a requirement line: {line!r}")
                current = None
                continue
            current = canonicalize_name(match["name"])
            if match["op"] != "==" or not match["version"]:
                lock.problems.append(f"{path.name}:{number}: {match['name']} is not pinned with ==")
                continue
            try:
                lock.pins[current] = Version(match["version"].rstrip("\\").strip())
            except InvalidVersion:
                lock.problems.append(f"{path.name}:{number}: {match['name']}: bad version")
        if current is not None and _HASH.search(line):
            hashed.add(current)
    for name in lock.pins:
        if name not in hashed:
            lock.problems.append(f"{path.name}: {name} has no --hash")
    return lock


@dataclass(frozen=True)
class Source:
    """The requirements a lock is compiled from (`X.in`) and the lock it is constrained by."""

    requirements: tuple[Requirement, ...]
    constraints: tuple[str, ...]


def read_source(path: Path) -> Source:
    requirements: list[Requirement] = []
    constraints: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        constraint = _CONSTRAINT.match(line)
        if constraint:
            constraints.append(constraint["file"])
            continue
        requirements.append(Requirement(line))
    return Source(tuple(requirements), tuple(constraints))


def _environment(extra: str) -> dict[str, str]:
    env = {key: str(value) for key, value in default_environment().items()}
    env["extra"] = extra
    return env


def _applies(requirement: Requirement, extras: Iterable[str]) -> bool:
    """Whether a dependency line holds on this machine for a package wanted with `extras`."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate(_environment(extra)) for extra in ("", *extras))


def _pinned(lock: Lock, requirement: Requirement, wanted_by: str) -> Iterator[str]:
    """Problems with `requirement` against `lock`'s pins."""
    name = canonicalize_name(requirement.name)
    version = lock.pins.get(name)
    if version is None:
        yield f"{lock.path.name}: {wanted_by} requires {requirement}, which the lock lacks"
    elif requirement.specifier and not requirement.specifier.contains(version, prereleases=True):
        yield (
            f"{lock.path.name}: {wanted_by} requires {requirement}, "
            f"but the lock pins {requirement.name}=={version}"
        )


def closure_problems(lock: Lock, wanted: Iterable[Requirement]) -> list[str]:
    """Walk the dependency tree from `wanted` through the installed metadata.

    Each (package, extras) pair is expanded once; a package that is not installed at its
    locked version cannot be read and is reported, since the check would otherwise pass on
    nothing.
    """
    problems: list[str] = []
    seen: set[tuple[NormalizedName, frozenset[str]]] = set()
    queue: list[tuple[Requirement, str]] = [
        (req, lock.path.name.replace(".txt", ".in")) for req in wanted
    ]
    while queue:
        requirement, wanted_by = queue.pop()
        problems.extend(_pinned(lock, requirement, wanted_by))
        name = canonicalize_name(requirement.name)
        extras = frozenset(canonicalize_name(extra) for extra in requirement.extras)
        if (name, extras) in seen or name not in lock.pins:
            continue
        seen.add((name, extras))
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(
                f"{lock.path.name}: {name} is not installed; cannot read its dependencies"
            )
            continue
        if Version(dist.version) != lock.pins[name]:
            problems.append(
                f"{lock.path.name}: {name} is installed at {dist.version}, the lock pins "
                f"{lock.pins[name]}; reinstall (make clean && make test) before checking"
            )
            continue
        for line in dist.requires or ():
            try:
                dependency = Requirement(line)
            except InvalidRequirement:
                problems.append(
                    f"{lock.path.name}: {name} declares an unreadable dependency {line!r}"
                )
                continue
            if _applies(dependency, extras):
                queue.append((dependency, f"{name} {lock.pins[name]}"))
    return problems


def _shared_pins(lock: Lock, base: Lock) -> Iterator[str]:
    for name, version in sorted(lock.pins.items()):
        if name in base.pins and base.pins[name] != version:
            yield (
                f"{lock.path.name}: pins {name}=={version} but {base.path.name}, which "
                f"constrains it, pins {base.pins[name]}"
            )


def _pyproject_problems(
    pyproject: Mapping[str, object], main_in: Source, dev_in: Source, main: Lock, dev: Lock
) -> Iterator[str]:
    project = pyproject.get("project")
    assert isinstance(project, dict)
    declared = [Requirement(line) for line in project.get("dependencies", [])]
    sourced = {canonicalize_name(req.name) for req in main_in.requirements}
    names = {canonicalize_name(req.name) for req in declared}
    for name in sorted(names - sourced):
        yield f"pyproject.toml: dependency {name} is missing from requirements/main.in"
    for name in sorted(sourced - names):
        yield f"requirements/main.in: {name} is not a dependency in pyproject.toml"
    for requirement in declared:
        yield from _pinned(main, requirement, "pyproject.toml")
    optional = project.get("optional-dependencies", {})
    assert isinstance(optional, dict)
    dev_names = {canonicalize_name(req.name) for req in dev_in.requirements}
    for extra, lines in sorted(optional.items()):
        for requirement in map(Requirement, lines):
            if canonicalize_name(requirement.name) not in dev_names:
                yield (
                    f"pyproject.toml: [{extra}] {requirement.name} is missing from "
                    "requirements/dev.in"
                )
            else:
                yield from _pinned(dev, requirement, f"pyproject.toml [{extra}]")


def check(
    root: Path = ROOT,
    locks: Mapping[str, Path] | None = None,
    closure: Iterable[str] = INSTALLED_LOCKS,
) -> list[str]:
    """Every problem found, as one line each; empty when the locks are whole.

    `locks` overrides the path of a lock by its stem (``{"main": tmp/"main.txt"}``), so a test
    can check an edited copy against the real sources.
    """
    requirements = root / "requirements"
    paths = {stem: requirements / f"{stem}.txt" for stem in ALL_LOCKS}
    paths.update(locks or {})
    parsed = {stem: read_lock(path) for stem, path in paths.items()}
    sources = {stem: read_source(requirements / f"{stem}.in") for stem in ALL_LOCKS}
    problems: list[str] = []
    for stem, lock in parsed.items():
        problems.extend(lock.problems)
        for requirement in sources[stem].requirements:
            problems.extend(_pinned(lock, requirement, f"{stem}.in"))
        for constraint in sources[stem].constraints:
            base = parsed.get(Path(constraint).stem)
            if base is None:
                problems.append(f"{stem}.in: constraint {constraint} is not a known lock")
            else:
                problems.extend(_shared_pins(lock, base))
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    problems.extend(
        _pyproject_problems(
            pyproject, sources["main"], sources["dev"], parsed["main"], parsed["dev"]
        )
    )
    for stem in closure:
        problems.extend(closure_problems(parsed[stem], sources[stem].requirements))
    return sorted(set(problems))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--closure",
        nargs="*",
        default=list(INSTALLED_LOCKS),
        choices=ALL_LOCKS,
        help="locks whose dependency closure is checked against the installed metadata",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the project to check")
    args = parser.parse_args(argv)
    problems = check(args.root, closure=args.closure)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} lock problem(s): regenerate the locks with `make lock` "
            "(see README, Development)",
            file=sys.stderr,
        )
        return 1
    print("locks whole: " + ", ".join(f"requirements/{stem}.txt" for stem in ALL_LOCKS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
