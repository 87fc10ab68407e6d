"""One address per page: URLs normalised before they become article ids.

`normalise_url` maps the many spellings of one page to one string: scheme and
host lower-cased, default ports, fragments and trailing slashes dropped,
tracking parameters removed (courlan's list, plus a few more), the remaining
query sorted, and AMP / mobile variants folded onto the plain page
(`m.`, `mobile.`, `amp.` hosts, `/amp` path segments, `.amp.html`, `?amp=1`,
`outputType=amp`). It is for ids and look-ups only: the bot still fetches the
address the user gave.

`same_site` says whether a page's canonical link may stand for the page
(only within one site: a page cannot claim another site's address).
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan

# Query parameters that never change what page is shown (courlan removes most utm_* / fbclid style ones).
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gclsrc|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl|ref|ref_src|ref_url|"
    r"referrer|cmpid|cmp|ito|icid|ns_\w+|sr_share|share|smid|smtyp|mbid|ocid|partner|taid|wt_mc|at_\w+|"
    r"s_cid|spm|src|source|from|via|amp|outputtype|rss|guccounter|guce_\w+|cid)$",
    re.IGNORECASE,
)
_HOST_VARIANT = re.compile(r"^(?:www\d?|m|mobile|amp|amp-\w+)\.", re.IGNORECASE)
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)", re.IGNORECASE)
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$)|(?<=\w)[-_.]amp$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host(netloc_host: str) -> str:
    host = netloc_host.lower().rstrip(".")
    while True:
        stripped = _HOST_VARIANT.sub("", host, count=1)
        if stripped == host or "." not in stripped:
            return host
        host = stripped


def normalise_url(url: str) -> str:
    """The id form of a web address (see the module docstring); the input trimmed if it is not http(s)."""
    url = (url or "").strip().strip("<>")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    try:
        cleaned = courlan.normalize_url(url, strict=False, trailing_slash=False)
        parts = urlsplit(cleaned)
        port = parts.port
    except (ValueError, AttributeError, TypeError):
        pass  # courlan could not parse it: our own rules below still apply
    host = _host(parts.hostname or "")
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    path = _AMP_SEGMENT.sub("", path) or "/"
    path = _AMP_SUFFIX.sub("", path)
    path = re.sub(r"/index\.html?$", "/", path, flags=re.IGNORECASE)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    # https and http name the same page for our purposes (many sites redirect one to the other).
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def strip_tracking(url: str) -> str:
    """The address as given, less its fragment and tracking parameters (to show and store, not to compare)."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return url
    if not parts.query and not parts.fragment:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def same_site(a: str, b: str) -> bool:
    """Do the two addresses belong to the same site (host, ignoring www./m./amp. variants)?"""
    try:
        ha, hb = urlsplit(a.strip()).hostname, urlsplit(b.strip()).hostname
    except ValueError:
        return False
    if not ha or not hb:
        return False
    ha, hb = _host(ha), _host(hb)
    return ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha)
