"""Sign-ups: workshops whose sessions take them, the people who sign up, and the editors of a page.

A registration is made through `signups.services.register`, as the public form
and the organisers' form make it, so its place or waitlist place, its
confirmation email and its cancel link follow the real rules.
"""

import factory
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from projects.models import OpportunityIndexPage, SignupQuestion
from signups import services
from signups.models import Registration
from tests.staff import make_staff

from .pages import OpportunityPageFactory, OpportunitySessionFactory, in_days


class SignupSessionFactory(OpportunitySessionFactory):
    """A session in five days taking sign-ups: 3 places, 2 waitlist places, groups of up to 3."""

    starts_at = factory.LazyFunction(lambda: in_days(5, 17))
    capacity = 3
    waitlist_capacity = 2
    max_group_size = 3


class SignupQuestionFactory(factory.django.DjangoModelFactory):
    """Build only (`.build()`), then pass to `signup_workshop(questions=...)`: it belongs to its page."""

    label = factory.Sequence(lambda n: f"Kysymys {n}")
    field_type = "singleline"

    class Meta:
        model = SignupQuestion


def finnish_catalogue():
    return OpportunityIndexPage.objects.get(locale__language_code="fi")


def signup_workshop(title, *, parent=None, sessions=None, questions=(), **places):
    """A published Finnish workshop with one session taking sign-ups (`places` override its fields), or
    with the `sessions` given; its extra sign-up questions (labels or built questions) are in the
    published revision too, in the order given, as the editor's form saves them."""
    sessions = sessions or [SignupSessionFactory.build(**places)]
    questions = [
        question if isinstance(question, SignupQuestion) else SignupQuestionFactory.build(label=question)
        for question in questions
    ]
    for children in (sessions, questions):
        for order, child in enumerate(children):
            child.sort_order = order
    return OpportunityPageFactory(
        parent=parent or finnish_catalogue(), title=title, sessions=sessions, signup_questions=questions
    )


class RegistrationFactory(factory.Factory):
    """Resident `number` signs up for `session`: `RegistrationFactory(session=s, number=1, group_size=2)`
    is Asukas 1 at asukas1@example.fi. Any of `services.register`'s details may be given."""

    class Meta:
        model = Registration

    class Params:
        number = factory.Sequence(lambda n: n + 100)

    session = None
    name = factory.LazyAttribute(lambda registration: f"Asukas {registration.number}")
    email = factory.LazyAttribute(lambda registration: f"asukas{registration.number}@example.fi")
    language = "fi"

    @classmethod
    def _create(cls, model_class, session, **details):
        return services.register(session, **details).registration

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        raise NotImplementedError("a registration exists only once it is made: use RegistrationFactory(...)")


def page_editor(page, username="page-editor"):
    """Staff, not a superuser, whose group may edit `page` and the pages below it."""
    group = Group.objects.create(name=f"{username} group")
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    user = make_staff(username, superuser=False)
    user.groups.add(group)
    return user
