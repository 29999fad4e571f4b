"""Crypto doubling: "send 0.1 BTC, get 0.2 back", wallet addresses, celebrity giveaways."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import per100, phrase_counts

if TYPE_CHECKING:
    from ..page import Page

# Bitcoin (legacy, P2SH, bech32), Ethereum/BSC, Tron, Dogecoin and XRP addresses. The leading
# lookbehind stands in for \b without stopping re from scanning fast.
_WALLET = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"bc1[02-9ac-hj-np-z]{11,71}"
    r"|[13][a-km-zA-HJ-NP-Z1-9]{25,34}"
    r"|0x[a-fA-F0-9]{40}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33}"
    r"|D[5-9A-HJ-NP-U][1-9A-HJ-NP-Za-km-z]{32}"
    r"|r[1-9A-HJ-NP-Za-km-z]{24,34}"
    r")(?![A-Za-z0-9])"
)


@signal("crypto_doubling_count", version=1, direction=1)
def doubling_count(page: Page) -> float:
    """Promises to send back double the crypto you send ("send 0.1 BTC, get 0.2 back").

    No one doubles money sent to an address; this is the classic crypto giveaway scam.
    """
    return phrase_counts(page)["crypto_doubling"]


def _wallets(page: Page) -> int:
    def compute(p: Page) -> int:
        # Addresses are 26-75 character runs inside one token with a digit: test only such tokens
        # instead of running the regex over every position of the text.
        found = 0
        for word, n in p.word_counts.items():
            if 26 <= len(word) <= 200:
                for m in _WALLET.finditer(word):
                    if any(c.isdigit() for c in m.group()):
                        found += n
        return found

    return page.cached("wallets", compute)


@signal("crypto_wallet_address_count", version=1)
def wallet_address_count(page: Page) -> float:
    """Shows crypto wallet addresses (BTC, ETH, USDT, DOGE, XRP) to send money to.

    A giveaway that needs you to send coins first is taking, not giving.
    """
    return _wallets(page)


@signal("crypto_coin_density", version=1, unit="per100")
def coin_density(page: Page) -> float:
    """Talks about cryptocurrency (BTC, ETH, airdrop, wallet)."""
    return per100(phrase_counts(page)["crypto_coin"], page)


@signal("crypto_celebrity_giveaway_count", version=1, direction=1)
def celebrity_giveaway_count(page: Page) -> float:
    """Names a celebrity (Elon Musk, MrBeast, Michael Saylor…) alongside a giveaway.

    Impersonated celebrities lend fake giveaways credibility. Zero without giveaway words.
    """
    counts = phrase_counts(page)
    if counts["lure"] == 0 and counts["crypto_doubling"] == 0:
        return 0.0
    return counts["celebrity"]
