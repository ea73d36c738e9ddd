"""Secret links in emails (cancel, confirm a vote, a private application): what they need everywhere.

The database keeps only a hash of each link's token, so a copy of the database opens
nothing; and the page a link opens never passes its address on to another site.
"""

import hashlib


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def keep_address_private(response):
    """Referrer-Policy for a page reached by a secret link.

    Not "no-referrer": browsers then send "Origin: null" with the page's own
    form, and CSRF protection rightly refuses it.
    """
    response["Referrer-Policy"] = "same-origin"
    return response
