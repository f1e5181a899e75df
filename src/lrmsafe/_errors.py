"""User-facing errors: one line, exit status 2, no traceback unless --debug."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or environment that the user can fix; the message says how."""


class UnknownNameError(ValueError):
    """A user named something that is not registered; the message lists choices."""


EXIT_USER_ERROR = 2
