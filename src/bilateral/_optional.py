"""Optional libraries, imported where a function needs one, and named with their extra
when they are missing."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["need_extra"]


def need_extra(module: str, extra: str, what: str) -> Any:
    """The module ``module``, or an ``ImportError`` saying which extra brings it.

    >>> need_extra("json", "none", "this").__name__
    'json'
    >>> need_extra("no_such_module", "parquet", "Parquet export")
    Traceback (most recent call last):
    ImportError: Parquet export needs no_such_module: pip install 'bilateral[parquet]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"{what} needs {module}: pip install 'bilateral[{extra}]'") from exc
