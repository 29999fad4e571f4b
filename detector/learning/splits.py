"""Held-out splits that predict unseen sources: by group, by family of kits, by language.

A grouped split keeps near-copies of one kit on one side, but the other kits of the same family
(every robux generator, every crypto doubler) still train the model that scores it, so grouped
figures promise more than a new family of kits delivers. Two harder splits:

* **family**: each fold holds out one family of scam kits *and* the legitimate pages on the same
  topic (game sites with the generators, top-up shops with the in-game events, crypto projects
  with the crypto scams, real contests and surveys with the prize funnels); the other legitimate
  pages are spread over the folds by group;
* **language**: each fold holds out every page in one language other than English.

Every split returns test masks; the training side of a fold is every page whose group has no
page in the test fold, so no group straddles a split whatever its pages' kinds or languages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

#: Kit families: the scam kinds of a family and the legitimate kinds on the same topic.
FAMILIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "game_generators": (
        frozenset({
            "game_currency_generator", "robux_generator", "vbucks_generator",
            "giftcard_generator", "premium_account_generator", "followers_generator",
            "followers_phish", "cash_app_generator", "money_generator", "game_hack_locker",
            "pubg_uc_hack", "content_locker", "steam_gift_scam",
        }),
        frozenset({"game_site"}),
    ),
    "game_events": (
        frozenset({
            "freefire_diamonds_phish", "freefire_free_code_scam", "game_event_phish",
            "higgs_domino_event_phish", "mlbb_event_phish", "pubg_event_phish",
        }),
        frozenset({"game_topup_shop"}),
    ),
    "crypto": (
        frozenset({
            "crypto_doubler", "crypto_giveaway", "crypto_airdrop_scam", "crypto_generator",
            "brand_giveaway_crypto", "exchange_anniversary_giveaway", "seed_phrase_phish_reward",
            "celebrity_giveaway",
        }),
        frozenset({"crypto_legit", "finance"}),
    ),
    "survey_share_prize": (
        frozenset({
            "survey_scam", "like_share_to_win", "lucky_draw_scam", "quiz_share_prize",
            "spin_wheel_prize", "iphone_giveaway", "car_giveaway", "apple_giveaway",
            "brand_giveaway", "console_giveaway", "phone_giveaway", "giftcard_giveaway",
            "giveaway_phish",
        }),
        frozenset({
            "survey_legit", "contest_entry", "contest_rules", "giveaway_legit",
            "sweepstakes_legit", "sweepstakes_rules", "lucky_draw_legit", "product_tester",
            "refer_a_friend", "invite_friends", "loyalty_program", "signup_form",
        }),
    ),
}

#: Legitimate kinds reported as hard negatives, by what a moderator would call them.
HARD_NEGATIVES: dict[str, frozenset[str]] = {
    "game sites and guides": frozenset({"game_site"}),
    "game top-up shops": frozenset({"game_topup_shop"}),
    "research surveys": frozenset({"survey_legit"}),
    "signup and contact forms": frozenset({"signup_form", "contact_form", "event_registration",
                                           "mailing_list", "password_reset"}),
    "contests, rules and real giveaways": frozenset({
        "contest_entry", "contest_rules", "giveaway_legit", "sweepstakes_legit",
        "sweepstakes_rules", "lucky_draw_legit"}),
    "crypto wallets and projects": frozenset({"crypto_legit"}),
    "multilingual portals": frozenset({"portal"}),
    "refer-a-friend and loyalty": frozenset({"refer_a_friend", "invite_friends",
                                             "loyalty_program", "product_tester"}),
    "privacy policies and terms": frozenset({"privacy_policy", "terms_of_service", "legal"}),
}


def family_of(kind: str) -> str:
    """The family a page's kind belongs to (scam or legit side), or ``""``."""
    for name, (scam, legit) in FAMILIES.items():
        if kind in scam or kind in legit:
            return name
    return ""


def _by_group(assigned: Sequence[int], groups: np.ndarray) -> np.ndarray:
    """Every page of a group goes where most of the group's assigned pages went."""
    votes: dict[object, Counter[int]] = {}
    for g, a in zip(groups.tolist(), assigned, strict=True):
        if a >= 0:
            votes.setdefault(g, Counter())[a] += 1
    out = np.array([votes[g].most_common(1)[0][0] if g in votes else -1
                    for g in groups.tolist()], dtype=np.int64)
    return out


def family_folds(kinds: np.ndarray, groups: np.ndarray, seed: int = 0,
                 ) -> list[tuple[str, np.ndarray]]:
    """One test mask per kit family that has pages; other pages spread over them by group."""
    names = [n for n in FAMILIES if any(family_of(str(k)) == n for k in kinds.tolist())]
    if len(names) < 2:
        return []
    index = {n: i for i, n in enumerate(names)}
    assigned = _by_group([index.get(family_of(str(k)), -1) for k in kinds.tolist()], groups)
    rest = sorted({g for g, a in zip(groups.tolist(), assigned.tolist(), strict=True) if a < 0},
                  key=str)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(rest))
    fold_of_rest = {rest[j]: int(i % len(names)) for i, j in enumerate(order)}
    final = np.array([a if a >= 0 else fold_of_rest[g]
                      for g, a in zip(groups.tolist(), assigned.tolist(), strict=True)])
    return [(n, final == i) for n, i in index.items()]


def language_folds(langs: np.ndarray, groups: np.ndarray, min_pages: int = 8,
                   ) -> list[tuple[str, np.ndarray]]:
    """One test mask per language other than English; languages with fewer than
    ``min_pages`` pages are held out together as one more fold ("other"). Pages of mixed or
    unknown language are never held out."""
    def main(lang: str) -> str:
        lang = lang.strip().lower()
        return "" if not lang or lang in {"en", "multi"} or "+" in lang else lang

    counts = Counter(main(str(x)) for x in langs.tolist())
    keep = sorted(k for k, n in counts.items() if k and n >= min_pages)
    index = {k: i for i, k in enumerate(keep)}
    other = len(keep)

    def fold(lang: str) -> int:
        m = main(lang)
        return index.get(m, other) if m else -1

    assigned = _by_group([fold(str(x)) for x in langs.tolist()], groups)
    names = [*keep, "other"]
    return [(names[i], assigned == i) for i in range(len(names)) if (assigned == i).any()]


def training_side(test: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Pages that may train a model scored on ``test``: none shares a group with it."""
    held = set(groups[test].tolist())
    return np.array([g not in held for g in groups.tolist()], dtype=bool)


def grouped_folds(y: np.ndarray, groups: np.ndarray, n_splits: int, seed: int,
                  ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds that never split a group; fewer folds when groups are scarce."""
    from sklearn.model_selection import StratifiedGroupKFold

    n_pos_groups = len(set(groups[y == 1]))
    n_neg_groups = len(set(groups[y == 0]))
    k = max(2, min(n_splits, n_pos_groups, n_neg_groups))
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(y)), y, groups))
