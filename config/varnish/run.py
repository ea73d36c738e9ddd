"""Start Debian's varnishd with the site's configuration in front of given app servers.

Used by the tests of the purges (tests/test_page_cache.py) and by `make cluster`
(tools/cluster.py). A production installation writes its own backends.vcl instead.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def backends_vcl(app_servers, purgers):
    """VCL naming the app servers ("host:port"), balanced round robin, and the addresses allowed to purge."""
    lines = []
    for number, address in enumerate(app_servers, start=1):
        host, port = address.rsplit(":", 1)
        lines.append(f'backend app{number} {{ .host = "{host}"; .port = "{port}"; }}')
    lines.append("sub vcl_init {\n    new app = directors.round_robin();")
    lines.extend(f"    app.add_backend(app{number});" for number in range(1, len(app_servers) + 1))
    lines.append("}")
    lines.append("acl purgers {\n" + "".join(f'    "{address}";\n' for address in purgers) + "}")
    return "\n".join(lines) + "\n"


def start(app_servers, purgers=("127.0.0.1",), port=None, workdir=None, memory="128m", extra_vcl="", **popen):
    """Run varnishd in the foreground as a child process; returns (process, "http://127.0.0.1:port").

    ``extra_vcl`` is added to backends.vcl (it runs before default.vcl's own subroutines);
    ``popen``: more arguments for subprocess.Popen (start_new_session, to outlive the caller).
    """
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    workdir = Path(workdir or tempfile.mkdtemp(prefix="varnish-"))
    workdir.mkdir(parents=True, exist_ok=True)
    workdir.chmod(0o755)  # varnishd drops to its own user when started as root
    (workdir / "backends.vcl").write_text(backends_vcl(app_servers, purgers) + extra_vcl)
    port = port or free_port()
    command = [
        varnishd, "-F", "-n", str(workdir / "state"), "-a", f"127.0.0.1:{port}", "-T", "none",
        "-f", str(HERE / "default.vcl"), "-p", f"vcl_path={workdir}:/usr/share/varnish/vcl",
        "-s", f"malloc,{memory}",
        # Keep idle client connections longer than a visitor's pause between pages (nginx in
        # production keeps its own): closing them mid-pause races with the client's next request.
        "-p", "timeout_idle=75",
    ]  # fmt: skip
    if os.geteuid() != 0:
        command[1:1] = ["-j", "none"]
    log = workdir / "varnishd.log"
    with log.open("w") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, **popen)  # noqa: S603 - our own command
    _wait_for(port, process, log)
    return process, f"http://127.0.0.1:{port}"


def _wait_for(port, process, log, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd stopped: {log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"varnishd did not listen on port {port} in {seconds} s")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
