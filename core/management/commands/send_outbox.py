from post_office.mail import get_queued, send_queued

from core.jobs import JobCommand


class Command(JobCommand):
    help = (
        "Send the outbox (django-post-office) until it is empty. Run every minute on every server: "
        "one of them sends, under a database lock instead of post_office's lock file on one disk."
    )

    def run(self, *args, **options):
        sent = failed = 0
        while get_queued().exists():
            batch_sent, batch_failed, _requeued = send_queued()
            sent, failed = sent + batch_sent, failed + batch_failed
            if not batch_sent and not batch_failed:
                break  # nothing could be processed now: the rest waits for the next run
        return f"Sent {sent} emails, {failed} failed."
