"""Everything that talks to Slack, except the listeners (`handlers/`).

The Web API client, Block Kit rendering and its action ids, the HTTP server,
the replier that answers a finished job in its thread, and the digest poster.
Below `handlers/` and `bot.app`; above the pipeline/worker layer.
"""
