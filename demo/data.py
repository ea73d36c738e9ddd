"""The demo texts: demo/content/*.yaml, read and resolved into the specs the builder works from.

Each YAML file holds one section of the site (demo/content/README.md describes the format).
Terms, people, venues and organisations are written once and referred to by key; ``load()``
puts the texts of every reference in place, so that a spec holds each text of its page, as the
builder and the translations need them. A key that names nothing, or one written twice, raises
DemoContentError naming the file and the key.
"""

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

CONTENT = Path(__file__).with_name("content")
LANGUAGES = ("fi", "sv", "en")
TERM_KINDS = ("topics", "areas", "audiences")
# Line breaks (and the spaces a folded YAML text makes of them) before block tags are layout only.
HTML_LAYOUT = re.compile(r"\s+(?=</?(?:p|ul|ol|li)[\s>])")


class DemoContentError(Exception):
    """The demo content does not hold together: the message names the file and the key."""


@dataclass(frozen=True)
class DemoContent:
    home_page: dict
    standard_pages: list
    topics: list
    areas: list
    audiences: list
    people: list
    opportunities_index: dict
    opportunities: list
    outcomes_index: dict
    outcomes: list
    model_page: dict
    networks_index: dict
    networks: list
    council_calls: list
    council_statements: list
    rounds: list
    applications: list


def round_opportunity_key(spec):
    """A wellbeing round's key among the catalogue's opportunities: "wellbeing-money-2026"."""
    return f"wellbeing-money-{spec['key']}"


@functools.cache
def load(directory=CONTENT):
    """Every section of the demo, resolved; read once."""
    return _Resolver(Path(directory)).content()


def _empty():
    return dict.fromkeys(LANGUAGES, "")


def _blocks(items, where):
    """StreamField-like blocks as (kind, text) pairs; a kind alone is a block without text."""
    blocks = []
    for item in items:
        if isinstance(item, str):
            blocks.append((item, None))
        elif isinstance(item, dict) and len(item) == 1:
            blocks.append(next(iter(item.items())))
        else:
            raise DemoContentError(f"{where}: a block is `- kind: text` or `- kind`, not {item!r}")
    return blocks


def _page(spec, where):
    """A page spec: its body (if any) as blocks."""
    if "body" in spec:
        spec["body"] = _blocks(spec["body"], where)
    return spec


class _Table:
    """Entries of one file by key: each key written once, each reference to a key that exists."""

    def __init__(self, file, kind, entries, key="key"):
        self.file, self.kind, self.entries = file, kind, {}
        for entry in entries:
            if entry[key] in self.entries:
                raise DemoContentError(f"{file}: {kind} {entry[key]!r} is written twice")
            self.entries[entry[key]] = entry

    def get(self, key, where):
        try:
            return self.entries[key]
        except KeyError:
            raise DemoContentError(f"{where}: unknown {self.kind} {key!r} (not in {self.file})") from None

    def check(self, keys, where):
        for key in keys:
            self.get(key, where)


