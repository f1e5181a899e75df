"""Inspect's entry-point plugins, loaded as Inspect would, minus inspect_evals' catalogue.

Inspect loads every ``inspect_ai`` entry point the first time it loads hooks,
at the start of every run. inspect_evals (a dependency, for its reference
prompts and scorers) registers its whole catalogue of tasks there, and
importing that catalogue pulls in ``datasets``, ``pandas`` and ``pyarrow``:
about a second of each run's start-up on 2 cores (py-spy, issue 17).
lrmsafe imports the inspect_evals modules it needs by path and looks none of
its tasks up by name, so that one entry point is skipped and every other
plugin (a user's hooks, model providers) loads as usual.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

SKIPPED = frozenset({"inspect_evals"})
"""Entry-point names not loaded: catalogues of tasks lrmsafe never looks up by name."""

logger = logging.getLogger(__name__)


def load_plugins() -> None:
    """Load Inspect's entry points except :data:`SKIPPED`, and mark them all loaded.

    Inspect 0.3.285 keeps the "all loaded" mark in a module global
    (``inspect_ai._util.entrypoints``); once it is set Inspect loads no entry
    point again, so this must run before Inspect's first ``init_hooks``.
    """
    from inspect_ai._util import entrypoints  # no public name (Inspect 0.3.285)

    if entrypoints._inspect_ai_eps_loaded_all:
        return
    for ep in entry_points(group="inspect_ai"):
        if ep.name in SKIPPED:
            continue
        try:
            ep.load()
        except Exception as ex:  # Inspect's own rule: a broken plugin is a warning
            logger.warning("Unexpected exception loading entrypoints from '%s': %s", ep.value, ex)
    entrypoints._inspect_ai_eps_loaded_all = True
