"""One exception tree for the whole package.

::

    DetectorError                 every error the library raises on purpose
    ├── InputError                a page, file or option the user gave is unusable
    │   └── PageTooLargeError     a page over the configured size cap
    ├── ModelError                a model bundle that cannot be used
    │   └── ModelMismatchError    the bundle's features differ from this detector's signals
    ├── FetchError                a URL could not be fetched within the limits
    └── SignalError               a signal registry misuse (programming error)

Every message names the bad value and says what to do about it.
"""

from __future__ import annotations


class DetectorError(Exception):
    """Base class of every error the detector raises on purpose."""


class InputError(DetectorError):
    """A page, file, column or option given by the user cannot be used."""


class PageTooLargeError(InputError):
    """A page is larger than the configured cap."""


class ModelError(DetectorError):
    """A model bundle is missing, unreadable or malformed."""


class ModelMismatchError(ModelError):
    """A model bundle was built for other signals (names or versions) than this detector has."""


class FetchError(DetectorError):
    """A URL could not be fetched within the configured limits."""


class SignalError(DetectorError):
    """The signal registry was misused (duplicate or malformed signal)."""
