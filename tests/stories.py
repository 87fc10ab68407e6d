"""Small articles the real engine reads as two claims each — Bruce Bennett (direct) and Kim Jong-un (indirect) —
and different enough from one another not to be near-duplicates of each other (the log keeps one record per
story: a copy of an article already read is not a new article)."""
from __future__ import annotations

import random

_WORDS = ("harbour budget railway school hospital museum airport stadium library tunnel orchard factory river "
          "parliament festival pipeline glacier vineyard laboratory border satellite monsoon archive theatre "
          "market canal garrison quarry lighthouse observatory refinery pasture forest desert island valley "
          "cathedral bakery tramway reservoir").split()


def story(i: int) -> str:
    rnd = random.Random(i)
    a, b = rnd.sample(_WORDS, 14), rnd.sample(_WORDS, 14)
    return (f"Story {i}\n\n{' '.join(a).capitalize()}.\n\n"
            f"\"We will look at point {i} very carefully,\" said Bruce Bennett, a researcher at the Rand "
            f"Corporation.\n\nKim Jong-un said in a speech that the country would launch rocket number {i} next "
            f"year.\n\n{' '.join(b).capitalize()}.\n")
