"""Per-token columns of a parsed document, read in one go (`Doc.to_array`) instead of through a `Token` object
per token: a scan of the whole document for the few tokens a rule wants (every "and", every proper noun) costs a
fraction of `for t in doc`, and the rule then looks only at those tokens."""
from __future__ import annotations


def column(doc, attr: str) -> list[int]:
    """The values of one attribute ("POS", "TAG", "DEP", "IDX") for every token, in order."""
    return doc.to_array(attr).tolist()


def texts(doc) -> list[str]:
    """Every token's text, in order."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array("ORTH").tolist()]


def symbol(doc, name: str) -> int:
    """The value a column holds for a label ("PROPN", "nsubj", "NN")."""
    return doc.vocab.strings[name]
