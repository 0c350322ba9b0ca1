"""Writing a file so that readers see the old one or the whole new one, never a part.

The content goes to a temporary file in the target's folder (same file
system, so the final rename is atomic) and is renamed into place only when
written completely; an interrupted run leaves the old file (or none) and no
temporary debris.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_path(folder / "out.txt") as tmp:
...     _ = tmp.write_text("done")
>>> (folder / "out.txt").read_text(), sorted(p.name for p in folder.iterdir())
('done', ['out.txt'])
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_path"]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed onto it when the block ends cleanly."""
    final = Path(target)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        # On failure (or on success, a no-op) no partial file stays behind.
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
