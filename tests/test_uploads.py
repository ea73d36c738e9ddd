"""Uploads: allow-listed types, size and pixel limits, documents always downloaded as attachments."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    return sign_in(client, make_staff())


def _png(width, height):
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def _upload(client, kind, name, content, content_type):
    """Upload through the admin's add form: kind is "documents" or "images"."""
    return client.post(
        f"/admin/{kind}/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def _upload_document(client, name, content, content_type):
    return _upload(client, "documents", name, content, content_type)


def _upload_image(client, name, content, content_type):
    return _upload(client, "images", name, content, content_type)


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("page.html", "text/html"),
        ("drawing.svg", "image/svg+xml"),
        ("script.js", "text/javascript"),
        ("tool.exe", "application/octet-stream"),
    ],
)
def test_documents_outside_the_allow_list_are_refused(staff_client, name, content_type):
    response = _upload_document(staff_client, name, b"<script>alert(1)</script>", content_type)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_document_model().objects.exists()


def test_documents_over_the_size_limit_are_refused(staff_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    _upload_document(staff_client, "minutes.pdf", b"%PDF-1.4" + b"0" * 2048, "application/pdf")
    assert not get_document_model().objects.exists()


def test_documents_are_served_as_attachments_with_nosniff(staff_client, client):
    response = _upload_document(staff_client, "notes.txt", b"Meeting notes", "text/plain")
    assert response.status_code == 302
    document = get_document_model().objects.get()
    served = client.get(document.url)
    assert b"".join(served.streaming_content) == b"Meeting notes"
    served.close()
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"


def test_svg_images_are_refused(staff_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    _upload_image(staff_client, "logo.svg", svg, "image/svg+xml")
    assert not get_image_model().objects.exists()


def test_images_with_too_many_pixels_are_refused(staff_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
    response = _upload_image(staff_client, "huge.png", _png(101, 100), "image/png")
    assert "file" in response.context["form"].errors
    assert not get_image_model().objects.exists()


def test_images_over_the_size_limit_are_refused(staff_client, settings):
    photo = _png(400, 400)
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(photo) - 1
    response = _upload_image(staff_client, "photo.png", photo, "image/png")
    assert "file" in response.context["form"].errors
    assert not get_image_model().objects.exists()


def test_a_reasonable_image_is_accepted(staff_client):
    assert _upload_image(staff_client, "photo.png", _png(40, 30), "image/png").status_code == 302
    assert get_image_model().objects.count() == 1
