"""A read-only panel for the page editor: the page's translation status in every language, with links."""

from wagtail.admin.panels import Panel

from . import status


class TranslationStatusPanel(Panel):
    """Shows the page's translation group from its source's point of view, in any language's editor.

    An unsaved page (the create view) has no translations yet and says so.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "translation_status/panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            row = status.row_for_page(page) if page is not None and page.pk else None
            language = page.locale.language_code if row is not None else ""
            context.update({"row": row, "language": language})
            return context
