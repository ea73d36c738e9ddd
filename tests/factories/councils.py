"""Councils' calls, statements and responses, and the staff of the councils' workspaces.

A call or statement is published unless built with `live=False`: then it is a
draft with its first revision saved, as an editor's "Save draft" leaves it.
Either way the factory returns the page as stored.
"""

import factory
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from councils.models import Ask, CallQuestion, ResponseMethod
from tests.staff import make_staff

from .pages import CouncilCallPageFactory, CouncilStatementPageFactory, in_days

# The question a call asks unless told otherwise, and the key its answers are stored under.
QUESTION_LABEL = "Mielipide"
QUESTION = "mielipide"


class _DraftOrPublished:
    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        if kwargs.get("live", True):
            page = super()._create_instance(model_class, parent, kwargs)
        else:
            page = model_class(**kwargs)
            parent.add_child(instance=page)
            page.save_revision()
        return model_class.objects.get(pk=page.pk)


class CallQuestionFactory(DjangoModelFactory):
    """Build only (`.build()`), then pass to a call's `form_fields`: a question belongs to its call."""

    label = factory.Sequence(lambda n: f"Kysymys {n}")
    field_type = "multiline"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fi"))

    class Meta:
        model = CallQuestion


class CallFactory(_DraftOrPublished, CouncilCallPageFactory):
    """A call asking for opinions on its own form for 30 more days, with one question (QUESTION)."""

    asks_for = Ask.OPINIONS
    response_method = ResponseMethod.FORM
    closes_at = factory.LazyFunction(lambda: in_days(30))
    form_fields = factory.LazyAttribute(
        lambda call: [CallQuestionFactory.build(label=QUESTION_LABEL, locale=call.parent.locale)]
    )


class StatementFactory(_DraftOrPublished, CouncilStatementPageFactory):
    """A council's statement dated today."""


class ResponseFactory(DjangoModelFactory):
    """A resident's response to a call (`page`), stored as the call's form stores it."""

    form_data = factory.LazyFunction(lambda: {QUESTION: "Lisää penkkejä, kiitos"})

    class Meta:
        model = FormSubmission


def group_member(group_name, username):
    """A staff member (two factors enrolled) whose every permission comes from the named group."""
    user = make_staff(username, superuser=False)
    user.user_permissions.clear()
    user.groups.add(Group.objects.get(name=group_name))
    return user
