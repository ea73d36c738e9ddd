#!/usr/bin/env python
"""`make bench`: requests per second and latency of the main pages through `make cluster`, cached
and uncached, against a static file through the same cache (README, "Running at scale").

Debian's wrk makes the requests: 8 connections on 2 threads for 10 seconds per line
(BENCH_CONNECTIONS, BENCH_SECONDS), after one request to warm each page. "Uncached" requests
carry an Authorization header, which Varnish always passes to the app servers
(config/varnish/default.vcl), so they measure the two gunicorn servers behind it.

With BAKERYDEMO naming a clone of Wagtail's bakerydemo, the same run then starts it beside
the cluster (tools/bakerydemo.py) and compares, uncached, the home page with its home page,
the catalogue with its blog index and an opportunity page with a blog page.
"""

import os
import platform
import re
import subprocess
import sys
import urllib.request

import bakerydemo

ORIGIN = os.environ.get("BENCH_ORIGIN", f"http://127.0.0.1:{os.environ.get('CLUSTER_PORT', '8100')}")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
SECONDS = os.environ.get("BENCH_SECONDS", "10")
PASS = ["-H", "Authorization: Bench uncached"]


def wrk(url, extra=()):
    headers = dict(extra[i + 1].split(": ", 1) for i in range(0, len(extra), 2))
    urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60).read()  # noqa: S310
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", *extra, url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    if re.search(r"Non-2xx or 3xx responses: \d+", output):
        sys.exit(f"{url} answered with errors:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50, p99 = (_milliseconds(re.search(rf"\s{p}%\s+([\d.]+\w+)", output).group(1)) for p in (50, 99))
    return rate, p50, p99


def _milliseconds(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def targets():
    """The home page, the catalogue, an opportunity page and the site's stylesheet, from the home page."""
    home = urllib.request.urlopen(f"{ORIGIN}/fi/", timeout=30).read().decode()  # noqa: S310 - the cluster
    catalogue = urllib.request.urlopen(f"{ORIGIN}/fi/osallistu/", timeout=30).read().decode()  # noqa: S310
    opportunity = re.search(r'href="(/fi/osallistu/[\w-]+/)"', catalogue).group(1)
    stylesheet = re.search(r'href="(/static/css/site\.[\w.]+\.css)"', home).group(1)
    return [
        ("home page", "/fi/"),
        ("catalogue", "/fi/osallistu/"),
        ("opportunity page", opportunity),
        ("static file", stylesheet),
    ]


def compare_with_bakerydemo(uncached):
    """Start bakerydemo, measure its pages like ours uncached, print the ratios and stop it."""
    origin = bakerydemo.start()
    if origin is None:
        print("\nSet BAKERYDEMO to a clone of https://github.com/wagtail/bakerydemo to compare with it.")
        return
    try:
        headers = [item for name, value in bakerydemo.HEADERS.items() for item in ("-H", f"{name}: {value}")]
        request = urllib.request.Request(f"{origin}/blog/", headers=bakerydemo.HEADERS)  # noqa: S310
        blog_index = urllib.request.urlopen(request, timeout=60).read().decode()  # noqa: S310
        blog_page = re.search(r'href="(/blog/(?!tags/)[\w-]+/)"', blog_index).group(1)
        pairs = [("home page", "/"), ("catalogue", "/blog/"), ("opportunity page", blog_page)]
        workers = bakerydemo.workers()
        print(f"\nUncached, side by side with bakerydemo {bakerydemo.COMMIT} (gunicorn, {workers} workers):")
        print(f"{'page':18} {'req/s':>7}   {'bakerydemo page':26} {'req/s':>7} {'ratio':>6}")
        for name, path in pairs:
            theirs = wrk(origin + path, headers)[0]
            print(f"{name:18} {uncached[name]:7.1f}   {path:26} {theirs:7.1f} {uncached[name] / theirs:6.2f}")
    finally:
        bakerydemo.stop()


def main():
    pages = targets()
    static_rate = None
    rows = []
    for name, path in reversed(pages):  # the static file first: the others are compared with it
        cached = wrk(ORIGIN + path)
        static_rate = static_rate or cached[0]
        uncached = wrk(ORIGIN + path, PASS) if name != "static file" else None
        rows.append((name, path, cached, uncached))
    print(
        f"\n{platform.node()}: {os.cpu_count()} CPUs, {platform.platform()}; "
        f"wrk -c{CONNECTIONS} for {SECONDS} s each"
    )
    print(f"{'page':18} {'cached req/s':>12} {'p50 ms':>7} {'p99 ms':>7} {'× static':>8} "
          f"{'uncached req/s':>15} {'p50 ms':>7} {'p99 ms':>7}")  # fmt: skip
    for name, _path, cached, uncached in reversed(rows):
        line = f"{name:18} {cached[0]:12.0f} {cached[1]:7.1f} {cached[2]:7.1f} {cached[0] / static_rate:8.2f}"
        if uncached:
            line += f" {uncached[0]:15.1f} {uncached[1]:7.0f} {uncached[2]:7.0f}"
        print(line)
    compare_with_bakerydemo({name: uncached[0] for name, _path, _cached, uncached in rows if uncached})


if __name__ == "__main__":
    main()