class _Resolver:
    def __init__(self, directory):
        self.directory = directory
        self.terms = {
            kind: _Table("terms.yaml", kind.rstrip("s"), self.read("terms")[kind], key="slug")
            for kind in TERM_KINDS
        }
        self.people = _Table("people.yaml", "person", self.read("people")["people"])
        self.venues = _Table("venues.yaml", "venue", self.read("venues")["venues"])
        self.organisations = _Table(
            "organisations.yaml", "organisation", self.read("organisations")["organisations"]
        )

    def read(self, name):
        path = self.directory / f"{name}.yaml"
        with path.open(encoding="utf-8") as file:
            return _checked(yaml.safe_load(file), path.name)

    def content(self):
        pages = self.read("pages")
        opportunities = self.read("opportunities")
        outcomes = self.read("outcomes")
        networks = self.read("networks")
        rounds = self.rounds()
        catalogue = self.keyed(
            "opportunities.yaml", "opportunity", opportunities["opportunities"], self.opportunity
        )
        _check_no_round_keys(catalogue, rounds)
        councils = self.councils(networks["networks"])
        return DemoContent(
            home_page=_page(pages["home"], "pages.yaml, home"),
            standard_pages=self.keyed("pages.yaml", "standard page", pages["standard_pages"], _page),
            **{kind: list(table.entries.values()) for kind, table in self.terms.items()},
            people=list(self.people.entries.values()),
            opportunities_index=opportunities["index"],
            opportunities=catalogue,
            outcomes_index=outcomes["index"],
            outcomes=self.outcomes(outcomes["outcomes"], catalogue, rounds),
            model_page=_page(self.read("model")["page"], "model.yaml"),
            networks_index=networks["index"],
            networks=networks["networks"],
            council_calls=self.keyed(
                "council_calls.yaml", "call", self.read("council_calls")["calls"], self.call, councils
            ),
            council_statements=self.keyed(
                "council_statements.yaml",
                "statement",
                self.read("council_statements")["statements"],
                self.statement,
                councils,
            ),
            rounds=rounds,
            applications=self.applications(rounds),
        )

    def keyed(self, file, kind, specs, resolve, *args):
        table = _Table(file, kind, specs)
        return [resolve(spec, f"{file}, {kind} {key!r}", *args) for key, spec in table.entries.items()]

    # References ------------------------------------------------------------------------------

    def organisation(self, value, where):
        """An organisation's name by key, or a text written in place."""
        if isinstance(value, dict):
            return value
        return self.organisations.get(value, where)["name"]

    def classified(self, spec, where):
        """Check a spec's terms and contacts."""
        for kind in TERM_KINDS:
            self.terms[kind].check(spec[kind], where)
        self.people.check(spec["contacts"], where)

    def session(self, spec, where):
        venue = self.venues.get(spec["venue"], where) if "venue" in spec else {}
        session = {
            "day": spec["day"],
            "start": spec["start"],
            "end": spec["end"],
            "venue": venue.get("name", ""),
            "address": venue.get("address", ""),
            "online_url": spec.get("online_url", ""),
            "accessibility": venue.get("accessibility", ""),
        }
        if "end_day" in spec:
            session["end_day"] = spec["end_day"]
        return session

    def questions(self, questions):
        return [{**question, "help_text": question.get("help_text", _empty())} for question in questions]

    # Sections ----------------------------------------------------------------------------------

    def opportunity(self, spec, where):
        self.classified(spec, where)
        signup = spec.get("signup", {})
        if "questions" in signup:
            signup["questions"] = self.questions(signup["questions"])
        return _page(
            {
                "external_url": "",
                "featured": False,
                **spec,
                "organiser": self.organisation(spec["organiser"], where),
                "sessions": [self.session(session, where) for session in spec.get("sessions", [])],
                "signup": signup,
            },
            where,
        )

    def outcomes(self, specs, catalogue, rounds):
        keys = {spec["key"] for spec in catalogue} | {round_opportunity_key(spec) for spec in rounds}
        rounds_by_key = {round_opportunity_key(spec): spec for spec in rounds}
        resolved = []
        for key, spec in _Table("outcomes.yaml", "outcome", specs).entries.items():
            where = f"outcomes.yaml, outcome {key!r}"
            for opportunity in spec["opportunities"]:
                if opportunity not in keys:
                    raise DemoContentError(f"{where}: unknown opportunity {opportunity!r}")
            spec = {"decision_url": "", "status_reason": _empty(), **spec}
            spec["decision_maker"] = self.organisation(spec["decision_maker"], where)
            spec["heard"] = _blocks(spec["heard"], where)
            spec["decided"] = _blocks(spec["decided"], where)
            reported = [rounds_by_key[key] for key in spec["opportunities"] if key in rounds_by_key]
            spec["timeline"] = [_timeline_entry(entry, reported, where) for entry in spec["timeline"]]
            resolved.append(spec)
        return resolved

    def councils(self, networks):
        for key, spec in _Table("networks.yaml", "network", networks).entries.items():
            where = f"networks.yaml, network {key!r}"
            self.people.check(spec["contacts"], where)
            _page(spec, where)
        return {spec["council"] for spec in networks if spec.get("council")}

    def call(self, spec, where, councils):
        _check_council(spec, where, councils)
        self.classified(spec, where)
        return _page(
            {
                "response_url": "",
                "response_email": "",
                "signup": {},
                **spec,
                "organiser": self.organisation(spec["organiser"], where),
                "sessions": [self.session(session, where) for session in spec.get("sessions", [])],
                "questions": self.questions(spec.get("questions", [])),
            },
            where,
        )

    def statement(self, spec, where, councils):
        _check_council(spec, where, councils)
        addressee = self.organisation(spec["addressee"], where) if "addressee" in spec else _empty()
        return _page({**spec, "addressee": addressee}, where)

    def rounds(self):
        specs = self.read("wellbeing")["rounds"]
        resolved = []
        for key, spec in _Table("wellbeing.yaml", "round", specs).entries.items():
            where = f"wellbeing.yaml, round {key!r}"
            self.classified(spec, where)
            themes = _Table("wellbeing.yaml", f"theme of round {key!r}", spec["themes"])
            themes.check(spec["votes"]["weights"], f"{where}, votes")
            spec = _page({**spec, "organiser": self.organisation(spec["organiser"], where)}, where)
            for field in ("who_may_apply", "not_funded"):
                spec[field] = ("paragraph", spec[field])
            resolved.append(spec)
        return resolved

    def applications(self, rounds):
        rounds = _Table("wellbeing.yaml", "round", rounds)
        specs = self.read("wellbeing_applications")["applications"]
        seen = set()
        resolved = []
        for spec in specs:
            where = f"wellbeing_applications.yaml, application {spec['reference']!r}"
            if spec["reference"] in seen:
                raise DemoContentError(f"{where}: written twice")
            round_spec = rounds.get(spec["round"], where)
            _Table("wellbeing.yaml", f"theme of round {spec['round']!r}", round_spec["themes"]).get(
                spec["theme"], where
            )
            self.terms["areas"].get(spec["area"], where)
            if "merge_with" in spec and spec["merge_with"] not in seen:
                raise DemoContentError(
                    f"{where}: merge_with {spec['merge_with']!r} is not an earlier application"
                )
            seen.add(spec["reference"])
            resolved.append({"other_funding": "", "report": None, **spec})
        return resolved


