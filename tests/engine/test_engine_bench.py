"""`eventcoder bench` and its synthetic corpus."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.engine import count_words, synthetic_documents

runner = CliRunner()


def test_synthetic_corpus_is_reproducible_and_varied() -> None:
    first = list(synthetic_documents(50, seed=3, sentences=(2, 4)))
    assert first == list(synthetic_documents(50, seed=3, sentences=(2, 4)))
    assert first != list(synthetic_documents(50, seed=4, sentences=(2, 4)))
    assert len({d["id"] for d in first}) == 50 and len({d["text"] for d in first}) > 45
    sentences = [len(re.findall(r"[.!?](?:\s|$)", d["text"])) for d in first]
    assert min(sentences) == 2 and max(sentences) == 4
    assert all(d["published"] and d["country"] for d in first)


def test_bench_reports_rates_memory_and_the_spacy_ratio() -> None:
    result = runner.invoke(app, ["bench", "--generate", "40", "--nlp-package", "blank:en", "--stages", "none",
                                 "--batch-size", "8", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    words = sum(count_words(d["text"]) for d in synthetic_documents(40))
    assert report["eventcoder"]["documents"] == 40 and report["eventcoder"]["words"] == words
    assert report["spacy_nlp_pipe"]["words"] == words
    assert report["eventcoder"]["docs_per_second"] > 0 and report["ratio_to_spacy"] > 0
    assert report["stages"] == ["parse"] and report["errors"] == 0
    assert all(mib > 10 for mib in report["peak_rss_mib_by_worker"].values())


def test_bench_reads_a_corpus_file_and_honours_limit(tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in synthetic_documents(12)), encoding="utf-8")
    result = runner.invoke(app, ["bench", str(corpus), "--limit", "5", "--nlp-package", "blank:en", "--stages", "none",
                                 "--no-baseline"])
    assert result.exit_code == 0, result.output
    assert "documents 5," in result.output and "spaCy nlp.pipe" not in result.output


def test_bench_refuses_unknown_stages() -> None:
    result = runner.invoke(app, ["bench", "--stages", "mentions,telepathy"])
    assert result.exit_code == 2
    assert "telepathy" in result.output


def test_bench_saves_a_baseline_and_flags_a_regression(tmp_path) -> None:
    baseline = tmp_path / "baseline.json"
    args = ["bench", "--generate", "30", "--nlp-package", "blank:en", "--stages", "none", "--batch-size", "8",
            "--compare", str(baseline), "--name", "tiny"]
    saved = runner.invoke(app, [*args, "--save"])
    assert saved.exit_code == 0, saved.output
    figures = json.loads(baseline.read_text(encoding="utf-8"))["runs"]["tiny"]
    assert figures["documents"] == 30 and figures["time_ratio"] > 0 and figures["peak_rss_mib"] > 10
    figures["peak_rss_mib"] = 1.0  # pretend the saved run needed far less memory
    baseline.write_text(json.dumps({"note": "", "runs": {"tiny": figures}}), encoding="utf-8")
    compared = runner.invoke(app, args)
    assert compared.exit_code == 0, compared.output
    assert "compared with baseline.json [tiny]" in compared.output and "REGRESSION" in compared.output


def test_bench_save_needs_a_baseline_file() -> None:
    result = runner.invoke(app, ["bench", "--generate", "5", "--save"])
    assert result.exit_code == 2 and "--compare" in result.output
