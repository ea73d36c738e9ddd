from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.jobs import JobCommand

UNFINISHED_ENROLMENT_AGE = timezone.timedelta(days=1)


class Command(JobCommand):
    help = (
        "Delete expired sessions, sign-in failures past their cool-off and enrolments never finished. "
        "Run daily (retention rule for staff sign-in data)."
    )

    def run(self, *args, **options):
        now = timezone.now()
        sessions, _ = Session.objects.filter(expire_date__lt=now).delete()
        attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()
        enrolments, _ = TOTPDevice.objects.filter(
            confirmed=False, created_at__lt=now - UNFINISHED_ENROLMENT_AGE
        ).delete()
        self.stdout.write(
            f"Deleted {sessions} expired sessions, {attempts} old sign-in failures, "
            f"{enrolments} unfinished enrolments."
        )
