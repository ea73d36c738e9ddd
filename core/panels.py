"""Building blocks of the page editor: tabs that follow the editor's task, help texts, the publish check box.

Wagtail builds Content | Promote | Settings from a page's ``content_panels``,
``promote_panels`` and ``settings_panels``; a page type with more to say gets
its own tabs between Content and Promote with :func:`page_tabs`. Whatever a
base class adds to those lists (``BasePage``'s summary, a status panel in
settings) appears in the tabs as before, because each page passes its lists in.
"""

from django.utils.functional import lazy
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList, TabbedInterface

PUBLISH_INCOMPLETE = "publish_incomplete"


def _paragraphs(*texts):
    # Escaped when rendered, in the language of the request: HelpPanel marks its content safe.
    return format_html_join("", "<p>{}</p>", ((text,) for text in texts))


paragraphs = lazy(_paragraphs, str)


def help_panel(*texts, heading=""):
    """A note for the editor: one paragraph per (translatable) text."""
    return HelpPanel(content=paragraphs(*texts), heading=heading, classname="help-block help-info")


def page_tabs(content, *tabs, promote, settings):
    """Content, then the page type's own tabs as (heading, panels), then Promote and Settings."""
    return TabbedInterface(
        [
            ObjectList(content, heading=_("Content")),
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(promote, heading=_("Promote")),
            ObjectList(settings, heading=_("Settings")),
        ]
    )


class PublishAnywayPanel(FieldPanel):
    """The "Publish without them" box, shown only after publishing was stopped for missing answers.

    The field itself belongs to ``core.forms.PublishChecksPageForm``; its error list says what is missing.
    """

    def __init__(self, field_name=PUBLISH_INCOMPLETE, **kwargs):
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return super().is_shown() and bool(getattr(self.form, "missing_before_publishing", None))
