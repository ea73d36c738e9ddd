"""Participation opportunities, their catalogue and their sessions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import navigation, page_context
from core.blocks import BodyBlock
from core.forms import OpportunityPageForm
from core.links import validate_web_address
from core.localization import localized, page_contacts
from core.models import BasePage, TranslatableQuestion
from core.panels import PublishAnywayPanel, help_panel, page_tabs

from .. import structured_data
from ..api_fields import SessionsField, TermNamesField
from ..availability import for_sessions
from ..choices import DEADLINE_LABELS, Method, Status
from ..status import OpportunityQuerySet, status_of
from .outcomes import OutcomePage
from .terms import Audience, CityArea, Topic


class OpportunityPage(BasePage):
    """One way to take part: a workshop, dialogue, survey, pilot and so on."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    method = models.CharField(_("method"), max_length=30, choices=Method.choices)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    areas = ParentalManyToManyField(CityArea, verbose_name=_("city areas"), blank=True)
    audiences = ParentalManyToManyField(Audience, verbose_name=_("audiences"), blank=True)
    organiser = models.CharField(_("organising unit"), max_length=120, blank=True)
    contacts = ParentalManyToManyField("core.ContactPerson", verbose_name=_("contact people"), blank=True)
    external_url = models.URLField(
        _("external service"),
        blank=True,
        validators=[validate_web_address],
        help_text=_("If people take part on another service (for example a survey elsewhere), its address."),
    )
    opens_at = models.DateTimeField(
        _("participation opens"),
        null=True,
        blank=True,
        help_text=_("When sign-up or answering opens. Empty: open as soon as the page is published."),
    )
    closes_at = models.DateTimeField(
        _("participation closes"),
        null=True,
        blank=True,
        help_text=_("Deadline for signing up or answering. Empty: open until the last session."),
    )
    reminder_hours = models.PositiveSmallIntegerField(
        _("reminder, hours before"),
        default=24,
        help_text=_("People who signed up are emailed a reminder this many hours before a session. 0: none."),
    )
    featured = models.BooleanField(_("feature on the home page"), default=False)
    learn = models.TextField(_("what the city wants to learn or decide"), blank=True)
    input_use = models.TextField(_("how residents' input will be used"), blank=True)
    decision = models.TextField(_("who decides and when"), blank=True)
    # Derived from the sessions and the deadline on save, for filtering and sorting in SQL.
    starts_at = models.DateTimeField(null=True, editable=False)
    ends_at = models.DateTimeField(null=True, editable=False)

    objects = PageManager.from_queryset(OpportunityQuerySet)()

    content_panels = [
        PublishAnywayPanel(),
        *BasePage.content_panels,
        FieldPanel("method"),
        FieldPanel("body"),
    ]
    taking_part_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("external_url")],
            heading=_("When participation is open"),
        ),
        help_panel(
            _(
                "Sessions are the dates and places where people take part. A session with a number of "
                "places gets a sign-up form of its own: residents register there, and you see them under "
                "Sign-ups in the admin menu. Leave the places empty when no sign-up is needed."
            ),
            heading=_("Sessions and sign-up"),
        ),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session")),
        MultiFieldPanel(
            [FieldPanel("reminder_hours"), InlinePanel("signup_questions", label=_("Question"))],
            heading=_("Sign-up"),
            help_text=_(
                "Extra questions on the sign-up form, after name, contact details and accessibility."
            ),
        ),
    ]
    transparency_panels = [
        help_panel(
            _(
                "The participation model promises residents three answers before they take part: what "
                "the city wants to learn or decide, how their input will be used, and who decides and "
                "when. They are shown together on the page, with the contact people. Publishing without "
                "them asks you to confirm."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "learn",
                    help_text=_("For example: which of three plans for the park residents prefer, and why."),
                ),
                FieldPanel(
                    "input_use",
                    help_text=_(
                        "For example: the answers are summarised for the planners, and the summary is "
                        "published on the outcomes page."
                    ),
                ),
                FieldPanel(
                    "decision",
                    help_text=_("Who makes the decision and when, for example: the city board in May 2030."),
                ),
            ],
            heading=_("Openness: what, how and who decides"),
        ),
        MultiFieldPanel([FieldPanel("organiser"), FieldPanel("contacts")], heading=_("Organiser")),
    ]
    classification_panels = [
        help_panel(_("Residents filter the catalogue by these. Choose every one that fits.")),
        FieldPanel("topics"),
        FieldPanel("areas"),
        FieldPanel("audiences"),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("featured")]
    edit_handler = page_tabs(
        content_panels,
        (_("Taking part"), taking_part_panels),
        (_("Transparency"), transparency_panels),
        (_("Classification"), classification_panels),
        promote=promote_panels,
        settings=BasePage.settings_panels,
    )
    # Fields the participation model promises residents; publishing without them asks to confirm.
    publish_checks = ("learn", "input_use", "decision", "contacts")
    page_description = _(
        "A way to take part (workshop, survey, dialogue…) with its sessions and sign-up; "
        "goes under the opportunity catalogue."
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("learn"),
        index.FilterField("method"),
    ]
    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("areas"),
        SynchronizedField("audiences"),
        SynchronizedField("contacts"),
    ]
    parent_page_types = ["projects.OpportunityIndexPage"]
    subpage_types = []
    base_form_class = OpportunityPageForm
    api_fields = [
        APIField("intro"),
        APIField("easy_read_summary"),
        APIField("method"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("external_url"),
        APIField("organiser"),
        APIField("learn"),
        APIField("input_use"),
        APIField("decision"),
        APIField("topics", serializer=TermNamesField()),
        APIField("areas", serializer=TermNamesField()),
        APIField("audiences", serializer=TermNamesField()),
        APIField("sessions", serializer=SessionsField()),
    ]

    class Meta:
        verbose_name = _("participation opportunity")
        verbose_name_plural = _("participation opportunities")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Participation must close after it opens.")})

    def save(self, *args, **kwargs):
        sessions = list(self.sessions.all())
        self.starts_at = min((session.starts_at for session in sessions), default=self.opens_at)
        ends = [session.ends_at for session in sessions if session.ends_at] + [self.closes_at]
        self.ends_at = max((end for end in ends if end), default=None)
        return super().save(*args, **kwargs)

    @property
    def status(self):
        return status_of(self, timezone.now())

    @property
    def deadline_label(self):
        """What the deadline is: sign-up closes before sessions that come after it; otherwise by method."""
        if self.closes_at and self.ends_at and self.closes_at < self.ends_at:
            return _("Sign-up closes")
        return DEADLINE_LABELS.get(self.method, _("Participation closes"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sessions = list(self.sessions.all())
        availability = for_sessions(sessions)
        for session in sessions:
            session.availability = availability[session.translation_key]
        context.update(
            glance=self.at_a_glance(sessions),
            sessions=sessions,
            events=structured_data.events(self, sessions, request),
            contacts=page_contacts(request, self, "contacts"),
            **navigation.page_data(request, self, "linked", self.linked_content),
        )
        return page_context.contribute(self, request, context)

    def linked_content(self):
        """Its terms in the visitor's language, and the outcome reporting on it."""
        return {
            "topics": localized(self.topics.all()),
            "areas": localized(self.areas.all()),
            "audiences": localized(self.audiences.all()),
            "outcome": self.outcome(),
        }

    def at_a_glance(self, sessions):
        """The next session and where to sign up, for the summary at the top of the page."""
        now = timezone.now()
        coming = sorted(
            (s for s in sessions if not s.cancelled and s.ends_at >= now), key=lambda s: s.starts_at
        )
        open_for_signup = [s for s in coming if s.availability.accepts]
        return {
            "next_session": coming[0] if coming else None,
            "other_sessions": len(coming) - 1 if coming else 0,
            "signup_session": open_for_signup[0] if len(open_for_signup) == 1 else None,
            "choose_session": len(open_for_signup) > 1,
            "drop_in": bool(coming) and not any(s.takes_registrations for s in coming),
            "closed": self.status == Status.CLOSED,
        }

    def cache_dependent_paths(self):
        """Its calendar file and its sessions' calendar files, in every language."""
        session_keys = list(self.sessions.values_list("translation_key", flat=True))
        paths = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                paths.append(reverse("calendars:opportunity", args=[self.translation_key]))
                paths.extend(reverse("calendars:session", args=[key]) for key in session_keys)
        return paths

    def outcome(self):
        """The live outcome page that reports on this opportunity, in the visitor's language."""
        reporting = OutcomePage.objects.filter(opportunities__translation_key=self.translation_key)
        versions = list(
            OutcomePage.objects.live()
            .filter(translation_key__in=reporting.values("translation_key"))
            .select_related("locale")
            .order_by("-first_published_at")
        )
        language = translation.get_language()
        return next((page for page in versions if page.locale.language_code == language), None) or next(
            iter(versions), None
        )


class OpportunitySession(TranslatableMixin, Orderable):
    """A date and place of an opportunity. Times are shared by every language; texts are translated."""

    page = ParentalKey(OpportunityPage, related_name="sessions", on_delete=models.CASCADE)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(
        _("venue"), max_length=150, blank=True, help_text=_("Empty for online sessions.")
    )
    address = models.CharField(_("address"), max_length=150, blank=True)
    online_url = models.URLField(_("online link"), blank=True, validators=[validate_web_address])
    accessibility = models.TextField(
        _("accessibility of the venue"),
        blank=True,
        help_text=_("Step-free access, induction loop, accessible toilet, parking, quiet room…"),
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no sign-up for this session.")
    )
    waitlist_capacity = models.PositiveIntegerField(
        _("waitlist places"), default=0, help_text=_("0: no waitlist.")
    )
    max_group_size = models.PositiveSmallIntegerField(
        _("largest group"),
        default=1,
        help_text=_(
            "People one person may sign up, themselves included. A personal assistant takes no place."
        ),
    )
    registration_opens_at = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("sign-up closes"), null=True, blank=True, help_text=_("Empty: when the session starts.")
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Publishing a cancellation emails everyone who signed up, with a calendar cancellation."),
    )

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("venue"),
        FieldPanel("address"),
        FieldPanel("online_url"),
        FieldPanel("accessibility"),
        FieldRowPanel(
            [FieldPanel("capacity"), FieldPanel("waitlist_capacity"), FieldPanel("max_group_size")]
        ),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        FieldPanel("cancelled"),
    ]
    override_translatable_fields = [SynchronizedField("address"), SynchronizedField("online_url")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("session")
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})
        if self.max_group_size < 1:
            raise ValidationError({"max_group_size": _("A group has at least one person.")})
        if not (self.venue or self.online_url):
            raise ValidationError({"venue": _("Give a venue, an online link, or both.")})

    @property
    def takes_registrations(self):
        return self.capacity is not None

    def registration_open(self, now):
        """Sign-up is open between its opening time (or always) and its closing time (or the start)."""
        closes = self.registration_closes_at or self.starts_at
        opened = self.registration_opens_at is None or self.registration_opens_at <= now
        return self.takes_registrations and not self.cancelled and opened and now < closes


class SignupQuestion(TranslatableQuestion):
    """An extra question on an opportunity's sign-up form (Wagtail's form builder field)."""

    page = ParentalKey(OpportunityPage, related_name="signup_questions", on_delete=models.CASCADE)

    class Meta(TranslatableQuestion.Meta):
        verbose_name = _("sign-up question")
