"""Reading a response body within a byte cap, decompressing with a bound (no gzip bombs)."""

from __future__ import annotations

import re
import zlib
from typing import Any

import httpx

from ..errors import FetchError

__all__ = ["looks_like_html", "read_capped"]

_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|p|"
    rb"br|meta|link|form|img|center|span|!--)[\s/>]",
    re.I,
)


class _Inflater:
    """gzip/deflate decoding that never produces more bytes than it is asked for."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._z: Any = zlib.decompressobj(31) if self._gzip else None
        self._pending = b""
        self._done = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``, returning at most ``room`` (> 0) bytes; excess input is dropped."""
        if self._z is None:
            # "deflate" is a zlib stream per RFC 9110, but some servers send raw deflate.
            self._pending += data
            if len(self._pending) < 2:
                return b""
            b0, b1 = self._pending[0], self._pending[1]
            wbits = 15 if (b0 & 0x0F) == 8 and (b0 << 8 | b1) % 31 == 0 else -15
            self._z = zlib.decompressobj(wbits)
            data, self._pending = self._pending, b""
        out = bytearray()
        while data and not self._done and len(out) < room:
            out += self._z.decompress(data, room - len(out))
            if self._z.eof:
                data = self._z.unused_data
                # Concatenated gzip members are one valid body; anything after deflate is junk.
                if self._gzip and data:
                    self._z = zlib.decompressobj(31)
                else:
                    self._done = True
            else:
                data = self._z.unconsumed_tail
        return bytes(out)


async def read_capped(resp: httpx.Response, max_bytes: int, shown: str) -> tuple[bytes, bool]:
    """The body decoded (gzip/deflate) and cut at ``max_bytes``, and whether it was cut."""
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        inflater = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        inflater = _Inflater(encoding)
    else:
        raise FetchError(
            f"{shown}: the server sent the body as {encoding!r}, which this tool does not decode "
            "(it asks for gzip or deflate only); save the page from a browser and score the file"
        )
    buf = bytearray()
    async for raw in resp.aiter_raw(65536):
        # Ask for one byte more than the cap so "exactly at the cap" is not called truncated.
        room = max_bytes + 1 - len(buf)
        if inflater is None:
            buf += raw[:room]
        else:
            try:
                buf += inflater.feed(raw, room)
            except zlib.error as exc:
                raise FetchError(
                    f"{shown}: the server sent a corrupt {encoding} body ({exc}); try again "
                    "later or save the page from a browser"
                ) from exc
        if len(buf) > max_bytes:
            del buf[max_bytes:]
            return bytes(buf), True
    return bytes(buf), False


def looks_like_html(body: bytes) -> bool:
    """Whether a body served with a vague content type is an HTML page (WHATWG sniffing)."""
    # A NUL byte marks binary data (WHATWG sniffing); UTF-16 pages announce themselves by BOM.
    if b"\x00" in body[:1024] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return bool(_HTML_START.search(body[:4096]))
