"""Exceptions that stop a command; the CLI maps each to an exit code at one boundary."""


class SusiError(Exception):
    """A usage, configuration or environment error: the command cannot go on (exit 2)."""
