"""Slack files (bot.slack.files): which files are read, and the download over real HTTP from the stand-in."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.config import FetchSettings, Settings
from bot.demo.run import ArticleServer
from bot.demo.standin import SlackStandIn
from bot.errors import FetchError
from bot.jobs import SharedFile
from bot.slack.files import download, file_hosts, readable_files
from tests.pdf_maker import make_pdf

TEXT = ("\"We have waited twenty years for this bridge,\" said Jane Holloway, the mayor of Port Ellis.\n\n"
        "\"The budget is a fantasy,\" Bennett told reporters.")


@pytest.fixture
def standin():
    with SlackStandIn() as s:
        yield s


@pytest.fixture
def settings(standin) -> Settings:
    return Settings(slack_bot_token=standin.token, slack_api_url=standin.base_url,
                    fetch=FetchSettings(timeout_s=5, allow_private=True))


def _file(obj: dict) -> SharedFile:
    return readable_files({"files": [obj]})[0]


def test_only_readable_files_are_taken():
    files = [
        {"id": "F1", "name": "snippet.txt", "mimetype": "text/plain", "filetype": "text", "url_private_download": "u1"},
        {"id": "F2", "name": "photo.png", "mimetype": "image/png", "filetype": "png", "url_private_download": "u2"},
        {"id": "F3", "name": "ruling.pdf", "mimetype": "application/pdf", "filetype": "pdf", "url_private": "u3"},
        {"id": "F4", "name": "gone.txt", "mode": "tombstone"},
        {"id": "F5", "name": "page.html", "mimetype": "text/html", "filetype": "html", "url_private_download": "u5"},
    ]
    assert [f.id for f in readable_files({"files": files})] == ["F1", "F3", "F5"]
    assert readable_files({"files": files})[1].url == "u3"
    f = readable_files({"files": files})[0]
    assert SharedFile.from_payload(f.to_payload()) == f


def test_snippet_and_pdf_are_downloaded_with_the_bot_token(standin, settings):
    a = download(_file(standin.add_file("snippet.txt", TEXT)), settings)
    assert a.text == TEXT
    pdf = standin.add_file("ruling.pdf", make_pdf([TEXT], title="The ruling"), mimetype="application/pdf",
                           filetype="pdf")
    b = download(_file(pdf), settings)
    assert "Jane Holloway" in b.text and b.title == "The ruling"
    assert all(c.get("authorized") for c in standin.calls("files.download"))


def test_token_never_follows_a_redirect_to_another_host(standin, settings):
    with ArticleServer() as other:
        seen: list[str | None] = []
        target = other.add("/elsewhere.txt", TEXT, content_type="text/plain")
        other_handler_get = other._server.RequestHandlerClass.do_GET

        def spy(handler):
            seen.append(handler.headers.get("Authorization"))
            other_handler_get(handler)

        other._server.RequestHandlerClass.do_GET = spy
        f = _file(standin.add_file("moved.txt", "x", redirect_to=target))
        assert download(f, settings).text == TEXT
    assert seen == [None]


def test_file_on_another_host_is_not_downloaded(settings):
    f = SharedFile(id="F1", name="a.txt", mimetype="text/plain", url="https://evil.example/files-pri/a.txt")
    with pytest.raises(FetchError) as e:
        download(f, settings)
    assert "not on Slack's file server" in e.value.user_message


def test_refused_download_says_files_read_is_needed(standin, settings):
    f = _file(standin.add_file("snippet.txt", TEXT))
    with pytest.raises(FetchError) as e:
        download(f, replace(settings, slack_bot_token="xoxb-wrong"))
    assert "files:read" in e.value.user_message


def test_size_cap_applies_before_downloading(standin, settings):
    f = _file(standin.add_file("big.txt", "x" * 5000))
    small = replace(settings, fetch=replace(settings.fetch, max_document_bytes=1000))
    with pytest.raises(FetchError) as e:
        download(f, small)
    assert "I read files up to" in e.value.user_message
    assert standin.calls("files.download") == []


def test_slack_file_host_is_trusted_and_the_standin_only_when_configured(settings):
    assert "files.slack.com" in file_hosts(Settings())
    assert file_hosts(Settings()) == frozenset({"files.slack.com"})
    assert any(h.startswith("127.0.0.1:") for h in file_hosts(settings))
