#!/usr/bin/env python
"""`make loadtest`: 300 simulated residents on `make cluster` for a bounded time, then the verdict.

Locust (in its own virtualenv, .venv-load: requirements-load.txt) runs tools/locustfile.py.
Passes when no request failed, pages answered at p95 under 500 ms and sign-ups under 1.5 s,
and afterwards no session has more people confirmed than it has places.
"""

import csv
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import cluster  # noqa: E402 - tools/cluster.py, beside this file

USERS = os.environ.get("LOADTEST_USERS", "300")
DURATION = os.environ.get("LOADTEST_DURATION", "2m")
LOCUST = ROOT / ".venv-load" / "bin" / "locust"
LIMITS_MS = {"page": 500, "search": 500, "sign-up form": 500, "sign-up": 1500}
# The previous run's residents cancel (the signals purge the pages showing their places).
RESET = """
from signups.models import Registration
for registration in Registration.objects.filter(email__startswith="kuormitus-"):
    registration.delete()
"""
OVERBOOKED = """
from django.db.models import Sum
from projects.models import OpportunitySession
from signups.models import Registration
confirmed = Registration.objects.filter(status="confirmed")
taken = dict(confirmed.values_list("session_key").annotate(Sum("group_size")))
sessions = OpportunitySession.objects.filter(capacity__isnull=False, translation_key__in=taken).distinct()
over = {str(s.translation_key): (taken[s.translation_key], s.capacity) for s in sessions
        if taken[s.translation_key] > s.capacity}
made = Registration.objects.filter(email__startswith="kuormitus-").count()
print(f"{made} sign-ups by the load test; sessions over capacity: {over or 'none'}")
raise SystemExit(1 if over else 0)
"""


def main():
    prefix = ROOT / ".cluster" / "loadtest"
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", RESET], cwd=ROOT, env=cluster.environment(), check=True
    )
    subprocess.run(
        [str(LOCUST), "-f", str(ROOT / "tools" / "locustfile.py"), "--headless", "--only-summary",
         "-u", USERS, "-r", "30", "-t", DURATION, "--host", f"http://127.0.0.1:{cluster.PORT}",
         "--csv", str(prefix)],
        check=False,
    )  # fmt: skip
    verdicts = [check_stats(prefix.with_name("loadtest_stats.csv"))]
    capacity = [sys.executable, "manage.py", "shell", "-c", OVERBOOKED]
    verdicts.append(subprocess.run(capacity, cwd=ROOT, env=cluster.environment()).returncode == 0)
    print("Load test passed." if all(verdicts) else "Load test FAILED.")
    sys.exit(0 if all(verdicts) else 1)


def check_stats(path):
    passed, seen = True, set()
    print(f"\n{'requests':14} {'count':>7} {'failures':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  limit")
    with path.open() as stats:
        for row in csv.DictReader(stats):
            name = row["Name"] if row["Name"] != "Aggregated" else "all"
            limit = LIMITS_MS.get(name)
            seen.add(name)
            if row["95%"] == "N/A":
                print(f"{name}: no requests FAILED")
                passed = False
                continue
            failures, p95 = int(row["Failure Count"]), float(row["95%"])
            ok = failures == 0 and (limit is None or p95 < limit)
            passed &= ok
            verdict = f"p95 < {limit} {'ok' if ok else 'FAILED'}" if limit else ("ok" if ok else "FAILED")
            print(f"{name:14} {row['Request Count']:>7} {failures:>8} {row['50%']:>7} {row['95%']:>7} "
                  f"{row['99%']:>7}  {verdict}")  # fmt: skip
    if missing := set(LIMITS_MS) - seen:
        print(f"No requests of: {', '.join(sorted(missing))} FAILED")
        passed = False
    return passed


if __name__ == "__main__":
    main()
