"""The apps' layers hold (pyproject.toml, [tool.importlinter]): an upward import fails `make test`."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.subprocess_django import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(cwd):
    environment = {"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"}
    command = [str(LINT_IMPORTS)]
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)


def _copy_of_the_apps(target):
    """The project's Python files and its contract; import-linter reads the source, it runs nothing."""
    shutil.copy(ROOT / "pyproject.toml", target)
    ignore = shutil.ignore_patterns("migrations", "templates", "static", "__pycache__", "*.txt", "*.html")
    for package in ROOT.glob("*/__init__.py"):
        if package.parent.name != "tests":
            shutil.copytree(package.parent, target / package.parent.name, ignore=ignore)


def test_the_project_keeps_its_layers():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_an_upward_import_breaks_the_contract_and_is_named(tmp_path):
    _copy_of_the_apps(tmp_path)
    (tmp_path / "core" / "upward.py").write_text("from signups.models import Registration  # noqa\n")
    result = _lint(tmp_path)
    assert result.returncode == 1
    assert "core is not allowed to import signups" in result.stdout
    assert "core.upward -> signups.models" in result.stdout
