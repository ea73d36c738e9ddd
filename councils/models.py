"""Councils' calls to residents and their statements, published under each council's network page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.forms import OpportunityPageForm
from core.links import validate_web_address
from core.models import BasePage, TranslatableQuestion
from core.panels import help_panel, page_tabs
from projects.choices import Method
from projects.models import OpportunityPage

from . import responses

# The response form's own address, in each language (a cached call page carries no CSRF token).
RESPOND_PATHS = {"fi": "vastaa/", "sv": "svara/", "en": "respond/"}


class Ask(models.TextChoices):
    OPINIONS = "opinions", _("Opinions")
    IDEAS = "ideas", _("Ideas")
    MEMBERS = "members", _("New members")
    PARTICIPANTS = "participants", _("Participants")
    OTHER = "other", _("Something else")


class ResponseMethod(models.TextChoices):
    FORM = "form", _("A form on this page")
    LINK = "link", _("A link to another service")
    EMAIL = "email", _("Email")


class CouncilCallPageForm(WagtailAdminFormPageForm, OpportunityPageForm):
    """FormMixin brings its own admin form (it checks the questions); keep the opportunity form's
    choosers in the page's language and checkboxes too."""


class CouncilCallPage(RoutablePageMixin, FormMixin, OpportunityPage):
    """A council's call to residents. It is an opportunity too: the catalogue and home page list it.

    The deadline is the opportunity's closing time. The response form (Wagtail's
    form builder) lives on its own address under the page.
    """

    base_form_class = CouncilCallPageForm
    asks_for = models.CharField(_("the council asks for"), max_length=20, choices=Ask.choices)
    response_method = models.CharField(
        _("how to respond"), max_length=10, choices=ResponseMethod.choices, default=ResponseMethod.FORM
    )
    response_url = models.URLField(_("response link"), blank=True, validators=[validate_web_address])
    response_email = models.EmailField(_("response email"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("asks_for"), FieldPanel("body")]
    taking_part_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("response_method"),
                FieldPanel("response_url"),
                FieldPanel("response_email"),
                InlinePanel("form_fields", label=_("Question")),
            ],
            heading=_("Responding"),
            help_text=_(
                "With “A form on this page” residents answer the questions below on the call's own "
                "response page until the deadline; the council's editors read the answers under Forms."
            ),
        ),
        help_panel(
            _(
                "Add a meeting or event when the council invites residents to meet it. A session with a "
                "number of places gets a sign-up form where residents register."
            )
        ),
        InlinePanel("sessions", heading=_("Meetings and events"), label=_("Session")),
    ]
    classification_panels = [FieldPanel("audiences"), FieldPanel("topics"), FieldPanel("areas")]
    organiser_panels = [FieldPanel("organiser"), FieldPanel("contacts")]
    edit_handler = page_tabs(
        content_panels,
        (_("Taking part"), taking_part_panels),
        (_("Classification"), classification_panels),
        (_("Organiser"), organiser_panels),
        promote=OpportunityPage.promote_panels,
        settings=BasePage.settings_panels,
    )
    # A call's form has no transparency answers (what the council asks for and how to respond say it),
    # and the council's page carries its contacts: publishing asks for nothing more.
    publish_checks = ()
    page_description = _(
        "A council's call to residents for opinions, ideas or members, with a deadline and a way to "
        "respond; goes under the council's network page."
    )
    # The call page itself, its response form (on its own address) and the thanks after responding.
    preview_modes = [("", _("Call page")), ("form", _("Response form")), ("landing", _("Thank-you page"))]
    override_translatable_fields = [
        *OpportunityPage.override_translatable_fields,
        SynchronizedField("response_url"),
        SynchronizedField("response_email"),
    ]
    parent_page_types = ["networks.NetworkPage"]
    subpage_types = []
    api_fields = [
        *OpportunityPage.api_fields,
        APIField("asks_for"),
        APIField("response_method"),
        APIField("response_url"),
        APIField("response_email"),
    ]
    template = "councils/council_call_page.html"
    landing_page_template = "councils/call_response_thanks.html"

    class Meta:
        verbose_name = _("council call")
        verbose_name_plural = _("council calls")

    def cache_dependent_paths(self):
        """Its council's calendar lists its sessions, in every language."""
        council = self.get_parent().specific.council
        if not council:
            return super().cache_dependent_paths()
        paths = super().cache_dependent_paths()
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                paths.append(reverse("calendars:council", args=[council]))
        return paths

    def clean(self):
        super().clean()
        if not self.closes_at:
            raise ValidationError({"closes_at": _("A call needs a deadline.")})
        if self.response_method == ResponseMethod.LINK and not self.response_url:
            raise ValidationError({"response_url": _("Give the address where people respond.")})
        if self.response_method == ResponseMethod.EMAIL and not self.response_email:
            raise ValidationError({"response_email": _("Give the address people send their response to.")})

    def save(self, *args, **kwargs):
        self.method = Method.COUNCIL_CALL
        return super().save(*args, **kwargs)

    @property
    def accepts_responses(self):
        now = timezone.now()
        opened = self.opens_at is None or self.opens_at <= now
        return (
            self.response_method == ResponseMethod.FORM
            and opened
            and bool(self.closes_at)
            and now < self.closes_at
        )

    @property
    def time_left(self):
        if self.closes_at and timezone.now() < self.closes_at:
            return self.closes_at - timezone.now()
        return None

    # The page itself: no form, so it can be cached like any page.
    @path("")
    def index_route(self, request, *args, **kwargs):
        return Page.serve(self, request, *args, **kwargs)

    @path(RESPOND_PATHS["fi"], name="respond-fi")
    @path(RESPOND_PATHS["sv"], name="respond-sv")
    @path(RESPOND_PATHS["en"], name="respond-en")
    def respond(self, request):
        return responses.respond(request, self)

    @path(RESPOND_PATHS["fi"] + "kiitos/", name="thanks-fi")
    @path(RESPOND_PATHS["sv"] + "tack/", name="thanks-sv")
    @path(RESPOND_PATHS["en"] + "thanks/", name="thanks-en")
    def thanks(self, request):
        return responses.thanks(request, self)

    def respond_url(self, name="respond"):
        return self.url + self.reverse_subpage(f"{name}-{self.locale.language_code}")

    def serve(self, request, *args, **kwargs):
        return RoutablePageMixin.serve(self, request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "form":
            return responses.preview_form(request, self)
        if mode_name == "landing":
            return responses.thanks(request, self)
        return Page.serve_preview(self, request, mode_name)


class CallQuestion(TranslatableQuestion):
    """A question of a call's response form."""

    page = ParentalKey(CouncilCallPage, related_name="form_fields", on_delete=models.CASCADE)

    class Meta(TranslatableQuestion.Meta):
        verbose_name = _("question")


class StatementKind(models.TextChoices):
    STATEMENT = "statement", _("Statement")
    MEETING_NOTES = "meeting-notes", _("Meeting notes")
    INITIATIVE = "initiative", _("Initiative")


class CouncilStatementPage(BasePage):
    """A council's statement (lausunto), initiative or meeting notes, so residents can follow its work."""

    kind = models.CharField(_("kind"), max_length=20, choices=StatementKind.choices)
    date = models.DateField(_("date"))
    addressee = models.CharField(
        _("to whom"), max_length=150, blank=True, help_text=_("For a statement: who asked for it.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("addressee"),
        FieldPanel("body"),
        FieldPanel("document"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("kind")]
    override_translatable_fields = [SynchronizedField("document")]
    parent_page_types = ["networks.NetworkPage"]
    subpage_types = []
    page_description = _(
        "A council's statement, initiative or meeting notes, so residents can follow its work; goes "
        "under the council's network page."
    )

    class Meta:
        verbose_name = _("council statement")
        verbose_name_plural = _("council statements")


class CouncilWorkspace(models.Model):
    """A council page whose workspace `manage.py setup_council_workspaces` has set up, once.

    Remembered so that the step never sets a page up again: what an admin then
    changes (or takes away) on the page's permissions and workflow stays so.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="+")
    set_up_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("council workspace")
        verbose_name_plural = _("council workspaces")

    def __str__(self):
        return str(self.page)
