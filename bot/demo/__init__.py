"""The demo kit: a local stand-in for the Slack Web API, signed-request tooling, and `whosaid demo`.

Not part of the product's runtime: `whosaid demo`, the end-to-end tests and
`bench/load.py` use it to drive the real app with no Slack account.

* `bot.demo.standin` — the Web API stand-in (`python -m bot.demo.standin`);
* `bot.demo.signing` — signed Slack requests (events, commands, interactivity);
* `bot.demo.run` — `run_demo`, `LocalBot` (the real app against the stand-in), a local article server.
"""
