"""Tests for ``onrecord extract`` (and ``onrecord demo``): formats, inputs, the JSONL contract,
and bad inputs that are reported in one line each while the batch goes on."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from onrecord.cli import cli

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "Mayor Lena Okafor opened the new bridge on Tuesday. "
    '"This crossing will save commuters twenty minutes a day," Okafor said.\n'
    "Police said traffic had been light all morning.\n"
)
HTML = (
    "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
    "<p>Mayor Lena Okafor opened the new bridge over the river on Tuesday morning in front "
    "of a large crowd of residents and commuters.</p>"
    "<p>&quot;This crossing will save commuters twenty minutes a day and bring the two halves "
    "of the city together,&quot; Okafor said.</p>"
    "<p>The bridge took three years to build and opened two months ahead of schedule.</p>"
    "</article></body></html>"
)

CONTRACT_KEYS = {"id", "quotes", "speakers", "warnings"}
OPTIONAL_KEYS = {"title", "url", "date", "dateline", "language"}
QUOTE_KEYS = {"start", "end", "text", "type", "group", "cue", "speaker", "confidence", "source"}
SPEAKER_KEYS = {"name", "mention", "start", "end", "kind", "role"}


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def article_txt(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- formats ------------------------------------------------------------------------------------


def test_cli_extract_text_format_groups_quotes_under_speakers(article_txt: Path) -> None:
    result = run("extract", str(article_txt))
    assert result.exit_code == 0, result.output
    assert f"== {article_txt}" in result.stdout
    assert "Lena Okafor (person; Mayor) - 1 quote(s)" in result.stdout
    assert "“This crossing will save commuters twenty minutes a day”" in result.stdout
    assert "Police (group) - 1 quote(s)" in result.stdout
    assert result.stderr.strip() == "onrecord: 1 article(s), 2 quote(s)"


def test_cli_extract_jsonl_lines_follow_the_contract(article_txt: Path) -> None:
    result = run("extract", str(article_txt), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [line] = jsonl(result)
    assert CONTRACT_KEYS <= set(line) <= CONTRACT_KEYS | OPTIONAL_KEYS
    assert line["id"] == str(article_txt)
    assert [q["text"] for q in line["quotes"]] == [
        "This crossing will save commuters twenty minutes a day",
        "traffic had been light all morning",
    ]
    for quote in line["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert SPEAKER_KEYS <= set(quote["speaker"]) <= SPEAKER_KEYS | {"id", "confidence"}
        assert ARTICLE[quote["start"] : quote["end"]] == quote["text"]
        assert quote["type"] in ("direct", "indirect", "mixed")
        assert 0 <= quote["confidence"] <= 1
    assert [q["source"] for q in line["quotes"]] == ["marks", "frame"]
    first = line["quotes"][0]
    assert first["speaker"]["name"] == "Lena Okafor"
    assert first["speaker"]["mention"] == "Okafor"
    assert ARTICLE[first["speaker"]["start"] : first["speaker"]["end"]] == "Okafor"
    assert first["cue"]["text"] == "said"
    assert [s["name"] for s in line["speakers"]] == ["Lena Okafor", "Police"]


def test_cli_extract_csv_has_one_row_per_quote(article_txt: Path) -> None:
    result = run("extract", str(article_txt), "-f", "csv")
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["speaker"], r["type"], r["text"]) for r in table] == [
        ("Lena Okafor", "direct", "This crossing will save commuters twenty minutes a day"),
        ("Police", "indirect", "traffic had been light all morning"),
    ]
    assert {r["article"] for r in table} == {str(article_txt)}


def test_cli_extract_output_file(article_txt: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.jsonl"
    result = run("extract", str(article_txt), "-f", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(line["quotes"]) == 2


# --- inputs -------------------------------------------------------------------------------------


def test_cli_extract_html_input_reads_the_article_text(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(HTML, encoding="utf-8")
    result = run("extract", str(path), "-f", "jsonl")
    assert result.exit_code == 0, result.output
    [line] = jsonl(result)
    assert line["title"] == "Bridge opens"
    assert (line["quotes"][0]["text"], line["quotes"][0]["speaker"]["name"]) == (
        "This crossing will save commuters twenty minutes a day and bring the two halves of "
        "the city together",
        "Lena Okafor",
    )


def test_cli_extract_jsonl_input_keeps_ids_and_titles(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a1", "text": ARTICLE, "title": "Bridge opens"},
        {"id": "a2", "text": "Police said the driver had been arrested."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run("extract", str(path), "-f", "jsonl")
    assert result.exit_code == 0, result.output
    lines = jsonl(result)
    assert [(x["id"], x.get("title")) for x in lines] == [("a1", "Bridge opens"), ("a2", None)]
    assert [len(x["quotes"]) for x in lines] == [2, 1]


def test_cli_extract_stdin_text(article_txt: Path) -> None:
    result = run("extract", "-", "-f", "jsonl", input=ARTICLE)
    assert result.exit_code == 0, result.output
    [line] = jsonl(result)
    assert line["id"] == "-"
    assert len(line["quotes"]) == 2


def test_cli_extract_stdin_jsonl() -> None:
    feed = json.dumps({"id": "x9", "text": ARTICLE}) + "\n"
    result = run("extract", "-", "-f", "jsonl", input=feed)
    assert result.exit_code == 0, result.output
    assert [x["id"] for x in jsonl(result)] == ["x9"]


def test_cli_extract_directory_reads_every_article(article_txt: Path, tmp_path: Path) -> None:
    (tmp_path / "second.txt").write_text("Police said the road was closed.", encoding="utf-8")
    result = run("extract", str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(Path(x["id"]).name for x in jsonl(result)) == ["bridge.txt", "second.txt"]


# --- errors -------------------------------------------------------------------------------------


def test_cli_extract_unknown_model_is_one_line_error_naming_it(article_txt: Path) -> None:
    result = run("extract", str(article_txt), "--model", "nonexistent_model")
    assert result.exit_code == 2  # fatal; 1 is kept for "some inputs of a batch failed"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "nonexistent_model" in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E002"),
        ("binary.txt", b"\x00\x01\x02\x03 not text \x00", "E003"),
        ("latin1.txt", 'caf\xe9 "fine," he said.'.encode("latin-1"), "E004"),
        ("missing.txt", None, "E008"),
    ],
)
def test_cli_extract_bad_input_is_one_line_and_the_batch_goes_on(
    article_txt: Path, tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = run("extract", str(bad), str(article_txt), "-f", "jsonl")
    assert result.exit_code == 1
    assert [x["id"] for x in jsonl(result)] == [str(article_txt)]
    errors = [line for line in result.stderr.splitlines() if str(bad) in line]
    assert len(errors) == 1
    assert f"[{code}]" in errors[0]
    assert "Traceback" not in result.output
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("onrecord: 1 article(s), 2 quote(s); 1 input(s) failed")


def test_cli_extract_summary_counts_every_failure(article_txt: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x00\x00")
    result = run("extract", str(empty), str(article_txt), str(binary), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    summary = result.stderr.strip().splitlines()[-1]
    assert "1 article(s)" in summary
    assert "3 input(s) failed" in summary
    for reason in ("EmptyInput", "BinaryInput", "InputNotFound"):
        assert reason in summary


# --- the installed command ----------------------------------------------------------------------


def test_cli_extract_console_script_runs(article_txt: Path) -> None:
    exe = Path(sys.executable).parent / "onrecord"
    if not exe.exists():
        exe = ROOT / ".venv" / "bin" / "onrecord"
    if not exe.exists():
        pytest.skip("the onrecord console script is not installed")
    proc = subprocess.run(
        [str(exe), "extract", str(article_txt), "--format", "jsonl"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [q["speaker"]["name"] for q in line["quotes"]] == ["Lena Okafor", "Police"]
    assert proc.stderr.strip() == "onrecord: 1 article(s), 2 quote(s)"


# --- onrecord demo ------------------------------------------------------------------------------


def test_cli_demo_prints_quotes_for_every_bundled_article() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    demo = Path(str(resources.files("onrecord").joinpath("demo")))
    names = sorted(p.name for p in demo.glob("*.txt"))
    assert names
    for name in names:
        assert f"== {name}" in result.stdout
    assert result.stdout.count("[direct]") >= len(names)
    assert "(no quotations found)" not in result.stdout
    assert result.stderr.strip().startswith(f"onrecord: {len(names)} article(s), ")


def test_cli_demo_jsonl() -> None:
    result = run("demo", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    lines = jsonl(result)
    assert lines and all(x["quotes"] for x in lines)


def test_cli_extract_jsonl_input_keeps_outlet_and_url(tmp_path: Path) -> None:
    src = tmp_path / "feed.jsonl"
    row = {"id": "a1", "text": 'The mayor said the bridge would open in May.',
           "url": "https://example.org/a1", "outlet": "Example Gazette"}
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = run("extract", str(src), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert line["outlet"] == "Example Gazette"
    assert line["url"] == "https://example.org/a1"


@pytest.mark.parametrize("n_process", ["1", "2"], ids=["one-process", "two-processes"])
def test_cli_extract_fault_on_one_article_is_one_line_and_the_batch_goes_on(
        article_txt: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n_process: str
) -> None:
    """A fault inside extraction on one article (a bug, not bad input) is reported in one line
    naming the article, counted, and the other articles come out as usual."""
    from onrecord.extraction import pipeline

    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Okafor", "Mbeki"), encoding="utf-8")
    fill = pipeline._fill

    def fill_or_fail(article: Any, docs: Any) -> None:
        if "Mbeki" in article.text:  # the forked workers inherit this patch
            raise ValueError("token 2 is in two entities")
        fill(article, docs)

    monkeypatch.setattr(pipeline, "_fill", fill_or_fail)
    result = run("extract", str(other), str(article_txt), "-f", "jsonl", "-j", n_process)
    assert result.exit_code == 1
    assert [x["id"] for x in jsonl(result)] == [str(article_txt)]
    assert len(jsonl(result)[0]["quotes"]) == 2
    errors = [line for line in result.stderr.splitlines() if str(other) in line]
    assert errors == [f"onrecord: [E036] {other}: extraction failed (ValueError: token 2 is in "
                      "two entities)"]
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines()[-1] == (
        "onrecord: 1 article(s), 2 quote(s); 1 input(s) failed (1 ExtractionFailed)")
