"""``http(s)://`` URLs, fetched with httpx.

``settings.http_timeout`` bounds every network wait, ``settings.user_agent`` announces us, redirects
are followed, and ``settings.max_bytes`` is enforced while the body streams in (a lying or absent
``Content-Length`` cannot make us read more). The response's MIME type then picks the reader.
Timeouts, refused connections and 4xx/5xx answers raise ``FetchError`` naming status and reason.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from ..config import Settings
from ..errors import FetchError, TooLarge
from ._bytes import Blob, check_size


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _url_name(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


def fetch(url: str, settings: Settings) -> Blob:
    """GET ``url``: a ``Blob`` with the body and its declared MIME type and charset."""
    todo = "check the URL, or download the page and pass the file"
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html, application/xhtml+xml, "
               "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"}
    try:
        with httpx.Client(timeout=settings.http_timeout, follow_redirects=True, headers=headers) as client, \
                client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise FetchError(f"cannot fetch {url}", f"HTTP {resp.status_code} {resp.reason_phrase}".strip(),
                                 todo if resp.status_code < 500 else "the server failed: try again later")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit():
                check_size(int(declared), settings.max_bytes)
            body = bytearray()
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > settings.max_bytes:
                    raise TooLarge("response too large", f"more than {settings.max_bytes:,} bytes (max_bytes)",
                                   "raise max_bytes in eventwire.toml, or pass a smaller page")
            mime = resp.headers.get("content-type", "")
            final = str(resp.url)
    except httpx.TimeoutException as exc:
        raise FetchError(f"cannot fetch {url}", f"timed out after {settings.http_timeout:g} s "
                         f"({type(exc).__name__})", "try again later, or raise http_timeout") from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot fetch {url}", f"cannot connect: {exc}", todo) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"cannot fetch {url}", "too many redirects", todo) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"cannot fetch {url}", f"{type(exc).__name__}: {exc}", todo) from exc
    mime_type, _, params = mime.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip("\"'")
    return Blob(origin=url, data=bytes(body), name=_url_name(final), content_type=mime_type.strip().lower() or None,
                charset=charset, url=final)
