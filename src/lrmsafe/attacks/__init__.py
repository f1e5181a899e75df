"""Attacks: solver chains that rewrite a harmful request before the target sees it.

One module per family registers its attacks on import; ``lrmsafe list``
shows them and ``lrmsafe run --attack a,b`` runs each beside ``none``.
"""

from lrmsafe.attacks import _apply as _apply
from lrmsafe.attacks import encodings as encodings
from lrmsafe.attacks import injection_canary as injection_canary
from lrmsafe.attacks import multiturn as multiturn
from lrmsafe.attacks import reasoning as reasoning
from lrmsafe.attacks import templates as templates
from lrmsafe.attacks._apply import attack_tasks, build_variants
from lrmsafe.attacks._base import (
    ATTACKS,
    FAMILIES,
    AttackContext,
    AttackInfo,
    AttackSpec,
    AttackVariant,
    get_attack_info,
    parse_attacks,
    register_attack,
)
from lrmsafe.attacks._common import TRANSFORMS

__all__ = [
    "ATTACKS",
    "FAMILIES",
    "TRANSFORMS",
    "AttackContext",
    "AttackInfo",
    "AttackSpec",
    "AttackVariant",
    "attack_tasks",
    "build_variants",
    "get_attack_info",
    "parse_attacks",
    "register_attack",
]
