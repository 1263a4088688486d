"""tools/check_locks.py: the locks `make` installs with --no-deps must hold every dependency."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import check_locks
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _without(lock_text: str, package: str) -> str:
    """The lock text with one package's entry (its pin, hashes and `# via` lines) removed."""
    entry = re.compile(rf"^{re.escape(package)}==.*?(?=^\S|\Z)", re.MULTILINE | re.DOTALL)
    edited, count = entry.subn("", lock_text)
    assert count == 1, f"{package} is not in the lock"
    return edited


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's requirements and pyproject.toml to edit."""
    shutil.copytree(ROOT / "requirements", tmp_path / "requirements")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_project_locks_are_whole() -> None:
    assert check_locks.check() == []


def test_a_dependency_removed_from_a_lock_is_named(project: Path) -> None:
    # wasabi is pinned only because spacy needs it: no .in file names it.
    main = project / "requirements" / "main.txt"
    main.write_text(_without(main.read_text(), "wasabi"))
    problems = check_locks.check(project)
    assert any("main.txt" in p and "spacy" in p and "wasabi" in p for p in problems), problems


def test_the_package_an_extra_brings_is_required(project: Path) -> None:
    # main.in asks for psycopg[binary]; --strip-extras locks psycopg and psycopg-binary apart.
    main = project / "requirements" / "main.txt"
    main.write_text(_without(main.read_text(), "psycopg-binary"))
    problems = check_locks.check(project)
    assert any("psycopg-binary" in p and "lacks" in p for p in problems), problems


def test_an_unpinned_or_unhashed_entry_is_refused(tmp_path: Path) -> None:
    lock = tmp_path / "x.txt"
    lock.write_text(
        "alpha>=1.0 \\\n    --hash=sha256:" + "a" * 64 + "\n"
        "beta==2.0\n"
        "--extra-index-url https://example.invalid/simple\n"
    )
    problems = check_locks.read_lock(lock).problems
    assert any("alpha is not pinned with ==" in p for p in problems)
    assert any("beta has no --hash" in p for p in problems)
    assert any("pip option in a lock" in p for p in problems)


def test_pyproject_and_the_sources_must_agree(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text()
    text = text.replace('    "click>=8.1",\n', '    "click>=99",\n    "rich>=13",\n')
    pyproject.write_text(text)
    problems = check_locks.check(project)
    assert any("rich is missing from requirements/main.in" in p for p in problems), problems
    assert any("click>=99" in p and "pins click==" in p for p in problems), problems


def test_a_constrained_lock_pins_shared_packages_alike(project: Path) -> None:
    dev = project / "requirements" / "dev.txt"
    pinned = check_locks.read_lock(dev).pins["click"]
    dev.write_text(dev.read_text().replace(f"click=={pinned}", "click==0.1"))
    problems = check_locks.check(project, closure=())
    assert any("dev.txt: pins click==0.1 but main.txt" in p for p in problems), problems


def test_the_command_exits_1_and_says_what_to_do(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main = project / "requirements" / "main.txt"
    main.write_text(_without(main.read_text(), "wasabi"))
    assert check_locks.main(["--root", str(project)]) == 1
    assert "make lock" in capsys.readouterr().err