def _check_no_round_keys(catalogue, rounds):
    """Outcomes name rounds and opportunities alike, so an opportunity may not take a round's key."""
    taken = {round_opportunity_key(spec) for spec in rounds} & {spec["key"] for spec in catalogue}
    if taken:
        raise DemoContentError(f"opportunities.yaml: {sorted(taken)} are wellbeing rounds' keys")


def _check_council(spec, where, councils):
    if spec["council"] not in councils:
        raise DemoContentError(f"{where}: unknown council {spec['council']!r} (not in networks.yaml)")


def _timeline_entry(entry, rounds, where):
    """A timeline entry with its day; `round_day` names a day of the wellbeing round reported on."""
    if "round_day" not in entry:
        return entry
    if len(rounds) != 1:
        raise DemoContentError(
            f"{where}: round_day needs exactly one wellbeing round among its opportunities"
        )
    (round_spec,) = rounds
    name = entry["round_day"]
    if name not in round_spec["days"]:
        raise DemoContentError(f"{where}: unknown round_day {name!r} (not in the round's days)")
    return {"day": round_spec["days"][name], "text": entry["text"]}


def _checked(value, where):
    """Texts as the builder needs them: every {fi, sv, en} mapping complete, HTML without its layout."""
    if isinstance(value, dict):
        if set(value) & set(LANGUAGES) and (set(value) != set(LANGUAGES) or not _all_text(value)):
            raise DemoContentError(f"{where}: a text has exactly fi, sv and en: {value!r}")
        return {key: _checked(item, f"{where}/{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [_checked(item, f"{where}/{index}") for index, item in enumerate(value)]
    if isinstance(value, str) and value.startswith("<"):
        return HTML_LAYOUT.sub("", value)
    return value


def _all_text(value):
    return all(isinstance(text, str) for text in value.values())
