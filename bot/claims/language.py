"""Is this text English? (placeholder, filled in by its owner)"""


def looks_english(text: str) -> bool:
    return True
