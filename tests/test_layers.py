"""The apps' layers hold (pyproject.toml, [tool.importlinter]): an upward import fails `make test`."""

import ast
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


def _imports_inside_functions(source):
    """(function name, line) of every import made inside a function of this module's source."""
    found = []
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found += [
                (function.name, node.lineno)
                for node in ast.walk(function)
                if isinstance(node, (ast.Import, ast.ImportFrom))
            ]
    return found


def test_apps_import_at_the_top_except_when_the_apps_are_loading():
    """An import inside a function hides a cycle from the layers contract. The only reason left is
    Django's app loading: an AppConfig.ready() may import models and register what the app adds."""
    hidden = []
    for package in ROOT.glob("*/__init__.py"):
        app = package.parent
        if app.name == "tests":
            continue
        for module in app.rglob("*.py"):
            if "migrations" in module.parts:
                continue
            allowed = {"ready"} if module.name == "apps.py" else set()
            hidden += [
                f"{module.relative_to(ROOT)}:{line} in {name}()"
                for name, line in _imports_inside_functions(module.read_text())
                if name not in allowed
            ]
    assert hidden == []


def test_the_import_scan_sees_an_import_inside_a_function():
    source = "def later():\n    from signups.models import Registration\n\n    return Registration\n"
    assert _imports_inside_functions(source) == [("later", 2)]
