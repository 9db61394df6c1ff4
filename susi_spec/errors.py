"""Exceptions that stop a command; the CLI maps each to an exit code at one boundary."""


class SusiError(Exception):
    """A usage, configuration or environment error: the command cannot go on (exit 2)."""


class InvalidSpec(SusiError):
    """A version of a spec that does not validate; `data` holds its bytes to report on."""

    def __init__(self, message: str, path: str, data: bytes) -> None:
        super().__init__(message)
        self.path = path
        self.data = data
