"""What higher apps add to a lower app's pages, without the lower app importing them.

A network page lists its council's calls, the outcomes page lists wellbeing money
reports: the apps that own those things sit above the page's app (README, "Layers").
They register a contribution for a page class in their ``AppConfig.ready()``; the
page calls ``contribute`` at the end of its ``get_context`` and knows only this interface.
"""

_contributions = []


def contributes_to(page_class):
    """Decorator: ``function(page, request, context)`` returns what to add to that page type's context."""

    def register(function):
        _contributions.append((page_class, function))
        return function

    return register


def contribute(page, request, context):
    """Add every registered contribution for this page's type (subclasses included) to its context."""
    for page_class, function in _contributions:
        if isinstance(page, page_class):
            context.update(function(page, request, context))
    return context
