"""Speaker names the way the article writes them, hyphens and all."""
import pytest

from bot.claims import extract_claims


@pytest.mark.parametrize("name", ["Kim Jong-un", "Jean-Pierre Dupont", "Bruce Bennett"])
def test_hyphenated_and_plain_names_come_out_whole(name):
    claims = extract_claims(f"{name} said that the country would launch more rockets next year.")
    assert [(c.speaker, c.quote) for c in claims] == [(name, "the country would launch more rockets next year")]
