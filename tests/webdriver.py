"""A minimal W3C WebDriver client for Debian's chromium + chromedriver (standard library only).

Why not Selenium or Playwright: both would be a dependency for a handful of calls, Selenium
Manager tries to download drivers, and Playwright wants its own browser build. chromedriver
already speaks WebDriver (HTTP + JSON) on a loopback port, so ``urllib`` is enough: open a
page, run a script, find an element, click it, type into it, take a screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
#: The flags this machine needs: no sandbox as root, and no background connections (the
#: network is closed, and the page under test must be the only thing that could go out).
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,1000",
)
_ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def available() -> str | None:
    """None when chromium and chromedriver are installed, else why not."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).is_file()]
    if missing:
        return (f"{', '.join(missing)} not installed (apt-get install chromium chromium-driver; "
                ".ci/run does)")
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Browser:
    """One headless chromium session driven through chromedriver on 127.0.0.1."""

    def __init__(self, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="chromium-profile-")
        port = _free_port()
        self._base = f"http://127.0.0.1:{port}"
        self._driver = subprocess.Popen(
            [CHROMEDRIVER, f"--port={port}", "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self._wait_ready()
            caps = {"capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": [*CHROMIUM_ARGS, f"--user-data-dir={self._profile.name}"],
                },
            }}}
            self._session = str(self._call("POST", "/session", caps)["sessionId"])
        except BaseException:
            self._stop_driver()
            raise

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                if self._call("GET", "/status").get("ready"):
                    return
            except (OSError, urllib.error.URLError):
                pass
            if time.monotonic() > deadline or self._driver.poll() is not None:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self._base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return json.loads(resp.read() or b"null").get("value")
        except urllib.error.HTTPError as exc:
            detail = json.loads(exc.read() or b"{}").get("value", {})
            raise RuntimeError(f"WebDriver {method} {path}: {detail.get('error')}: "
                               f"{detail.get('message', '')[:500]}") from exc

    def _s(self, path: str) -> str:
        return f"/session/{self._session}{path}"

    def open(self, url: str) -> None:
        """Navigate and wait for the page to load."""
        self._call("POST", self._s("/url"), {"url": url})

    def run(self, script: str, *args: Any) -> Any:
        """Run a JavaScript function body in the page and return its result."""
        return self._call("POST", self._s("/execute/sync"), {"script": script, "args": list(args)})

    def find(self, css: str) -> str:
        """The first element matching a CSS selector (its WebDriver id)."""
        found = self._call("POST", self._s("/element"), {"using": "css selector", "value": css})
        return str(found[_ELEMENT])

    def click(self, css: str) -> None:
        """A real click (mouse events) on the element matching ``css``."""
        self._call("POST", self._s(f"/element/{self.find(css)}/click"), {})

    def type(self, css: str, text: str) -> None:
        """Type ``text`` into the element matching ``css`` (key events, as a person would)."""
        self._call("POST", self._s(f"/element/{self.find(css)}/value"), {"text": text})

    def clear(self, css: str) -> None:
        """Empty an input."""
        self._call("POST", self._s(f"/element/{self.find(css)}/clear"), {})

    def screenshot(self, path: Path) -> Path:
        """Save the viewport as a PNG."""
        path.write_bytes(base64.b64decode(self._call("GET", self._s("/screenshot"))))
        return path

    def close(self) -> None:
        """End the session, chromedriver and the profile."""
        with contextlib.suppress(OSError, RuntimeError, urllib.error.URLError):
            self._call("DELETE", self._s(""))
        self._stop_driver()

    def _stop_driver(self) -> None:
        self._driver.terminate()
        try:
            self._driver.wait(10)
        except subprocess.TimeoutExpired:
            self._driver.kill()
            self._driver.wait()
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
