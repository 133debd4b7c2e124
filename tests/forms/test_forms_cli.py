"""``main.py forms``: render every kind from its sample, the monthly report from JSON, list the kinds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cli.forms import KIND_NAMES
from forms import samples
from forms.kinds import KINDS
from main import main


def test_the_cli_knows_exactly_the_document_kinds() -> None:
    assert set(KIND_NAMES) == set(KINDS)


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_render_every_kind_from_the_sample(
    kind: str, tmp_path: Path, rendered: dict[str, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / f"{kind}.pdf"
    assert (
        main(["--data-dir", str(tmp_path / "data"), "forms", "render", kind, "--sample", "--out", str(out)])
        == 0
    )
    assert out.read_bytes() == rendered[kind]
    assert capsys.readouterr().out.strip() == str(out)


def test_poster_size_a3_is_the_a3_poster(tmp_path: Path, rendered: dict[str, bytes]) -> None:
    out = tmp_path / "poster.pdf"
    args = [
        "--data-dir",
        str(tmp_path),
        "forms",
        "render",
        "poster",
        "--size",
        "a3",
        "--sample",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert out.read_bytes() == rendered["poster-a3"]


def test_the_monthly_report_renders_from_report_json(
    tmp_path: Path, pdf_facts: Callable[[bytes], Any]
) -> None:
    data = samples.monthly_report()
    source = tmp_path / "report.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.pdf"
    args = [
        "--data-dir",
        str(tmp_path),
        "forms",
        "render",
        "monthly-report",
        "--data",
        str(source),
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert pdf_facts(out.read_bytes()).pages >= 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "is not JSON (line 1)"),
        ('{"visits": 3}', "missing field 'period'"),
        ("[1, 2]", "not a monthly"),
    ],
)
def test_bad_report_json_is_a_clear_error(
    content: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "report.json"
    source.write_text(content, encoding="utf-8")
    args = [
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path),
        "forms",
        "render",
        "monthly-report",
        "--data",
        str(source),
    ]
    assert main([*args, "--out", str(tmp_path / "x.pdf")]) == 1
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_data_and_size_only_where_they_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--lang", "en", "--data-dir", str(tmp_path), "forms", "render"]
    assert main([*base, "receipt", "--data", "x.json", "--out", str(tmp_path / "r.pdf")]) == 1
    assert "--data applies to monthly-report only" in capsys.readouterr().err
    assert main([*base, "survey", "--size", "a3", "--sample", "--out", str(tmp_path / "s.pdf")]) == 1
    assert "--size applies to the poster only" in capsys.readouterr().err


def test_list_shows_every_kind_with_its_paper(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "forms", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(row["kind"], row["paper"], row["direct"]) for row in listed][:2] == [
        ("receipt", "80mm", True),
        ("receipt-a5", "A5", True),
    ]
    assert {row["kind"] for row in listed} == set(KINDS)
