"""The CLI as an admin uses it: a real subprocess on a fresh data directory."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cli_support import run_main

run = run_main


def test_catalog_list_json_on_a_fresh_directory(tmp_path: Path) -> None:
    result = run("catalog", "list", "--json", data_dir=tmp_path / "fresh")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert len(entries) == 325
    assert set(entries[0]) == {"category", "number", "agency", "name", "link"}
    assert {e["category"] for e in entries} == {"citizen", "business", "labour"}
    assert sum(e["link"] is None for e in entries) == 1
    assert entries[0]["category"] == "citizen" and entries[0]["number"] == 1


def test_catalog_list_offered_is_empty_before_setup(tmp_path: Path) -> None:
    result = run("catalog", "list", "--offered", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_selftest_explains_every_missing_piece(tmp_path: Path) -> None:
    result = run("--lang", "en", "selftest", data_dir=tmp_path)
    lines = result.stdout.splitlines()
    names = ("Database", "Disk space", "Thai fonts", "Card reader (PC/SC)", "Printers", "Keyring")
    for name in names:
        assert any(name in line for line in lines), result.stdout
    problems = [line for line in lines if line.startswith("[PROBLEM]")]
    assert result.returncode == (1 if problems else 0)
    for index, line in enumerate(lines):
        if line.startswith("[PROBLEM]") and index + 1 < len(lines):
            assert lines[index + 1].strip().startswith("->") or "damaged" in line
    assert "Traceback" not in result.stderr


def test_db_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    target = tmp_path / "backup" / "counter.sqlite3"
    result = run("db", "backup", str(target), data_dir=data)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM services").fetchone()[0] == 325


def test_db_backup_to_an_unwritable_place_says_what_to_do(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = run("--lang", "en", "db", "backup", str(blocker / "x.sqlite3"), data_dir=tmp_path / "d")
    assert result.returncode != 0
    assert "Could not back up" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_help_everywhere(tmp_path: Path) -> None:
    for args in (
        ["--help"],
        ["catalog", "--help"],
        ["catalog", "list", "--help"],
        ["db", "backup", "--help"],
    ):
        result = run(*args, data_dir=tmp_path)
        assert result.returncode == 0
        assert "usage:" in result.stdout


def test_newer_database_is_refused_with_a_message(tmp_path: Path) -> None:
    assert run("db", "status", data_dir=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "counter.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run("--lang", "en", "db", "status", data_dir=tmp_path)
    assert result.returncode == 1
    assert "newer version of the app" in result.stderr
    assert "Traceback" not in result.stderr
