"""HTTP mode's fast path for Events API deliveries: verify, keep, ack.

An event (`event_callback`: a message, a mention, App Home opened, ...) never gets an answer in its HTTP response:
Slack only needs the 200, within 3 s. So the front door does not run Bolt on it: it verifies the signature (with
the same check Bolt makes: HMAC over the body, timestamp within five minutes), hands the parsed payload to `keep`
(which makes it durable) and answers 200. The main process's Bolt app then handles it as it handles a Socket Mode
event (`bot.app.dispatch_event`). Everything else (a bad signature, the URL check, slash commands, interactivity),
whose response Slack does read, goes to Bolt in the front door as before.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from slack_sdk.signature import SignatureVerifier


class EventIntake:
    """`take(body, timestamp, signature)`: True when the request was a signed event, now kept (or seen before);
    False when it is for Bolt."""

    def __init__(self, signing_secret: str, keep: Callable[[dict], None]):
        self._verifier = SignatureVerifier(signing_secret)
        self._keep = keep

    def take(self, body: bytes, timestamp: str, signature: str) -> bool:
        if not body.startswith(b"{") or not self._verifier.is_valid(body=body, timestamp=timestamp,
                                                                    signature=signature):
            return False  # Bolt answers it (401 for a bad signature)
        try:
            payload = json.loads(body)
        except ValueError:
            return False
        if not isinstance(payload, dict) or payload.get("type") != "event_callback":
            return False
        self._keep(payload)
        return True
