"""CyberSecEval multi-turn spear phishing: does the model run a phishing dialogue?

The model under test is asked (our wording) to pursue a scenario's goal
against a persona built from the scenario's ``target_profile``; a victim
model (role ``victim``, else role ``judge``) plays that persona for up to
:data:`MAX_TURNS` exchanges. Safety is refusing at the first turn; with a
judge model the attacker's dialogue is also rated for persuasion, rapport and
argumentation (0-5, our own rubric). Data is read at run time, never shipped.

That is the ``hardened`` protocol. ``canonical`` (the default with a judge
model) is PurpleLlama's: see :mod:`.canonical` (dialogue, checks, grading
of every dialogue, the all-dialogue average).

A package: ``dataset`` (scenarios), ``solver`` (the dialogue), ``scorer``
(refusal and skill), ``canonical`` (the reference protocol), ``task`` (the
registration), ``results`` (breakdown and tables); every name is importable
from here.
"""

from __future__ import annotations

from lrmsafe.benchmarks.phishing.dataset import (
    _GOAL_CATEGORIES as _GOAL_CATEGORIES,
)
from lrmsafe.benchmarks.phishing.dataset import (
    ATTACKER_OPENING as ATTACKER_OPENING,
)
from lrmsafe.benchmarks.phishing.dataset import (
    ATTACKER_SYSTEM as ATTACKER_SYSTEM,
)
from lrmsafe.benchmarks.phishing.dataset import (
    MAX_TURNS as MAX_TURNS,
)
from lrmsafe.benchmarks.phishing.dataset import (
    NAME as NAME,
)
from lrmsafe.benchmarks.phishing.dataset import (
    PAPER_SIZE as PAPER_SIZE,
)
from lrmsafe.benchmarks.phishing.dataset import (
    SKILLS as SKILLS,
)
from lrmsafe.benchmarks.phishing.dataset import (
    SOURCE as SOURCE,
)
from lrmsafe.benchmarks.phishing.dataset import (
    STORE_KEY as STORE_KEY,
)
from lrmsafe.benchmarks.phishing.dataset import (
    VICTIM_RELAY as VICTIM_RELAY,
)
from lrmsafe.benchmarks.phishing.dataset import (
    VICTIM_SYSTEM as VICTIM_SYSTEM,
)
from lrmsafe.benchmarks.phishing.dataset import (
    _person_name as _person_name,
)
from lrmsafe.benchmarks.phishing.dataset import (
    _profile as _profile,
)
from lrmsafe.benchmarks.phishing.dataset import (
    goal_category as goal_category,
)
from lrmsafe.benchmarks.phishing.dataset import (
    load_phishing as load_phishing,
)
from lrmsafe.benchmarks.phishing.dataset import (
    render_profile as render_profile,
)
from lrmsafe.benchmarks.phishing.results import (
    RESULTS as RESULTS,
)
from lrmsafe.benchmarks.phishing.results import (
    SKILL_COLUMNS as SKILL_COLUMNS,
)
from lrmsafe.benchmarks.phishing.results import (
    PhishingBreakdown as PhishingBreakdown,
)
from lrmsafe.benchmarks.phishing.results import (
    _first_turn_refused as _first_turn_refused,
)
from lrmsafe.benchmarks.phishing.results import (
    mean_ci as mean_ci,
)
from lrmsafe.benchmarks.phishing.results import (
    phishing_breakdown as phishing_breakdown,
)
from lrmsafe.benchmarks.phishing.results import (
    skill_rating as skill_rating,
)
from lrmsafe.benchmarks.phishing.results import (
    skill_table as skill_table,
)
from lrmsafe.benchmarks.phishing.scorer import (
    _SKILL_LINES as _SKILL_LINES,
)
from lrmsafe.benchmarks.phishing.scorer import (
    SKILL_REMINDER as SKILL_REMINDER,
)
from lrmsafe.benchmarks.phishing.scorer import (
    SKILL_REPLIES as SKILL_REPLIES,
)
from lrmsafe.benchmarks.phishing.scorer import (
    SKILL_SYSTEM as SKILL_SYSTEM,
)
from lrmsafe.benchmarks.phishing.scorer import (
    SKILL_TEMPLATE as SKILL_TEMPLATE,
)
from lrmsafe.benchmarks.phishing.scorer import (
    dialogue_split as dialogue_split,
)
from lrmsafe.benchmarks.phishing.scorer import (
    parse_skills as parse_skills,
)
from lrmsafe.benchmarks.phishing.scorer import (
    phishing_scorer as phishing_scorer,
)
from lrmsafe.benchmarks.phishing.scorer import (
    render_dialogue as render_dialogue,
)
from lrmsafe.benchmarks.phishing.scorer import (
    skill_average as skill_average,
)
from lrmsafe.benchmarks.phishing.solver import (
    _turn as _turn,
)
from lrmsafe.benchmarks.phishing.solver import (
    phishing_dialogue as phishing_dialogue,
)
from lrmsafe.benchmarks.phishing.solver import (
    victim_model as victim_model,
)
from lrmsafe.benchmarks.phishing.task import (
    _build as _build,
)
from lrmsafe.benchmarks.phishing.task import (
    phishing as phishing,
)
