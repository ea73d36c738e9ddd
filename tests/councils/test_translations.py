"""A council translates its own calls in wagtail-localize; only communications publish a translation."""

from urllib.parse import urlencode

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from networks.models import Council
from tests.councils.helpers import fresh, refused, submit, workflow_action
from tests.factories.councils import CallFactory

pytestmark = pytest.mark.django_db

SWEDISH_TITLE = "Sommarjobb för unga"


@pytest.fixture
def swedish_call(pages):
    """A published Finnish youth call and its unpublished Swedish translation, synced by wagtail-localize."""
    call = CallFactory(parent=pages[Council.YOUTH]["fi"], title="Nuorten kesätyöt")
    swedish_council = pages[Council.YOUTH]["sv"]
    source, _created = TranslationSource.get_or_create_from_instance(call)
    translation = Translation.objects.create(source=source, target_locale=swedish_council.locale)
    translation.save_target(publish=False)
    page = translation.get_target_instance()
    assert (page.get_parent().pk, page.live) == (swedish_council.pk, False)
    return page


def _translation(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


def _translate_title(staff, page, title):
    """Type a title into wagtail-localize's translation editor (it saves each string as it is typed)."""
    translation = _translation(page)
    segment = translation.source.stringsegment_set.get(context__path="title")
    return staff.client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": title}),
        content_type="application/x-www-form-urlencoded",
    )


def _publish_translation(staff, page, capture):
    # wagtail-localize publishes once the transaction commits.
    with capture(execute=True):
        return staff.client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})


def test_a_council_editor_can_translate_their_own_call(youth, swedish_call):
    assert youth.client.get(f"/admin/pages/{swedish_call.pk}/edit/").status_code == 200

    response = _translate_title(youth, swedish_call, SWEDISH_TITLE)

    assert response.status_code in (200, 201)
    assert StringTranslation.objects.filter(data=SWEDISH_TITLE, locale=swedish_call.locale).exists()


def test_a_council_editor_cannot_publish_their_translation(
    youth, swedish_call, django_capture_on_commit_callbacks
):
    _translate_title(youth, swedish_call, SWEDISH_TITLE)

    response = _publish_translation(youth, swedish_call, django_capture_on_commit_callbacks)

    assert refused(response)
    assert not fresh(swedish_call).live


def test_communications_publish_a_councils_translation(
    youth, communications, swedish_call, django_capture_on_commit_callbacks
):
    _translate_title(youth, swedish_call, SWEDISH_TITLE)

    response = _publish_translation(communications, swedish_call, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert (fresh(swedish_call).live, fresh(swedish_call).title) == (True, SWEDISH_TITLE)


def test_another_council_cannot_translate_the_call(elderly, swedish_call):
    assert refused(elderly.client.get(f"/admin/pages/{swedish_call.pk}/edit/"))
    assert refused(_translate_title(elderly, swedish_call, "Något annat"))
    assert not StringTranslation.objects.filter(data="Något annat").exists()


def test_a_translation_edited_by_hand_goes_through_approval(youth, communications, swedish_call):
    """After "Stop synced translation" the Swedish page is edited in Wagtail's own editor and submitted."""
    youth.client.post(f"/admin/localize/translate/{_translation(swedish_call).pk}/disable/", {})

    submit(youth, swedish_call, SWEDISH_TITLE)
    assert not fresh(swedish_call).live
    workflow_action(communications, swedish_call, "approve")

    assert (fresh(swedish_call).live, fresh(swedish_call).title) == (True, SWEDISH_TITLE)


def _convert_to_alias(staff, page, capture):
    with capture(execute=True):
        return staff.client.post(f"/admin/localize/page/{page.pk}/convert_to_alias/", {})


def test_a_council_editor_cannot_publish_their_translation_by_converting_it_to_an_alias(
    youth, swedish_call, django_capture_on_commit_callbacks
):
    """Converting copies the live status of the Finnish call: it would publish the Swedish page at once."""
    response = _convert_to_alias(youth, swedish_call, django_capture_on_commit_callbacks)

    assert refused(response)
    assert (fresh(swedish_call).live, fresh(swedish_call).alias_of_id) == (False, None)


def test_communications_can_convert_a_translation_to_an_alias(
    communications, swedish_call, django_capture_on_commit_callbacks
):
    response = _convert_to_alias(communications, swedish_call, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    finnish = swedish_call.get_translations().get(locale__language_code="fi")
    assert (fresh(swedish_call).live, fresh(swedish_call).alias_of_id) == (True, finnish.pk)


def test_only_publishers_are_offered_to_convert_a_translation_to_an_alias(
    youth, communications, swedish_call
):
    youth.client.post(f"/admin/localize/translate/{_translation(swedish_call).pk}/disable/", {})

    def offered(staff):
        response = staff.client.get(f"/admin/pages/{swedish_call.pk}/edit/")
        assert response.status_code == 200
        return 'name="localize-convert-to-alias"' in response.content.decode()

    assert (offered(youth), offered(communications)) == (False, True)
