"""The one exception type for problems a user can fix (bad files, bad options)."""

from __future__ import annotations


class CrosscheckError(Exception):
    """A user-facing problem, located in a file where possible.

    str() gives the one line the CLI prints: ``FILE:LINE:COL: message`` (parts that are not
    known are left out).  Lines and columns are 1-based.
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.field = field

    def __reduce__(self) -> tuple[type[CrosscheckError], tuple[str | int | None, ...]]:
        # Pickled whole (a worker process sends it back): Exception's default keeps only
        # the message.
        return (type(self), (self.message, self.path, self.line, self.column, self.field))

    @classmethod
    def duplicate(cls, what: str, name: str, first: object, path: object) -> CrosscheckError:
        """The error for an id used a second time, in `path`, `first` being where it was."""
        return cls(f"duplicate {what} {name!r} (also in {first})", str(path), field="id")

    def __str__(self) -> str:
        where = ":".join(
            str(part) for part in (self.path, self.line, self.column) if part is not None
        )
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}" if where else what
