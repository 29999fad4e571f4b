"""Crypto doubling: "send 0.1 BTC, get 0.2 back", wallet addresses, celebrity giveaways."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import per100, phrases
from .text import LURE

if TYPE_CHECKING:
    from ..pages.page import Page

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

_COINS = ("btc", "bitcoin", "eth", "ethereum", "doge", "dogecoin", "xrp", "usdt", "bnb", "sol",
          "shib", "pepe", "ltc", "trx", "ada", "matic", "brise", "usdc")
CRYPTO_DOUBLING = phrases("crypto_doubling", tuple(
    [*(f"double your {w}" for w in ("bitcoin", "bitcoins", "crypto", "btc", "eth", "money",
                                      "coins", "investment", "deposit", "funds")),
     "x2 back", "2x back", "(x2)", "x2 giveaway", "doubled", "double up",
     "send you back", "send back", "get double", "double the amount", "receive double",
     "contribution address", "participation address", "deposit address", "get doubled",
     "we will immediately send",
     "will be returned", "multiply your", "double bits", "bitcoin doubler", "doubler"]
    + [f"send # {c}" for c in _COINS]
    + [f"send from # {c}" for c in _COINS]
    + [f"get # {c} back" for c in _COINS]
    + [f"receive # {c}" for c in _COINS]
    + [f"# {c} back" for c in _COINS]
    + [f"{c} x2" for c in _COINS]
    + [f"x2 {c}" for c in _COINS]
))
CRYPTO_COIN = phrases("crypto_coin", (
    "btc", "bitcoin", "eth", "ethereum", "doge", "dogecoin", "usdt", "tether", "xrp",
    "ripple", "bnb", "solana", "shib", "crypto", "cryptocurrency", "airdrop*", "wallet",
    "token", "blockchain",
))
CELEBRITY = phrases("celebrity", (
    "elon musk", "musk", "mrbeast", "mr beast", "mr best", "michael saylor", "saylor",
    "brad garlinghouse", "garlinghouse", "vitalik", "buterin", "changpeng zhao",
    "jeff bezos", "bill gates", "mark zuckerberg", "cathie wood", "jack dorsey",
    "cristiano ronaldo", "ronaldo", "messi", "donald trump", "kim kardashian",
    "zachary testa", "sundar pichai", "tim cook",
))
#: This module's phrase families, in the order the page scan lists them.
FAMILIES = (CRYPTO_DOUBLING, CRYPTO_COIN, CELEBRITY)


@signal("crypto_doubling_count", version=1, direction=1,
        absent="promises no doubled crypto")
def doubling_count(page: Page) -> float:
    """Promises to send back double the crypto you send ("send 0.1 BTC, get 0.2 back").

    No one doubles money sent to an address; this is the classic crypto giveaway scam.
    """
    return CRYPTO_DOUBLING.count(page)


def wallets(page: Page) -> int:
    """Crypto wallet addresses shown on the page."""
    # Addresses are 26-75 character runs inside one token with a digit: test only such tokens
    # instead of running the regex over every position of the text.
    found = 0
    for word, n in page.word_counts.items():
        if 26 <= len(word) <= 200:
            for m in _WALLET.finditer(word):
                if any(c.isdigit() for c in m.group()):
                    found += n
    return found


@signal("crypto_wallet_address_count", version=1, absent="shows no crypto wallet address")
def wallet_address_count(page: Page) -> float:
    """Shows crypto wallet addresses (BTC, ETH, USDT, DOGE, XRP) to send money to.

    A giveaway that needs you to send coins first is taking, not giving.
    """
    return page.derived(wallets)


@signal("crypto_coin_density", version=1, unit="per100", high_from=1.0,
        low="mentions cryptocurrency now and then", absent="does not talk about cryptocurrency")
def coin_density(page: Page) -> float:
    """Talks about cryptocurrency (BTC, ETH, airdrop, wallet)."""
    return per100(CRYPTO_COIN.count(page), page)


@signal("crypto_celebrity_giveaway_count", version=1, direction=1,
        absent="names no celebrity alongside a giveaway")
def celebrity_giveaway_count(page: Page) -> float:
    """Names a celebrity (Elon Musk, MrBeast, Michael Saylor…) alongside a giveaway.

    Impersonated celebrities lend fake giveaways credibility. Zero without giveaway words.
    """
    if LURE.count(page) == 0 and CRYPTO_DOUBLING.count(page) == 0:
        return 0.0
    return CELEBRITY.count(page)
