"""One registry type for benchmarks, suites, judges and attacks.

Each is a name -> entry mapping filled as modules register; looking up an
unknown name is a user error whose one line lists the choices.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from lrmsafe._errors import UnknownNameError

T = TypeVar("T")


class Registry(dict[str, T]):
    """Registered entries by name; :meth:`lookup` explains an unknown name."""

    def __init__(self, kind: str, choose: str = "choose from") -> None:
        super().__init__()
        self.kind = kind
        """What an entry is, in messages ("benchmark", "judge", ...)."""
        self.choose = choose

    def add(self, name: str, entry: T) -> T:
        """Register (or replace) ``entry`` under ``name``."""
        self[name] = entry
        return entry

    def lookup(self, name: str) -> T:
        """The entry named ``name``, or an UnknownNameError listing the names."""
        try:
            return self[name]
        except KeyError:
            raise self.unknown(name) from None

    def unknown(self, name: str, more: Iterable[str] = ()) -> Exception:
        """The error for an unknown ``name``: every registered name, then ``more``."""
        choices = [*sorted(self), *more]
        return UnknownNameError(
            f"unknown {self.kind} '{name}'; {self.choose}: {', '.join(choices)}"
        )
