"""The councils' calls and statements, under each council's network page."""

from wagtail.models import WorkflowState

from councils.models import CallQuestion, CouncilCallPage, CouncilStatementPage

from . import catalogue
from .fields import date, fi, moment, page_fields


def build(builder, councils):
    """Live calls and statements now; drafts and calls in moderation once the editors exist."""
    for spec in builder.content.council_calls:
        council = councils[spec["council"]]
        if spec["state"] == "live":
            builder.translate.append((call(builder, council, spec), spec))
        else:
            builder.unpublished.append((council, spec))
    for spec in builder.content.council_statements:
        fields = {"kind": spec["kind"], "date": date(spec["day"]), "addressee": fi(spec["addressee"])}
        builder.child(councils[spec["council"]], CouncilStatementPage, spec, **fields)


def call(builder, council, spec, editor=None):
    """A council's call, created once: published if live, otherwise a draft by the council's editor."""
    page = council.get_children().filter(slug=fi(spec["slug"])).specific().first()
    if page is not None:
        return page
    live = spec["state"] == "live"
    page = CouncilCallPage(
        locale=council.locale,
        live=live,
        owner=editor,
        asks_for=spec["asks_for"],
        response_method=spec["response_method"],
        response_url=spec["response_url"],
        response_email=spec["response_email"],
        organiser=fi(spec["organiser"]),
        opens_at=moment(spec["opens_day"]),
        closes_at=moment(spec["closes_day"], catalogue.END_OF_DAY),
        **page_fields(spec),
    )
    page.sessions = [catalogue.session(builder, session, spec["signup"]) for session in spec["sessions"]]
    page.form_fields = [
        CallQuestion(
            locale=builder.source,
            label=fi(question["label"]),
            help_text=fi(question["help_text"]),
            field_type=question["field_type"],
            required=question["required"],
            choices=fi(question["choices"]) if "choices" in question else "",
        )
        for question in spec["questions"]
    ]
    for field, value in builder.classified(spec).items():
        setattr(page, field, value)
    council.add_child(instance=page)
    # A draft shows in its editor's history, as if saved in the admin.
    revision = page.save_revision(user=editor, log_action=not live)
    if live:
        revision.publish()
    builder.log(f"Created {'page' if live else 'draft'}: {page.title}")
    return page


def unpublished_calls(builder, editors):
    """Drafts stay drafts; a call in moderation is submitted once, as its council's editor would."""
    for council, spec in builder.unpublished:
        editor = editors.get(spec["council"])
        page = call(builder, council, spec, editor)
        if spec["state"] != "moderation" or WorkflowState.objects.for_instance(page).exists():
            continue
        page.get_workflow().start(page, editor)
        builder.log(f"Submitted for approval: {page.title}")
