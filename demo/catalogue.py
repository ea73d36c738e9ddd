"""The opportunity catalogue's pages: opportunities with their sessions and sign-up questions, outcomes."""

import datetime

from projects.models import OpportunityPage, OpportunitySession, SignupQuestion

from .fields import date, fi, moment, page_fields, stream

END_OF_DAY = datetime.time(23, 59)


def opportunity(builder, index, spec):
    """An opportunity under the catalogue, created once with its sessions and questions."""
    if index.get_children().filter(slug=fi(spec["slug"])).exists():
        return builder.child(index, OpportunityPage, spec)
    page = OpportunityPage(
        locale=index.locale,
        method=spec["method"],
        organiser=fi(spec["organiser"]),
        external_url=spec["external_url"],
        learn=fi(spec["learn"]),
        input_use=fi(spec["input_use"]),
        decision=fi(spec["decision"]),
        opens_at=moment(spec["opens_day"]),
        closes_at=moment(spec["closes_day"], END_OF_DAY),
        featured=spec["featured"],
        **page_fields(spec),
    )
    signup = spec["signup"]
    page.sessions = [session(builder, item, signup) for item in spec["sessions"]]
    page.signup_questions = [
        SignupQuestion(
            locale=builder.source,
            label=fi(question["label"]),
            help_text=fi(question["help_text"]),
            field_type=question["field_type"],
            required=question["required"],
        )
        for question in signup.get("questions", [])
    ]
    for field, value in builder.classified(spec).items():
        setattr(page, field, value)
    index.add_child(instance=page)
    page.save_revision().publish()
    builder.log(f"Created page: {page.title}")
    builder.translate.append((page, spec))
    return page


def session(builder, spec, signup):
    """A session with the places its sign-up gives; past sessions take no sign-up."""
    start = datetime.time.fromisoformat(spec["start"])
    end = datetime.time.fromisoformat(spec["end"])
    return OpportunitySession(
        locale=builder.source,
        starts_at=moment(spec["day"], start),
        ends_at=moment(spec.get("end_day", spec["day"]), end),
        venue=fi(spec["venue"]) if spec["venue"] else "",
        address=spec["address"],
        online_url=spec["online_url"],
        accessibility=fi(spec["accessibility"]) if spec["accessibility"] else "",
        capacity=signup.get("capacity") if spec["day"] > 0 else None,
        waitlist_capacity=signup.get("waitlist", 0),
        max_group_size=signup.get("max_group", 1),
    )


def outcome_fields(spec):
    return {
        "participants": spec["participants"],
        "heard": stream(spec["heard"]),
        "decided": stream(spec["decided"]),
        "decision_maker": fi(spec["decision_maker"]),
        "decision_url": spec["decision_url"],
        "status": spec["status"],
        "status_reason": fi(spec["status_reason"]),
        "timeline": [
            {"type": "entry", "value": {"date": date(entry["day"]).isoformat(), "text": fi(entry["text"])}}
            for entry in spec["timeline"]
        ],
    }
