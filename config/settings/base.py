"""Settings shared by every environment.

The project's top-level ``site/`` folder holds templates and static files but is
not a Python package: the standard library's ``site`` module owns that name.
Settings, URLs and the WSGI entry point therefore live in ``config``.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


def whole_number_from_env(name, default):
    """An environment variable that must be 0, 1, 2…; empty means the default."""
    raw = os.environ.get(name, "").strip() or default
    if not raw.isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number (0, 1, 2…), not {raw!r}.")
    return int(raw)


BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"

INSTALLED_APPS = [
    "core",
    "home",
    "participation_model",
    "projects",
    "networks",
    "signups",
    "councils",
    "wellbeing",
    "search",
    "security",
    "translation_status",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "post_office",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # The demo content builds on every app above, so it comes last.
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "security.client_ip.ForwardedForCheckMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "security.middleware.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Sees the final headers (cookies, Vary) of everything below it.
    "core.page_cache.SharedCacheMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "security.middleware.SearchQueryLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.StaffPagesArePrivateMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "security.middleware.SessionLifetimeMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.routing.CachedRouteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL (for example
# postgres://user@127.0.0.1:5432/osallistu) switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast rather than hang when the database is unreachable.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The threaded dev server writes from several threads at once. A write-ahead log lets readers
    # go on while one writes; IMMEDIATE transactions take the write lock at BEGIN, so a writer
    # waits (up to busy_timeout) instead of failing with "database is locked" when a read
    # transaction cannot upgrade; and they serialise sign-ups, so places are never overbooked.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        transaction_mode="IMMEDIATE",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Repeated characters, keyboard rows, and Finnish, Swedish and Pori words (security/passwords.py).
    {"NAME": "security.passwords.PatternPasswordValidator"},
    {"NAME": "security.passwords.CommonWordPasswordValidator"},
]

# Languages: Finnish is the default. Every language, Finnish included, has its
# own URL prefix (/fi/, /sv/, /en/); "/" redirects to the visitor's language.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A translation starts as a draft: nothing goes live in Swedish or English until someone
# publishes it translated (wagtail-localize would otherwise publish the Finnish text at once).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Web addresses in plain ASCII in every language: the admin writes "ä" as "a", "å" as "a".
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Each staff member picks the admin's language under Account: one of the site's three.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's own messages first; then fixes for Wagtail's and wagtail-localize's missing Finnish and
# Swedish admin translations (locale/wagtail_overrides/; reported upstream). Both win over the apps' own.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail_overrides"]
TIME_ZONE = "Europe/Helsinki"
FORMAT_MODULE_PATH = ["config.formats"]  # English dates in the European way
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
# Uploaded images and documents; on several app servers a folder they all mount (README, "Running at scale").
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
    # Email attachments waiting in the outbox: private, never served.
    "outbox": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": os.environ.get("OUTBOX_ROOT") or BASE_DIR / "var" / "outbox"},
    },
    # Files that applicants attach to wellbeing money applications: private, never served.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": os.environ.get("PRIVATE_MEDIA_ROOT") or BASE_DIR / "var" / "private"},
    },
}

# Wagtail's page editor can post many fields at once.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Osallistu Pori"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# No Gravatar: it would send a hash of every editor's email address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No call to releases.wagtail.org from editors' browsers; upgrades are tracked through requirements.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The public API: at most 100 items a request; absolute links on the public host.
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# One database search backend; on PostgreSQL it stems each language with its own
# configuration (search/backends.py). SQLite gets Wagtail's plain database backend.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIG": "finnish",
        "LANGUAGE_CONFIGS": {"fi": "finnish", "sv": "swedish", "en": "english"},
    }
}

# Uploads: documents from an allow-list (never HTML or SVG), always downloaded
# as attachments through Django, so nothing uploaded runs in the site's origin.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# --- Security -----------------------------------------------------------------
ADMIN_URL_PREFIX = "/admin/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Staff sign-in: a second factor (TOTP or a recovery code) before any admin URL.
ADMIN_REQUIRE_TWO_FACTOR = True
OTP_TOTP_ISSUER = "Osallistu Pori"

# Five wrong passwords for one username from one address lock that pair for
# 15 minutes; the same user elsewhere can still sign in.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True  # no log of successful sign-ins: only failures, kept until the cool-off ends
AXES_CLIENT_IP_CALLABLE = "security.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_VERBOSE = False
# How many reverse proxies add to X-Forwarded-For (security/client_ip.py). None while developing;
# production defaults to one (nginx on the same host) and checks it against GUNICORN_BIND.
TRUSTED_PROXY_COUNT = whole_number_from_env("TRUSTED_PROXY_COUNT", "0")

# Sessions end after 30 minutes idle and 8 hours in all.
# How long the shared page cache in front (Varnish, config/varnish/) may keep an anonymous visitor's
# page (core/page_cache.py). Publishing purges at once; this bounds what time alone changes.
PAGE_CACHE_SECONDS = whole_number_from_env("PAGE_CACHE_SECONDS", "300")
# Purges go to the cache at VARNISH_URL (for example http://127.0.0.1:6081); without it, none are sent.
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.page_cache.VarnishBackend", "LOCATION": os.environ["VARNISH_URL"]}
    }
# Wagtail's background work (the reference index, purges of the page cache, image focal points):
# at once, inside the request, here; production queues it in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Translations have their own slugs: core.page_cache purges each by its own address.
WAGTAILFRONTENDCACHE_LANGUAGES = []

SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_ABSOLUTE_AGE = 8 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Headers. HSTS is sent only over HTTPS, so it is harmless in development.
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview sets SAMEORIGIN on its own responses
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin still needs inline scripts and styles.
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
}

SEARCH_QUERY_MAX_LENGTH = 200

# Registrations are anonymised this many days after their session ends.
SIGNUP_RETENTION_DAYS = int(os.environ.get("SIGNUP_RETENTION_DAYS", "30"))
# Posts of the public forms (sign-up, call responses, theme vote, applications): "100/5m" is
# 100 posts in the five minutes after the first (security/ratelimit.py). Per client address and
# form: a room of 40 people on one Wi-Fi, each with a mistake or two, stays under 100.
PUBLIC_FORM_RATE_LIMIT = os.environ.get("PUBLIC_FORM_RATE_LIMIT", "100/5m")
# Per client address and target (one session, call, round or application): that room signing
# up for one session, with half of them correcting a mistake; a script is stopped at 60.
PUBLIC_FORM_TARGET_RATE_LIMIT = os.environ.get("PUBLIC_FORM_TARGET_RATE_LIMIT", "60/5m")
# Per mailbox and form, from any address: a person signs up for a few sessions and fixes a
# typo or two; a script sending the form to one address from many machines is stopped.
PUBLIC_FORM_EMAIL_RATE_LIMIT = os.environ.get("PUBLIC_FORM_EMAIL_RATE_LIMIT", "10/h")
# Emails that public forms may trigger to one mailbox, all forms together (security/mail_limits.py).
EMAILS_PER_ADDRESS_PER_HOUR = int(os.environ.get("EMAILS_PER_ADDRESS_PER_HOUR", "5"))
EMAILS_PER_ADDRESS_PER_DAY = int(os.environ.get("EMAILS_PER_ADDRESS_PER_DAY", "20"))
# Responses to council calls are deleted this many days after the call's deadline.
CALL_RESPONSE_RETENTION_DAYS = int(os.environ.get("CALL_RESPONSE_RETENTION_DAYS", "90"))
# Wellbeing money: personal data of applications not funded is deleted this many days after
# the decision (their private link stops working after WELLBEING_NOT_FUNDED_LINK_DAYS); of
# funded ones, this many days after the reports are due (the city's records rule).
WELLBEING_NOT_FUNDED_RETENTION_DAYS = int(os.environ.get("WELLBEING_NOT_FUNDED_RETENTION_DAYS", "90"))
WELLBEING_NOT_FUNDED_LINK_DAYS = 30
WELLBEING_FUNDED_RETENTION_DAYS = int(os.environ.get("WELLBEING_FUNDED_RETENTION_DAYS", str(6 * 365)))
# Application drafts never sent are deleted this many days after the round's application period.
WELLBEING_DRAFT_RETENTION_DAYS = 30
WELLBEING_ATTACHMENT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "docx", "odt", "xlsx", "ods", "txt"]
WELLBEING_ATTACHMENT_MAX_SIZE = 5 * 1024 * 1024
WELLBEING_ATTACHMENTS_PER_APPLICATION = 5

# All email goes through an outbox (django-post-office): residents' mail is
# written in the same transaction as their registration, and Django's own mail
# (Wagtail's workflow notifications, password resets) through its backend.
# `manage.py send_outbox` (run every minute) sends it over SMTP and
# retries while the mail server is down.
EMAIL_BACKEND = "post_office.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Osallistu Pori <osallistu@pori.fi>")
POST_OFFICE = {
    "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    "DEFAULT_PRIORITY": "medium",
    "MAX_RETRIES": 12,
    "RETRY_INTERVAL": timedelta(minutes=10),
    "LOG_LEVEL": 1,  # failures only
    "MESSAGE_ID_ENABLED": True,
    "THREADS_PER_PROCESS": 2,
    "FILE_STORAGE": "outbox",
}
# Calendar events are identified as session-<key>@<this domain>; never change it once in use.
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "osallistu.pori.fi")
# Sent and failed messages (which hold names and cancel links) are deleted after this many days.
OUTBOX_RETENTION_DAYS = int(os.environ.get("OUTBOX_RETENTION_DAYS", "14"))
# How long the hosting keeps gunicorn's access log (written to stdout, see config/gunicorn.py). The site
# deletes no logs itself: set the log rotation of the host to match, as the privacy notice states this.
SERVER_LOG_RETENTION_DAYS = int(os.environ.get("SERVER_LOG_RETENTION_DAYS", "14"))

DEFAULT_EXCEPTION_REPORTER = "security.reporting.PrivacyExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "security.reporting.PrivacyExceptionReporterFilter"

SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:osallistu@pori.fi")
SECURITY_TXT_EXPIRES = "2027-11-30T00:00:00Z"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Wagtail's own audit log keeps page history; its INFO lines and the
        # task runner's are noise on the console.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # The outbox's own log: warnings and failures only (it sets up a noisy handler if it has none).
        "post_office": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
