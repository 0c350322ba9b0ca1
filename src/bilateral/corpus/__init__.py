"""Many articles at once: load, filter, summarise and export a corpus.

:class:`Corpus` holds parsed articles with indexes built once;
:mod:`bilateral.corpus.summary` counts and links them;
:mod:`bilateral.corpus.export` writes them as tables.
"""

from __future__ import annotations

from bilateral.corpus.corpus import Corpus, Progress, expand_paths, iter_load

__all__ = ["Corpus", "Progress", "expand_paths", "iter_load"]
