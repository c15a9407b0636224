"""`make mutate`'s report: scores per module, and a run that did not finish never passes."""

from __future__ import annotations

import subprocess

import mutation_report
import pytest  # scripts/mutation_report.py (scripts/ is on the test path)


def results(*lines: str) -> str:
    return "\n".join(f"    sequence_async.{line}" for line in lines)


def test_scores_are_killed_over_killed_survived_and_untested() -> None:
    text = results(
        *(f"_retry.x_backoff__mutmut_{n}: killed" for n in range(1, 9)),
        "_retry.x_backoff__mutmut_9: timeout",
        "_retry.x_backoff__mutmut_10: survived",
        "_pipeline.xǁPipelineǁcall__mutmut_1: killed",
    )
    table, ok = mutation_report.render(mutation_report.parse_results(text), min_score=0.9)
    assert ok
    retry_row = next(row for row in table.splitlines() if row.startswith("_retry"))
    assert retry_row.split() == ["_retry", "9", "1", "0", "1", "0", "0", "90.0%", "yes"]
    assert mutation_report.survivors(text) == ["sequence_async._retry.x_backoff__mutmut_10"]


def test_a_module_below_the_bar_or_with_an_untested_mutant_fails() -> None:
    below = results(*(f"_batch.x_f__mutmut_{n}: killed" for n in range(8)), "_batch.x_f__mutmut_9: survived")
    assert not mutation_report.render(mutation_report.parse_results(below), min_score=0.9)[1]
    untested = results(*(f"_batch.x_f__mutmut_{n}: killed" for n in range(99)), "_batch.x_f__mutmut_99: no tests")
    assert not mutation_report.render(mutation_report.parse_results(untested), min_score=0.9)[1]
    assert mutation_report.survivors(untested) == ["sequence_async._batch.x_f__mutmut_99"]


def test_a_run_that_stopped_early_fails_instead_of_passing_on_what_it_reached() -> None:
    crashed = results("_models.x_f__mutmut_1: killed", "_models.x_f__mutmut_2: not checked")
    assert not mutation_report.render(mutation_report.parse_results(crashed), min_score=0.9)[1]
    nothing_ran = results("_models.x_f__mutmut_1: not checked")
    assert not mutation_report.render(mutation_report.parse_results(nothing_ran), min_score=0.9)[1]


def test_a_run_of_some_modules_reports_only_the_mutants_its_globs_select() -> None:
    text = results(
        "_query.x_encode_query__mutmut_1: killed",
        "_query.x__quoted__mutmut_1: survived",
        "_batch.x_f__mutmut_1: not checked",
        "_batch.x_f__mutmut_2: survived",
    )
    table = mutation_report.parse_results(text, ["sequence_async._query*"])
    assert set(table) == {"_query"}
    assert mutation_report.survivors(text, ["sequence_async._query*"]) == ["sequence_async._query.x__quoted__mutmut_1"]
    assert set(mutation_report.parse_results(text)) == {"_query", "_batch"}


def test_a_report_without_any_mutant_fails() -> None:
    assert not mutation_report.render(mutation_report.parse_results(""), min_score=0.9)[1]
    text = results("_query.x_encode_query__mutmut_1: killed")
    assert not mutation_report.render(mutation_report.parse_results(text, ["sequence_async._nothing*"]), 0.9)[1]


def test_max_children_is_an_option_of_mutmut_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    commands: list[list[str]] = []

    def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        commands.append(command)
        return subprocess.CompletedProcess(command, 0, stdout=results("_query.x_f__mutmut_1: killed"))

    monkeypatch.setattr(subprocess, "run", run)
    assert mutation_report.main(["--max-children", "2", "sequence_async._query*"]) == 0
    assert commands[0][-5:] == ["mutmut", "run", "--max-children", "2", "sequence_async._query*"]
    assert "_query" in capsys.readouterr().out
