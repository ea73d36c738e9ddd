#!/usr/bin/env python
"""Audit the installed, pinned dependencies with pip-audit.

Fails on a known vulnerability. When the advisory service cannot be reached
(no network, or a registry mirror without PyPI's JSON API), it says so plainly
and does not fail the run: a skipped audit must never read as a clean one.
"""

import json
import subprocess
import sys

UNREACHABLE_SIGNS = ("ConnectionError", "NameResolutionError", "Max retries exceeded", "timed out")


def classify(returncode, stdout, stderr):
    """(exit status, message) for one pip-audit run in JSON format."""
    try:
        report = json.loads(stdout)
    except json.JSONDecodeError:
        if any(sign in stderr for sign in UNREACHABLE_SIGNS):
            return 0, "Dependency audit SKIPPED: the advisory service could not be reached."
        return 1, f"Dependency audit failed to run (exit {returncode}):\n{stderr.strip()}"
    dependencies = report.get("dependencies", [])
    vulnerable = [dep for dep in dependencies if dep.get("vulns")]
    if vulnerable:
        lines = [
            f"  {dep['name']} {dep['version']}: {vuln['id']} (fixed in {', '.join(vuln.get('fix_versions') or ['?'])})"  # noqa: E501
            for dep in vulnerable
            for vuln in dep["vulns"]
        ]
        return 1, "Known vulnerabilities in pinned dependencies:\n" + "\n".join(lines)
    audited = [dep for dep in dependencies if "skip_reason" not in dep]
    if not audited:
        return 0, (
            f"Dependency audit SKIPPED: the advisory service answered for none of the {len(dependencies)} "
            "packages (is PyPI's JSON API reachable?)."
        )
    skipped = len(dependencies) - len(audited)
    return (
        0,
        f"Dependency audit: no known vulnerabilities in {len(audited)} packages ({skipped} not auditable).",
    )


def main():
    command = [sys.executable, "-m", "pip_audit", "--local", "--format", "json", "--progress-spinner", "off"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)  # noqa: S603
    except subprocess.TimeoutExpired:
        print("Dependency audit SKIPPED: the advisory service did not answer within 5 minutes.")
        return 0
    status, message = classify(result.returncode, result.stdout, result.stderr)
    print(message)
    return status


if __name__ == "__main__":
    sys.exit(main())
