"""URLs fetched politely: a user agent that names eventcoder, a timeout, a size limit, robots.txt
obeyed (its Crawl-delay too), and a pause between two requests to one host. Every failure is a
:class:`FetchError` that names the URL and says why, so the caller reports it and goes on."""

from __future__ import annotations

import importlib.metadata
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Fetcher", "Page", "FetchError", "USER_AGENT", "is_url"]



def _version() -> str:
    try:
        return importlib.metadata.version("eventcoder")
    except importlib.metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"eventcoder/{_version()} (news event coder; obeys robots.txt)"
_ROBOTS_BYTES = 500_000


class FetchError(InputError):
    """A URL could not be fetched (network, HTTP status, size, robots.txt)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    body: bytes
    content_type: str  # lower case, without parameters ("text/html")


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


class Fetcher:
    """Fetches pages for one run; robots.txt is read once per host."""

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = 10_000_000, delay: float = 1.0,
                 user_agent: str = USER_AGENT) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.delay = delay
        self.user_agent = user_agent
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    def fetch(self, url: str) -> Page:
        """The page at ``url``, or a :class:`FetchError` saying why not."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        robots = self._robots_for(parts)
        if robots is not None and not robots.can_fetch(self.user_agent, url):
            raise FetchError(url, "robots.txt does not allow eventcoder to fetch this page")
        crawl_delay = robots.crawl_delay(self.user_agent) if robots is not None else None
        self._wait(parts.netloc, max(self.delay, float(crawl_delay or 0)))
        return self._get(url)

    def _get(self, url: str) -> Page:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http(s) checked)
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(url, f"page is {int(length):,} bytes, over the {self.max_bytes:,} limit")
                body = response.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(url, f"page is over the {self.max_bytes:,} byte limit")
                content_type = (response.headers.get_content_type() or "").lower()
                return Page(response.geturl(), body, content_type)
        except urllib.error.HTTPError as exc:
            raise FetchError(url, f"HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise FetchError(url, f"cannot connect ({exc.reason})") from None
        except TimeoutError:
            raise FetchError(url, f"no answer within {self.timeout:g} s") from None
        except OSError as exc:
            raise FetchError(url, f"connection failed ({exc})") from None

    def _robots_for(self, parts: urllib.parse.SplitResult) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots rules; None when it has none (4xx). Unreachable means: fetch nothing."""
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        robots_url = f"{origin}/robots.txt"
        parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser(robots_url)
        try:
            self._wait(parts.netloc, 0)
            page = self._get(robots_url)
            parser.parse(page.body[:_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())  # type: ignore[union-attr]
        except FetchError as exc:
            if exc.reason.startswith("HTTP 4") and not exc.reason.startswith(("HTTP 401", "HTTP 403")):
                parser = None  # no robots.txt: everything is allowed
            else:  # RFC 9309: unreachable or forbidden robots.txt means the site is not to be crawled
                self._robots[origin] = _DENY_ALL
                raise FetchError(f"{origin}/", f"robots.txt unavailable ({exc.reason}); not fetching from this site") from None
        self._robots[origin] = parser
        return parser

    def _wait(self, host: str, seconds: float) -> None:
        last = self._last.get(host)
        if last is not None and seconds > 0:
            pause = last + seconds - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()


def _deny_all() -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(["User-agent: *", "Disallow: /"])
    return parser


_DENY_ALL = _deny_all()
