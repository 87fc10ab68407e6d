"""Files shared in Slack: which ones we read, and downloading them with the bot token.

A long paste becomes a snippet (a `file_share` message with a `text/plain` file); people also attach
`.txt`, `.html` and PDF files. Each file's `url_private_download` is fetched through the bounded fetcher
(`bot.fetch`: size cap, time-out, address checks at every hop) with the bot token as a Bearer header — sent
only to Slack's own file host, over HTTPS, and never along a redirect to another host — then read with
`bot.documents.file_article` (PDF text layer, HTML article text, plain text) where the extraction runs.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from bot.config import Settings
from bot.documents import PDF_TYPES, SharedBytes
from bot.errors import FetchError
from bot.fetch import Bearer, fetch_response
from bot.jobs import SharedFile

log = logging.getLogger(__name__)

#: Slack serves workspace files from here (url_private / url_private_download).
SLACK_FILE_HOST = "files.slack.com"

_TEXT_TYPES = {"text/plain", "text/markdown", "text/html", "application/xhtml+xml"}
_TEXT_FILETYPES = {"text", "post", "html", "markdown", "pdf"}  # Slack's `filetype`


def readable_files(message: dict[str, Any]) -> list[SharedFile]:
    """The files of a Slack message we can read (text snippets, .txt/.html/.md, PDFs), in order."""
    out: list[SharedFile] = []
    for f in message.get("files") or []:
        if not isinstance(f, dict) or f.get("mode") == "tombstone" or not f.get("id"):
            continue
        mimetype = (f.get("mimetype") or "").split(";")[0].strip().lower()
        if mimetype not in _TEXT_TYPES | PDF_TYPES and (f.get("filetype") or "") not in _TEXT_FILETYPES:
            continue
        url = f.get("url_private_download") or f.get("url_private")
        if not url:
            continue
        out.append(SharedFile(id=f["id"], name=f.get("name") or f.get("title") or f["id"], mimetype=mimetype,
                              url=url, size=int(f.get("size") or 0), title=f.get("title")))
    return out


def file_hosts(settings: Settings) -> frozenset[str]:
    """Hosts that may receive the bot token for file downloads: Slack's, or the local stand-in's in tests."""
    hosts = {SLACK_FILE_HOST}
    if settings.slack_api_url:
        parts = urlsplit(settings.slack_api_url)
        if parts.hostname:
            hosts.add(f"{parts.hostname.lower()}:{parts.port}" if parts.port else parts.hostname.lower())
    return frozenset(hosts)


_PAGE_ANSWERED = "The page answered"  # how the fetcher words an HTTP error status (of a web page)


def download(file: SharedFile, settings: Settings, token: str | None = None) -> SharedBytes:
    """The bytes of a shared file (reading them is `bot.documents.file_article`, next to the extraction), with
    `token` (the bot token of the workspace it was shared in; default the one bot token); FetchError with a
    friendly reason otherwise."""
    token = token or settings.slack_bot_token
    hosts = file_hosts(settings)
    parts = urlsplit(file.url)
    host = (parts.hostname or "").lower()
    if host not in hosts and f"{host}:{parts.port}" not in hosts:
        raise FetchError("That file is not on Slack's file server, so I won't download it.",
                         detail=f"file host {host!r} not in {sorted(hosts)}")
    if not token:
        raise FetchError("I have no Slack token to download that file with.", detail="no bot token")
    fetch = replace(settings.fetch, max_bytes=settings.fetch.max_document_bytes)
    if file.size and file.size > fetch.max_bytes:
        raise FetchError(f"That file is {file.size / 1_000_000:.1f} MB; I read files up to "
                         f"{fetch.max_bytes / 1_000_000:g} MB.", detail=f"file size {file.size}")
    try:
        resp, _final = fetch_response(file.url, fetch, bearer=Bearer(token, hosts))
    except FetchError as e:
        if e.user_message.startswith(_PAGE_ANSWERED):  # an HTTP error status: say it of Slack's file server
            raise FetchError(f"Slack's file server answered{e.user_message.removeprefix(_PAGE_ANSWERED)}, so I couldn't "
                             "download that file. It is recorded, to be read again later.", detail=e.detail) from e
        raise
    if resp.media_type == "text/html" and "html" not in file.mimetype:
        # Slack answers a download it refuses with its sign-in page, not an error status.
        raise FetchError("Slack didn't let me download that file. The app needs the files:read scope: "
                         "reinstall it from its settings page.", detail="got a sign-in page instead of the file")
    log.info("downloaded Slack file %s (%s, %d bytes)", file.id, file.mimetype, len(resp.body))
    return SharedBytes(id=file.id, body=resp.body, media_type=resp.media_type, mimetype=file.mimetype,
                       name=file.name, title=_title(file))


def _title(file: SharedFile) -> str | None:
    title = (file.title or file.name or "").strip()
    return None if not title or title.lower().startswith("untitled") else title
