"""Residents on the site, for `make loadtest` (tools/loadtest.py runs Locust with this file).

Each simulated resident browses (the home page, the catalogue with and without filters,
opportunity pages, in Finnish, Swedish and English), searches, and now and then signs up
for a session through the real form, with its CSRF token, as a browser does.
"""

import random
import re
import uuid
from html.parser import HTMLParser

import requests
from locust import HttpUser, between, events, task

PAGES = ["/fi/", "/sv/", "/en/", "/fi/osallistu/", "/sv/delta/", "/en/take-part/"]
FILTERS = ["?status=open", "?method=workshop", "?status=upcoming&page=1"]
WORDS = ["nuoret", "kirjasto", "puisto", "ikäihmiset", "hyvinvointiraha", "delaktighet", "youth"]
found = {"opportunities": [], "signups": []}


@events.test_start.add_listener
def gather(environment, **kwargs):
    """The opportunity pages and the sign-up forms of sessions that take sign-ups, from the catalogue."""

    def html(path):
        return requests.get(environment.host + path, timeout=30).text

    for catalogue in ("/fi/osallistu/", "/sv/delta/", "/en/take-part/"):
        for number in (1, 2, 3):
            found["opportunities"] += re.findall(
                rf'href="({catalogue}[\w-]+/)"', html(f"{catalogue}?page={number}")
            )
    for page in set(found["opportunities"]):
        found["signups"] += re.findall(r'href="(/\w\w/[\w-]+/[0-9a-f-]{36}/)"', html(page))
    found["opportunities"] = sorted(set(found["opportunities"]))
    found["signups"] = sorted(set(found["signups"]))


class Form(HTMLParser):
    """The fields of the page's sign-up form: hidden values, and what a resident must fill in."""

    def __init__(self):
        super().__init__()
        self.values, self.required, self.choices = {}, [], {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if not name or tag not in ("input", "select", "textarea"):
            return
        if attrs.get("type") == "hidden":
            self.values[name] = attrs.get("value", "")
        elif attrs.get("type") in ("radio", "checkbox") and "required" in attrs:
            self.choices.setdefault(name, attrs.get("value", "on"))
        elif "required" in attrs:
            self.required.append((name, attrs.get("type", tag)))


class Resident(HttpUser):
    wait_time = between(2, 8)  # reading a page

    @task(10)
    def browse(self):
        self.client.get(random.choice(PAGES), name="page")
        if found["opportunities"]:
            self.client.get(random.choice(found["opportunities"]), name="page")
        self.client.get(random.choice(PAGES[3:]) + random.choice(FILTERS), name="page")

    @task(3)
    def search(self):
        search = random.choice(["/fi/haku/", "/sv/sok/", "/en/search/"])
        self.client.get(search, params={"q": random.choice(WORDS)}, name="search")

    @task(1)
    def sign_up(self):
        if not found["signups"]:
            return
        url = random.choice(found["signups"])
        form = Form()
        page = self.client.get(url, name="sign-up form")
        form.feed(page.text)
        if "csrfmiddlewaretoken" not in form.values:
            return  # the session is full, or sign-up has closed: the page says so, and there is no form
        data = {**form.values, **form.choices, "language": url[1:3]}
        for name, kind in form.required:
            data[name] = "Kyllä" if kind not in ("number", "email") else "1"
        data.update(name="Kuormitus Testaaja", email=f"kuormitus-{uuid.uuid4().hex[:12]}@example.fi")
        # The cluster speaks plain HTTP to an app that believes the visitor came over HTTPS (as behind
        # TLS in production): a browser would return the secure CSRF cookie and send an https
        # Referer, so the simulated resident does it by hand.
        cookie = "; ".join(f"{name}={value}" for name, value in page.cookies.items())
        headers = {"Cookie": cookie, "Referer": f"https://{self.host.split('://')[1]}{url}"}
        with self.client.post(
            url, data=data, headers=headers, name="sign-up", allow_redirects=False, catch_response=True
        ) as answer:
            # A place, the waitlist, or "full" are all right answers; anything else is an error.
            if answer.status_code != 302:
                answer.failure(f"sign-up answered {answer.status_code}")
