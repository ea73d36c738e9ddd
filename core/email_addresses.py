"""One mailbox: the normal form of an email address, used only to find duplicates (votes, limits on mail).

The confirmation email always goes to the address exactly as the voter typed
it; the normal form is never written to anybody. It only feeds the keyed hash
(``models.email_digest``) that the database keeps unique per round, and the
domain that the working group's cluster view groups votes by.

Two spellings that reach the same mailbox must give the same normal form, and
two different mailboxes must not. Beyond what every mail system does, a rule is
applied only to the providers that document it, since elsewhere
``john+smith@company.example`` may well be somebody else's mailbox than
``john@company.example`` (RFC 5321 §2.4: the local part is the receiving host's
business). Plus addressing on such domains can therefore give one person more
than one vote; the working group sees it in the cluster view (``vote_clusters``).
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.encoding import punycode
from post_office.validators import validate_email_with_name

# Providers whose rules we apply, and where each provider documents them:
# - Gmail: dots in the name do not matter, "+anything" is ignored, and googlemail.com is the same
#   mailbox as gmail.com (Google's help: "Dots don't matter in Gmail addresses", support.google.com/
#   mail/answer/7436150; "Create task-specific email addresses", answer/12096).
# - Outlook.com (outlook.com, hotmail.com, live.com, msn.com and the Finnish hotmail.fi, live.fi):
#   "+anything" is ignored (plus addressing, RFC 5233 subaddressing); dots do matter.
# - iCloud Mail (icloud.com, me.com, mac.com): "+anything" is ignored. me.com and mac.com are kept
#   apart from icloud.com: only some accounts have all three (support.apple.com/118230).
# - Fastmail (fastmail.com, fastmail.fm): "+anything" is ignored, and subdomain addressing sends
#   anything@name.fastmail.com to name@fastmail.com (fastmail.help/hc/en-us/articles/360060591053).
# - Proton Mail (proton.me, protonmail.com, protonmail.ch, pm.me): "+anything" is ignored
#   (proton.me/support/creating-aliases). Whether dots matter is not documented: they are kept.
#   pm.me is kept apart from the others: the short address has to be switched on by its owner.
# Finnish operators (Elisa, Telia, DNA...) document no such rules: their addresses are left as typed.
DOMAIN_ALIASES = {"googlemail.com": "gmail.com"}
DOTS_IGNORED = {"gmail.com"}
PLUS_TAGS = {
    "gmail.com",
    *("outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.fi", "live.fi"),
    *("icloud.com", "me.com", "mac.com"),
    *("fastmail.com", "fastmail.fm"),
    *("proton.me", "protonmail.com", "protonmail.ch", "pm.me"),
}
SUBDOMAIN_ADDRESSING = {"fastmail.com", "fastmail.fm"}

# RFC 5321 §4.1.2: quoted-pairSMTP is a backslash followed by any printable ASCII character.
QUOTED_PAIR = re.compile(r"\\([\x20-\x7e])")


def normal_domain(domain):
    """Lower case and IDNA (punycode), as mail routing sees it: "Pöö.FI" and "xn--p-0gaa.fi" are one."""
    domain = domain.strip().lower()
    try:
        return punycode(domain).lower()
    except UnicodeError:  # a label too long or empty: the form refuses these; never fail here
        return domain


def unquote_local(local):
    """The content of a quoted local part: '"voter.one"' is 'voter.one' (RFC 5322 §3.2.4, RFC 5321 §4.1.2).

    The quotes and the backslashes of quoted pairs are not part of the name, so
    ``"voter.one"@example.org`` is the same mailbox as ``voter.one@example.org``.
    """
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        return QUOTED_PAIR.sub(r"\1", local[1:-1])
    return local


def split(address):
    """(local part, domain) of an address; the last "@" separates them, as a quoted name may hold one."""
    local, _at, domain = address.strip().rpartition("@")
    return local, domain


def normalise(address):
    """The normal form of an address, for finding duplicates only (see the module's docstring).

    1. The domain in lower case and IDNA form; googlemail.com becomes gmail.com.
    2. A quoted local part unquoted.
    3. The local part in lower case: practically every provider treats names
       case-insensitively, although RFC 5321 allows otherwise.
    4. Known providers' own rules: "+tag" dropped where the provider ignores it,
       dots dropped for Gmail, Fastmail's subdomain addressing resolved.
    """
    local, domain = split(address)
    local, domain = unquote_local(local).lower(), normal_domain(domain)
    domain = DOMAIN_ALIASES.get(domain, domain)
    name, _dot, parent = domain.partition(".")
    if parent in SUBDOMAIN_ADDRESSING and name:
        local, domain = name, parent
    if domain in PLUS_TAGS:
        local = local.split("+", 1)[0]
    if domain in DOTS_IGNORED:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def domain_of(address):
    """The normal domain of an address: what the working group's cluster view groups votes by."""
    return normalise(address).rpartition("@")[2]


def validate_sendable(address):
    """Refuse the rare address that Django's EmailField accepts but that we could not store or send to.

    The outbox (django-post-office) reads ``"a<b>c"@example.org`` as a display
    name and the address ``b``, and refuses it; a domain of international
    characters may have no IDNA form (a label over 63 characters once encoded)
    or one longer than DNS allows (253 characters).
    """
    validate_email_with_name(address)
    try:
        ascii_domain = punycode(split(address)[1])
    except UnicodeError:
        ascii_domain = None
    if not ascii_domain or len(ascii_domain) > 253:
        raise ValidationError(validate_email.message, code=validate_email.code)
