"""The API's one error type: a status, a short ``error`` and a ``detail`` that says what to do.

Every error answer is JSON ``{"error", "detail"}`` (plus ``allowed`` where a parameter has a fixed
set of values); the app turns these, the framework's own errors and anything unexpected into that
shape, never a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, error: str, detail: str, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(f"{error}: {detail}")
        self.status = status
        self.error = error
        self.detail = detail
        self.headers = headers
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "detail": self.detail, **self.extra}


def bad_parameter(name: str, value: object, why: str, allowed: Sequence[str] | None = None) -> ApiError:
    """422: a query parameter that cannot be used; ``allowed`` lists the values it may take."""
    detail = f"{name}={value!r}: {why}"
    if allowed is not None:
        return ApiError(422, "invalid parameter", f"{detail}; allowed: {', '.join(allowed)}",
                        parameter=name, allowed=list(allowed))
    return ApiError(422, "invalid parameter", detail, parameter=name)


def not_found(what: str, ident: str, todo: str) -> ApiError:
    return ApiError(404, "not found", f"no {what} {ident!r}; {todo}")
