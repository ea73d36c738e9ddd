"""Staff accounts for tests, signed in as a person would: password, then a code from their app."""

import time

from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

PASSWORD = "correct horse battery staple"


def make_staff(username="editor", superuser=True, enrolled=True, admin_language=None, **extra):
    users = get_user_model().objects
    create = users.create_superuser if superuser else users.create_user
    user = create(username, f"{username}@example.com", PASSWORD, **extra)
    if not superuser:
        user.user_permissions.add(*_admin_access())
    if enrolled:
        TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    if admin_language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = admin_language
        profile.save()
    return user


def current_code(user):
    """What the user's authenticator app shows now (for an enrolled or an enrolling device)."""
    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def sign_in_with_password(client, user, password=PASSWORD, **extra):
    return client.post("/admin/login/", {"username": user.username, "password": password}, **extra)


def sign_in(client, user):
    """Both factors; returns the client."""
    assert sign_in_with_password(client, user).status_code == 302
    response = client.post("/admin/two-factor/verify/", {"token": current_code(user)})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
