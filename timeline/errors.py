"""User-facing input errors: each names the file and the field at fault."""

from __future__ import annotations


class InputError(Exception):
    """A problem with the user's input, reported as one line, never as a traceback."""

    def __init__(self, file: str, field: str, message: str) -> None:
        super().__init__(f"{file}: {field}: {message}")
        self.file = file
        self.field = field
        self.message = message

    def __reduce__(self):  # so a worker process can send it back intact
        return (type(self), (self.file, self.field, self.message))
