from django.conf import settings

from core.jobs import JobCommand
from wellbeing import retention


class Command(JobCommand):
    help = (
        "Delete wellbeing money personal data that is no longer needed: voters' addresses once the vote "
        "closes, unsent drafts, and applicants' details WELLBEING_NOT_FUNDED_RETENTION_DAYS after a "
        "refusal or WELLBEING_FUNDED_RETENTION_DAYS after the reports were due. Run daily."
    )

    def run(self, *args, **options):
        counts = retention.apply()
        self.stdout.write(
            f"Deleted {counts.votes_deleted} unconfirmed votes and removed the address of "
            f"{counts.votes_anonymised} confirmed votes; deleted {counts.drafts_deleted} unsent drafts; "
            f"deleted the personal data of {counts.not_funded_cleared} applications not funded "
            f"(after {settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS} days) and {counts.funded_cleared} funded "
            f"(after {settings.WELLBEING_FUNDED_RETENTION_DAYS} days); deleted {counts.emails_deleted} "
            "outbox emails."
        )
