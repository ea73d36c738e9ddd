"""Run Python or manage.py in a fresh process with its own environment (settings, DATABASE_URL)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(code, **options):
    return run_command([sys.executable, "-c", code], **options)


def run_manage(*args, **options):
    return run_command([sys.executable, "manage.py", *args], **options)


def run_command(argv, env=None, settings="config.settings.test", timeout=120, cwd=ROOT):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment["DJANGO_SETTINGS_MODULE"] = settings
    environment.update(env or {})
    return subprocess.run(
        argv, cwd=cwd, env=environment, capture_output=True, text=True, timeout=timeout, check=False
    )
