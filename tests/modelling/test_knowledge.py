"""Knowledge components: the age prior and the hand-set rules, and how a model stores them."""

from __future__ import annotations

import math

import numpy as np

from detector.modelling.knowledge import DEFAULT_RULES, AgePrior, Knowledge, Rule

NAMES = ["tells_promise_kinds", "survey_dob_field_count", "survey_address_field_count",
         "privacy_sell_data_count", "privacy_change_without_notice_count", "age_domain_days"]


def _row(**values: float) -> np.ndarray:
    return np.array([[values.get(n, math.nan if n.startswith("age_") else 0.0) for n in NAMES]],
                    dtype=np.float64)


def _offset(k: Knowledge, **values: float) -> float:
    return float(k.row_offset(_row(**values), NAMES)[0])


def test_the_data_grab_rule_needs_a_promise_a_birth_date_and_an_address() -> None:
    k = Knowledge(age=None)
    grab = {"survey_dob_field_count": 1.0, "survey_address_field_count": 1.0}
    assert _offset(k, tells_promise_kinds=1.0, **grab) == 0.8
    assert _offset(k, **grab) == 0.0  # no promise: an ordinary form
    assert _offset(k, tells_promise_kinds=1.0, survey_dob_field_count=1.0) == 0.0
    assert _offset(k, tells_promise_kinds=math.nan, **grab) == 0.0  # unknown never qualifies


def test_a_policy_rule_fires_once_most_specific_first() -> None:
    k = Knowledge(age=None)
    both = _offset(k, tells_promise_kinds=2.0, privacy_sell_data_count=1.0,
                   privacy_change_without_notice_count=3.0)
    sells = _offset(k, tells_promise_kinds=2.0, privacy_sell_data_count=1.0)
    assert (both, sells) == (1.0, 0.4)
    # The log-odds are the contribution of the feature the rule reads.
    per_column = k.offsets(_row(tells_promise_kinds=1.0, privacy_sell_data_count=1.0), NAMES)
    assert per_column[0, NAMES.index("privacy_sell_data_count")] == 0.4
    assert per_column.sum() == 0.4


def test_a_missing_column_switches_a_rule_off() -> None:
    rule = Rule("r", "a", (("b", 1.0),), 1.0, "why")
    x = np.array([[1.0, 1.0]])
    assert rule.applies(x, {"a": 0, "b": 1}).tolist() == [True]
    assert rule.applies(x, {"a": 0}).tolist() == [False]


def test_knowledge_round_trips_through_the_manifest_and_names_what_it_reads() -> None:
    k = Knowledge()
    again = Knowledge.from_json(k.to_json())
    assert again == k
    assert again.rules == DEFAULT_RULES and again.age == AgePrior()
    assert {"age_domain_days", "age_page_days", "survey_dob_field_count",
            "privacy_sell_data_count", "tells_promise_kinds"} <= k.reads()
    # An old manifest with the age prior alone adds no rules.
    assert Knowledge.from_json({"age_prior": AgePrior().to_json()}).rules == ()


def test_the_age_prior_adds_nothing_without_a_date() -> None:
    k = Knowledge(rules=())
    assert _offset(k) == 0.0
    assert _offset(k, age_domain_days=math.nan) == 0.0
    assert _offset(k, age_domain_days=5.0) > 2.0
