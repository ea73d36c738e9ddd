"""Page images in listings: one query for the images and one for their renditions, whatever the count."""


def with_card_images(pages):
    """`pages` with each page's image and the image's renditions fetched in bulk (no query per card)."""
    return pages.select_related("image").prefetch_related("image__renditions")
