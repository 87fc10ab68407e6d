"""HTTP mode's fast path for Events API deliveries: verify, keep, ack.

An event (`event_callback`: a message, a mention, App Home opened, ...) never gets an answer in its HTTP response:
Slack only needs the 200, within 3 s. So the front door does not run Bolt on it: it verifies the signature (with
the same check Bolt makes: HMAC over the body, timestamp within five minutes), hands the parsed payloads that
arrived together to `keep` (which makes them durable in one transaction) and answers 200. The main process's Bolt
app then handles each as it handles a Socket Mode event (`bot.app.dispatch_event`). Everything else (a bad
signature, the URL check, slash commands, interactivity), whose response Slack does read, goes to Bolt in the front
door.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from slack_sdk.signature import SignatureVerifier


class EventIntake:
    """`check(body, timestamp, signature)`: the payload when the request is a signed event, else None (it is for
    Bolt); `keep(payloads)`: make the checked payloads durable (raises if it could not: they are not acked)."""

    def __init__(self, signing_secret: str, keep: Callable[[list[dict]], None]):
        self._verifier = SignatureVerifier(signing_secret)
        self.keep = keep

    def check(self, body: bytes, timestamp: str, signature: str) -> dict | None:
        if not body.startswith(b"{") or not self._verifier.is_valid(body=body, timestamp=timestamp,
                                                                    signature=signature):
            return None  # Bolt answers it (401 for a bad signature)
        try:
            payload = json.loads(body)
        except ValueError:
            return None
        if not isinstance(payload, dict) or payload.get("type") != "event_callback":
            return None
        return payload
