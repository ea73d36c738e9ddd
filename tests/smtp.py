"""A real SMTP server on a free local port (aiosmtpd) that keeps what it receives."""

import socket


class Inbox:
    """aiosmtpd handler: every message accepted, its envelope kept in ``messages``."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
