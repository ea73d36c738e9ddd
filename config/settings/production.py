"""Production: everything secret or site-specific comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, REDIS_URL,
EMAIL_HOST, DEFAULT_FROM_EMAIL, WAGTAILADMIN_BASE_URL (https), ERROR_EMAIL
(comma-separated). Optional: EMAIL_PORT (587), EMAIL_HOST_USER,
EMAIL_HOST_PASSWORD, EMAIL_USE_TLS (true), SERVER_EMAIL, CONN_MAX_AGE,
TRUSTED_PROXY_COUNT (1), GUNICORN_BIND (127.0.0.1:8000), GUNICORN_FIREWALLED,
SECURITY_CONTACT. The settings refuse to start when one is missing or they contradict each other.
"""

import ipaddress
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email

from .base import *  # noqa: F403

REQUIRED = [
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_HOST",
    "DEFAULT_FROM_EMAIL",
    "WAGTAILADMIN_BASE_URL",
    "ERROR_EMAIL",
]
missing = [name for name in REQUIRED if not os.environ.get(name, "").strip()]
if missing:
    raise ImproperlyConfigured("Production settings need these environment variables: " + ", ".join(missing))


def _is_loopback_host(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _only_this_host_can_connect(bind):
    """True when every address in GUNICORN_BIND is a loopback address or a Unix socket."""
    for address in bind.replace(",", " ").split():
        if address.startswith(("unix:", "fd://")):
            continue
        if address.startswith("["):
            host = address[1 : address.find("]")]
        elif address.count(":") == 1:
            host = address.split(":")[0]
        else:
            host = address
        if not _is_loopback_host(host):
            return False
    return True


# --- The visitor's address (security/client_ip.py) -------------------------------
# The same default as config/gunicorn.py: only a proxy on this host can connect.
GUNICORN_BIND = os.environ.get("GUNICORN_BIND", "").strip() or "127.0.0.1:8000"
TRUSTED_PROXY_COUNT = whole_number_from_env("TRUSTED_PROXY_COUNT", "1")  # noqa: F405
GUNICORN_FIREWALLED = os.environ.get("GUNICORN_FIREWALLED", "").strip().lower() == "true"
if _only_this_host_can_connect(GUNICORN_BIND):
    if TRUSTED_PROXY_COUNT == 0:
        raise ImproperlyConfigured(
            f"gunicorn listens only on this host ({GUNICORN_BIND}), so every request comes through a "
            "proxy, but TRUSTED_PROXY_COUNT is 0: all visitors would share the proxy's address for "
            "sign-in lockouts and form rate limits. Set TRUSTED_PROXY_COUNT to the number of proxies."
        )
elif TRUSTED_PROXY_COUNT and not GUNICORN_FIREWALLED:
    raise ImproperlyConfigured(
        f"TRUSTED_PROXY_COUNT is {TRUSTED_PROXY_COUNT} but gunicorn listens on {GUNICORN_BIND} "
        "(GUNICORN_BIND), which other hosts can reach: anyone connecting directly could write their "
        "own X-Forwarded-For and escape the sign-in lockout and the form rate limits. Bind to "
        "127.0.0.1, or set GUNICORN_FIREWALLED=true if a firewall lets only the proxy connect."
    )

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [host.strip() for host in os.environ["ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS]

CACHES = {
    "default": {
        "BACKEND": "core.cache.SharedRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
}

EMAIL_HOST = os.environ["EMAIL_HOST"]
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ["DEFAULT_FROM_EMAIL"]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_TIMEOUT = 10


def _error_recipients():
    addresses = [part.strip() for part in os.environ["ERROR_EMAIL"].split(",") if part.strip()]
    if not addresses:
        raise ImproperlyConfigured("ERROR_EMAIL needs at least one email address.")
    for address in addresses:
        try:
            validate_email(address)
        except ValidationError as error:
            message = f"ERROR_EMAIL holds something that is not an email address: {address!r}."
            raise ImproperlyConfigured(message) from error
    return [("Osallistu Pori", address) for address in addresses]


# Server errors are mailed to a person, with the privacy-safe report (security/reporting.py).
# Straight over SMTP, not through the outbox: the outbox lives in the database, and a
# database outage is the error people most need to hear about.
ADMINS = _error_recipients()
EMAIL_SUBJECT_PREFIX = "[Osallistu Pori] "
LOGGING = {
    **LOGGING,  # noqa: F405
    "handlers": {
        **LOGGING["handlers"],  # noqa: F405
        "mail_admins": {
            "level": "ERROR",
            "class": "django.utils.log.AdminEmailHandler",
            "email_backend": "django.core.mail.backends.smtp.EmailBackend",
        },
    },
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "django.request": {"handlers": ["console", "mail_admins"], "level": "WARNING", "propagate": False},
        "django.security": {"handlers": ["console", "mail_admins"], "level": "WARNING", "propagate": False},
        # Bots send wrong Host headers all day: the console is enough for those.
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}


def _admin_base_url():
    """The public https address for links in emails; never the development default."""
    url = os.environ["WAGTAILADMIN_BASE_URL"].strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or _is_loopback_host(parts.hostname):
        raise ImproperlyConfigured(
            f"WAGTAILADMIN_BASE_URL must be the site's public https address, not {url!r}."
        )
    return url


WAGTAILADMIN_BASE_URL = _admin_base_url()
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# HTTPS is terminated by the reverse proxy in front of gunicorn.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# The load balancer probes health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The __Host- prefix binds the cookies to this exact host, HTTPS and path "/".
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}  # noqa: F405
}
ADMIN_CONTENT_SECURITY_POLICY = {**ADMIN_CONTENT_SECURITY_POLICY, "upgrade-insecure-requests": True}  # noqa: F405

# Wagtail's background work runs beside the requests, in `manage.py db_worker` on every app server
# (README, "Running at scale"); finished tasks are pruned daily by `manage.py run_jobs`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Sessions are read from Redis and written through to PostgreSQL: every app server shares them, and
# a Redis restart signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# `manage.py migrate` gives up rather than queue the site behind a lock (core/migration_timeouts.py).
MIGRATION_LOCK_TIMEOUT = os.environ.get("MIGRATION_LOCK_TIMEOUT", "5s")
MIGRATION_STATEMENT_TIMEOUT = os.environ.get("MIGRATION_STATEMENT_TIMEOUT", "60s")
