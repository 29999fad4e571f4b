"""The page scan: every phrase family and hint list the signals read, matched in one pass.

Built once, here, from the explicit list of each family module's handles; building it binds
each handle to it, so ``LURE.count(page)`` finds its counts. No module adds to it as a side
effect of being imported, and a family left off this list fails the import-time probe.
"""

from __future__ import annotations

from . import brand, crypto, engagement, offers, privacy, survey, text
from .patterns import PageScan

#: Matched over a page's normalised text (and its privacy policy's, when given).
PAGE_SCAN = PageScan(
    families=(*text.FAMILIES, *engagement.FAMILIES, *offers.FAMILIES, *survey.FAMILIES,
              *privacy.FAMILIES, *crypto.FAMILIES, *brand.FAMILIES),
    hints=engagement.HINTS,
)
