"""Start-up: a command loads only the code it runs, and regular expressions are compiled when
first used (a one-report `newstally ingest` waits for every module and pattern it loads)."""
from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from newstally import cli
from newstally.extract import numbers


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


@pytest.fixture(scope="module")
def after_cli_import() -> set[str]:
    return _modules_after("import newstally.cli")


@pytest.fixture(scope="module")
def after_ingest_help() -> set[str]:
    return _modules_after("from newstally.cli import main\ntry:\n    main(['ingest', '--help'])\nexcept SystemExit:\n    pass")


def test_commands_map_names_what_each_module_registers() -> None:
    for module in set(cli.COMMANDS.values()):
        group = click.Group()
        __import__(f"newstally.cli.{module}", fromlist=["register"]).register(group)
        assert set(group.commands) == {c for c, m in cli.COMMANDS.items() if m == module}, module


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli.main, ["--help"])
    assert result.exit_code == 0
    listed = result.output.split("Commands:")[1]
    for name in cli.COMMANDS:
        assert f"\n  {name} " in listed, name


def test_an_unknown_command_is_still_an_error() -> None:
    result = CliRunner().invoke(cli.main, ["ingets"])
    assert result.exit_code == 2 and "No such command 'ingets'" in result.output


def test_importing_the_command_loads_no_database_extraction_or_web_code(after_cli_import: set[str]) -> None:
    for heavy in ("sqlalchemy", "newstally.store", "newstally.extract", "newstally.cli.ledger",
                  "newstally.cli.serve", "newstally.cli.batch"):
        assert heavy not in after_cli_import, heavy


def test_a_command_imports_its_own_module_only(after_ingest_help: set[str]) -> None:
    assert "newstally.cli.ledger" in after_ingest_help
    for other in ("newstally.cli.serve", "newstally.cli.batch", "newstally.cli.sources", "newstally.cli.extract",
                  "ipaddress", "sqlalchemy"):
        assert other not in after_ingest_help, other


@pytest.fixture(scope="module")
def after_one_ingest(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    folder = tmp_path_factory.mktemp("one-ingest")
    (folder / "report.txt").write_text("Two people were killed when a bus overturned near a bridge on Monday, "
                                       "police said.\n", encoding="utf-8")
    code = (f"from newstally.cli import main\ntry:\n    main(['ingest', {str(folder / 'report.txt')!r}, "
            f"'--db', {str(folder / 'one.db')!r}])\nexcept SystemExit as e:\n    assert not e.code, e.code")
    return _modules_after(code)


def test_ingesting_a_text_file_loads_no_batch_orm_or_web_code(after_one_ingest: set[str]) -> None:
    assert "newstally.store" in after_one_ingest  # the ingest ran
    for unused in ("newstally.batch", "newstally.batch.dataset", "pyarrow", "dask", "sqlalchemy.orm",
                   "newstally.web", "newstally.cli.batch", "tqdm", "trafilatura"):
        assert unused not in after_one_ingest, unused


def test_number_expressions_are_compiled_on_first_use() -> None:
    lex = numbers._build("en")
    assert "core" not in vars(lex) and "scan" not in vars(lex)
    assert lex.core.fullmatch("twenty-seven")  # compiled now, once
    assert vars(lex)["core"] is lex.core
    assert "street" not in vars(lex)


def test_a_language_without_an_expression_has_none() -> None:
    lex = numbers._build("en")
    absent = [name for name, source in lex.sources.items() if source is None]
    for name in absent:
        assert getattr(lex, name) is None
    assert lex.scan is not None and lex.trigger is not None
