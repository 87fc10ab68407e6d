"""A person's name the tagger cut at a particle of the surname ("Ursula von der" + "Leyen") is joined back
(`bot.claims.particles`); names without a particle, and a particle with no capitalised word after it, stay as they are."""
from __future__ import annotations

import pytest

from tests.claims.finding import claim_with


@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger ended the name at "der" and took "Leyen" for a place
    ('Ursula von der Leyen and Olaf Scholz spoke in Brussels. "Europe must act now," she said.', "act now",
     "Ursula von der Leyen"),
    ('"We must stay," said the president of the European Commission, Ursula von der Leyen.', "must stay",
     "Ursula von der Leyen"),
    # twins: a name the tagger got whole, and one with no particle, are unchanged
    ('"We will fight on," said Charles de Gaulle.', "fight on", "Charles de Gaulle"),
    ('Mark Rutte met Frans Timmermans. "The Netherlands will pay," said Rutte.', "will pay", "Mark Rutte"),
])
def test_a_name_cut_at_a_particle_is_joined_back(text, words, expected):
    assert claim_with(text, words).speaker == expected

