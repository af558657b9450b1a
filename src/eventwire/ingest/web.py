"""``http(s)://`` URLs, fetched with httpx.

``settings.http_timeout`` bounds every network wait and ``settings.http_deadline`` the whole
download (redirects and a body that drips in a byte at a time included), ``settings.user_agent``
announces us, and ``settings.max_bytes`` is enforced while the body streams in (a lying or absent
``Content-Length`` cannot make us read more). The response's MIME type then picks the reader.
Timeouts, refused connections and 4xx/5xx answers raise ``FetchError`` naming status and reason.

Unless ``settings.allow_private``, a URL whose host is not a public address (loopback, link-local,
private, reserved, multicast: ``ipaddress``'s ``is_global``) is refused: the host is resolved and
every address it resolves to is checked before connecting, on the first request and on every
redirect, and the address actually connected to is checked again before the body is read (a name
that resolves differently the second time). Feeds and the ingest API take URLs from strangers;
this keeps them from reaching the machine's own services or its cloud metadata endpoint.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.request
from urllib.parse import urlsplit

import httpx

from ..config import Settings
from ..errors import FetchError, TooLarge
from ._bytes import Blob, check_size, limit_text

#: redirects followed at most, as httpx's default
MAX_REDIRECTS = 20
_ALLOW = "pass --allow-private (allow_private = true in eventwire.toml) if you mean to fetch it"


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _url_name(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


def non_public(address: str) -> str | None:
    """Why ``address`` (an IP address) is not public, or None when it is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("private", ip.is_private), ("multicast", ip.is_multicast),
                       ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved)):
        if flag:
            return f"{address} is a {kind} address"
    return None if ip.is_global else f"{address} is not a public address"


def _check_host(url: str) -> None:
    """Refuse ``url`` when its host is, or resolves to, a non-public address."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        raise FetchError(f"cannot fetch {url}", "it names no host", "check the URL")
    try:
        addresses = [host] if _is_ip(host) else sorted({
            str(info[4][0]) for info in socket.getaddrinfo(host, parts.port or 80, proto=socket.IPPROTO_TCP)})
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot fetch {url}", f"cannot resolve {host}: {exc}", "check the host name") from exc
    for address in addresses:
        why = non_public(address)
        if why is not None:
            if address != host:  # "localhost resolves to 127.0.0.1, a loopback address"
                why = f"{host} resolves to {address}, {why.split(' is ', 1)[1]}"
            raise FetchError(f"refused to fetch {url}", why, _ALLOW)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _check_peer(url: str, resp: httpx.Response) -> None:
    """Refuse a connection that ended at a non-public address (unless a proxy stands between)."""
    stream = resp.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer or urllib.request.getproxies():
        return
    why = non_public(str(peer[0]))
    if why is not None:
        raise FetchError(f"refused to fetch {url}", f"connected to {why}", _ALLOW)


def fetch(url: str, settings: Settings, conditional: dict[str, str] | None = None) -> Blob:
    """GET ``url``: a ``Blob`` with the body and its declared MIME type and charset.

    ``conditional`` adds request headers (``If-None-Match``, ``If-Modified-Since``); a 304 answer is
    a Blob with ``status`` 304 and no data. The answer's ``ETag`` and ``Last-Modified`` come back
    on the Blob for the next request."""
    todo = "check the URL, or download the page and pass the file"
    headers = {**(conditional or {}), "User-Agent": settings.user_agent, "Accept": "text/html, application/xhtml+xml, "
               "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"}
    deadline = time.monotonic() + settings.http_deadline
    late = FetchError(f"cannot fetch {url}", f"the download took more than {settings.http_deadline:g} s in all "
                      "(http_deadline)", "try again later, or raise http_deadline in eventwire.toml")
    current = url
    try:
        with httpx.Client(timeout=settings.http_timeout, follow_redirects=False, headers=headers) as client:
            for _ in range(MAX_REDIRECTS + 1):
                if not settings.allow_private:
                    _check_host(current)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise late
                with client.stream("GET", current, timeout=min(settings.http_timeout, left)) as resp:
                    if not settings.allow_private:
                        _check_peer(current, resp)
                    if resp.next_request is not None:
                        current = str(resp.next_request.url)
                        continue
                    if resp.status_code == 304:
                        return Blob(origin=url, data=b"", name=_url_name(str(resp.url)), url=str(resp.url),
                                    status=304, etag=resp.headers.get("etag") or (conditional or {}).get(
                                        "If-None-Match"),
                                    last_modified=resp.headers.get("last-modified") or (conditional or {}).get(
                                        "If-Modified-Since"))
                    if resp.status_code >= 400:
                        raise FetchError(f"cannot fetch {url}",
                                         f"HTTP {resp.status_code} {resp.reason_phrase}".strip(),
                                         todo if resp.status_code < 500 else "the server failed: try again later")
                    declared = resp.headers.get("content-length", "")
                    if declared.isdigit():
                        check_size(int(declared), settings.max_bytes)
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > settings.max_bytes:
                            raise TooLarge("response too large",
                                           f"more than the {limit_text(settings.max_bytes)} limit (max_bytes)",
                                           "raise max_bytes in eventwire.toml, or pass a smaller page")
                        if time.monotonic() > deadline:
                            raise late
                    mime = resp.headers.get("content-type", "")
                    final = str(resp.url)
                    validators = (resp.headers.get("etag"), resp.headers.get("last-modified"))
                    break
            else:
                raise FetchError(f"cannot fetch {url}", f"more than {MAX_REDIRECTS} redirects", todo)
    except httpx.TimeoutException as exc:
        if time.monotonic() >= deadline:
            raise late from exc
        raise FetchError(f"cannot fetch {url}", f"timed out after {settings.http_timeout:g} s "
                         f"({type(exc).__name__})", "try again later, or raise http_timeout") from exc
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot fetch {url}", f"cannot connect: {exc}", todo) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"cannot fetch {url}", f"{type(exc).__name__}: {exc}", todo) from exc
    mime_type, _, params = mime.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip("\"'")
    return Blob(origin=url, data=bytes(body), name=_url_name(final), content_type=mime_type.strip().lower() or None,
                charset=charset, url=final, etag=validators[0], last_modified=validators[1])
