"""The demo's illustrations (demo/images/*.png, drawn by tools/make_demo_images.py) as Wagtail images.

Each is added to the image library once, under its key, with a Finnish description as the default
text alternative; a page's spec gives its own text alternative in every language (``image_alt``).
"""

from pathlib import Path

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

DIRECTORY = Path(__file__).resolve().parent / "images"


def image(key, description):
    """The Wagtail image of the illustration `key`, added to the library on first use."""
    model = get_image_model()
    found = model.objects.filter(title=key).first()
    if found is not None:
        return found
    with (DIRECTORY / f"{key}.png").open("rb") as file:
        created = model(title=key, description=description, file=ImageFile(file, name=f"{key}.png"))
        created.save()
    return created
