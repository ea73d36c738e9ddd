"""Local development: ``make run`` serves the site with these settings."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# No worker needed while developing: mail is printed on the console at once.
POST_OFFICE = {**POST_OFFICE, "BACKENDS": {"default": EMAIL_BACKEND}, "DEFAULT_PRIORITY": "now"}  # noqa: F405

# Plain storage: no collectstatic step needed while developing.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

# Local demo accounts sign in with a password alone; production and tests
# require the second factor. Set ADMIN_REQUIRE_TWO_FACTOR = True to try it here.
ADMIN_REQUIRE_TWO_FACTOR = False

# The demo content command creates these accounts in dev settings only: this
# admin, and with the same password one editor per council (nuorisovaltuusto,
# vanhusneuvosto, vammaisneuvosto) and a communications user (viestinta).
DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "osallistu-pori-demo"  # noqa: S105

# Whitenoise serves straight from the app and site static folders: no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
