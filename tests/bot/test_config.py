"""Settings: read once from env/.env, validated, secrets never in repr."""
from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings, require_slack

SECRETS = {"SLACK_BOT_TOKEN": "xoxb-very-secret-1", "SLACK_APP_TOKEN": "xapp-very-secret-2",
           "SLACK_SIGNING_SECRET": "very-secret-3"}


def test_defaults():
    s = load_settings({})
    assert s.db_path == "whosaid.db" and s.workers == 2 and s.digest_time == "18:00" and s.digest_tz == "UTC"
    assert s.channels == frozenset() and s.watches("Canything")
    assert s.api_base_url is None and not s.socket_mode


def test_values_are_read_and_normalised():
    s = load_settings({**SECRETS, "WHOSAID_CHANNELS": " C1, C2 ,", "SLACK_API_URL": "http://127.0.0.1:9/api",
                       "DIGEST_TIME": "7:05", "DIGEST_TZ": "Europe/London", "WHOSAID_WORKERS": "4", "PORT": "8080"})
    assert s.channels == {"C1", "C2"} and s.watches("C1") and not s.watches("C3")
    assert s.api_base_url == "http://127.0.0.1:9/api/"
    assert s.digest_hour_minute == (7, 5) and s.workers == 4 and s.http_port == 8080 and s.socket_mode


def test_secrets_never_in_repr_or_str():
    s = load_settings(SECRETS)
    for text in (repr(s), str(s), f"{s}", repr([s])):
        for secret in SECRETS.values():
            assert secret not in text
    assert "'***'" in repr(s)


@pytest.mark.parametrize("env, key", [
    ({"DIGEST_TIME": "25:00"}, "DIGEST_TIME"),
    ({"DIGEST_TIME": "six"}, "DIGEST_TIME"),
    ({"DIGEST_TZ": "Mars/Olympus"}, "DIGEST_TZ"),
    ({"WHOSAID_WORKERS": "lots"}, "WHOSAID_WORKERS"),
    ({"WHOSAID_WORKERS": "0"}, "WHOSAID_WORKERS"),
    ({"SLACK_API_URL": "ftp://x"}, "SLACK_API_URL"),
    ({"FETCH_TIMEOUT": "-1"}, "FETCH_TIMEOUT"),
])
def test_invalid_values_name_the_key(env, key):
    with pytest.raises(ConfigError, match=key):
        load_settings(env)


def test_missing_tokens_are_a_clear_error():
    with pytest.raises(ConfigError) as e:
        require_slack(load_settings({}))
    assert "SLACK_BOT_TOKEN" in str(e.value) and "SLACK_APP_TOKEN" in str(e.value) and ".env.example" in str(e.value)
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        require_slack(load_settings({"SLACK_BOT_TOKEN": "xoxb-1"}), http=True)
    require_slack(load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}), http=True)
    require_slack(load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}))


def test_wrong_kind_of_token_is_caught():
    with pytest.raises(ConfigError, match="xoxb-"):
        require_slack(load_settings({"SLACK_BOT_TOKEN": "xapp-oops", "SLACK_APP_TOKEN": "xapp-1"}))


def test_dotenv_file_is_read(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text("DIGEST_CHANNEL=CFROMFILE\nWHOSAID_WORKERS=3\n")
    monkeypatch.delenv("DIGEST_CHANNEL", raising=False)
    monkeypatch.delenv("WHOSAID_WORKERS", raising=False)
    s = load_settings(dotenv_path=env)
    assert s.digest_channel == "CFROMFILE" and s.workers == 3


def test_cli_shows_config_errors_without_traceback(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    for k in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(k, raising=False)
    r = CliRunner().invoke(main, ["serve"])
    assert r.exit_code != 0 and "SLACK_BOT_TOKEN" in r.output and "Traceback" not in r.output
    monkeypatch.setenv("DIGEST_TIME", "99:99")
    r = CliRunner().invoke(main, ["serve", "--http"])
    assert r.exit_code != 0 and "DIGEST_TIME" in r.output and "Traceback" not in r.output


def test_env_example_lists_every_key():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    keys = set(re.findall(r"^([A-Z_]+)=", (root / ".env.example").read_text(), re.M))
    source = (root / "bot" / "config.py").read_text()
    read = set(re.findall(r'"([A-Z][A-Z_]+)"', source)) - {"UTC", "INFO", "WARNING"}  # default values, not keys
    assert read <= keys, read - keys


def test_log_level_defaults_to_warning_and_is_read_from_the_environment():
    from bot.config import load_settings as _load

    assert _load({}, dotenv_path=None).log_level == "WARNING"
    assert _load({"LOG_LEVEL": "DEBUG"}, dotenv_path=None).log_level == "DEBUG"
