"""Judges: every judge takes (text, context) and returns a verdict."""

from lrmsafe.judges import _offline as _offline
from lrmsafe.judges import cascade as cascade
from lrmsafe.judges import ensemble as ensemble
from lrmsafe.judges import guard as guard
from lrmsafe.judges import llm as llm
from lrmsafe.judges import perkind as perkind
from lrmsafe.judges import reasoningshield as reasoningshield
from lrmsafe.judges import reward as reward
from lrmsafe.judges._base import (
    JUDGES,
    Judge,
    JudgeContext,
    JudgeInfo,
    get_judge_info,
    make_judge,
    register_judge,
)

__all__ = [
    "JUDGES",
    "Judge",
    "JudgeContext",
    "JudgeInfo",
    "get_judge_info",
    "make_judge",
    "register_judge",
]
