# The test SMTP server's handler: aiosmtpd's Mailbox (each mail kept in a maildir), except that a mail to
# a recipient whose name starts with "stall-" is kept and then answered only after CALMA_SMTP_STALL_S
# seconds (60 by default), once per Message-ID: the server has taken the mail while its sender waits for
# the "250", so a sender stopped in that wait leaves a mail that went out but was never recorded as sent.
import asyncio
import os
import re

from aiosmtpd.handlers import Mailbox


class StallingMailbox(Mailbox):
    stalled = set()

    async def handle_DATA(self, server, session, envelope):
        answer = await super().handle_DATA(server, session, envelope)
        if any(r.split("@")[0].lower().startswith("stall-") for r in envelope.rcpt_tos):
            found = re.search(rb"^Message-Id:\s*(<[^>\r\n]*>)", envelope.original_content or b"", re.I | re.M)
            key = found.group(1) if found else envelope.original_content
            if key not in self.stalled:
                self.stalled.add(key)
                await asyncio.sleep(float(os.environ.get("CALMA_SMTP_STALL_S", "60")))
        return answer
