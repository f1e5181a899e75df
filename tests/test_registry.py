"""The one registry type: the unknown-name error lists every choice, one line."""

from __future__ import annotations

import pytest

from lrmsafe._errors import UnknownNameError
from lrmsafe._registry import Registry
from lrmsafe.attacks import ATTACKS
from lrmsafe.benchmarks import BENCHMARKS, SUITES
from lrmsafe.judges import JUDGES


def test_lookup_and_unknown_names() -> None:
    reg: Registry[int] = Registry("widget")
    assert reg.add("b", 2) == 2 and reg.add("a", 1) == 1
    assert reg.lookup("a") == 1
    with pytest.raises(UnknownNameError) as err:
        reg.lookup("c")
    assert str(err.value) == "unknown widget 'c'; choose from: a, b"


def test_every_registry_is_one() -> None:
    for reg in (BENCHMARKS, SUITES, JUDGES, ATTACKS):
        assert isinstance(reg, Registry) and len(reg) > 0
