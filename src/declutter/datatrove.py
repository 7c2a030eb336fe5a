"""A datatrove pipeline step (``pip install 'declutter-news[datatrove]'``).

``Declutter`` cleans each document's text in place and records what it did in the document's
metadata: ``declutter_junk_share`` (the share of non-space characters removed) and
``declutter_removals`` (how many pieces, by kind). With ``max_junk_share`` it also drops the
documents that were mostly junk, as a filter would. Documents that cannot be cleaned follow
``on_error`` as everywhere else (declutter.records): ``"pass"`` keeps them uncleaned with
``declutter_error`` in the metadata, ``"skip"`` drops them, ``"raise"`` stops the task::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from declutter.datatrove import Declutter

    LocalPipelineExecutor(pipeline=[JsonlReader("crawl/"), Declutter(max_junk_share=0.5),
                                    JsonlWriter("clean/")], tasks=4).run()
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("declutter.datatrove needs datatrove: pip install 'declutter-news[datatrove]'") from e

from .errors import SettingsError
from .profile import Profile
from .records import ERROR_FIELD, JUNK_FIELD, check_on_error, clean_value
from .settings import Settings


class Declutter(PipelineStep):
    """Clean ``doc.text`` of every document; see the module docstring."""

    name = "declutter"
    type = "✂️ - FORMAT"

    def __init__(self, *, on_error: str = "pass", max_junk_share: float | None = None, lang: str = "auto",
                 settings: Settings | None = None, profile: Profile | None = None, input: str = "auto") -> None:
        super().__init__()
        check_on_error(on_error)
        if max_junk_share is not None and not 0.0 <= max_junk_share <= 1.0:
            raise SettingsError(f"max_junk_share must be within [0, 1], got {max_junk_share}")
        self.on_error, self.max_junk_share = on_error, max_junk_share
        self.options: dict[str, Any] = {"lang": lang, "settings": settings, "profile": profile, "input": input}

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        for doc in data or ():
            self.stat_update("total")
            with self.track_time():
                result, problem = clean_value(doc.text, on_error=self.on_error, where=f"document {doc.id}",
                                              **self.options)
            if result is None:
                self.stat_update("errors")
                if self.on_error == "pass":
                    doc.metadata[ERROR_FIELD] = problem
                    yield doc
                continue
            share = round(result.junk_share, 4)
            if self.max_junk_share is not None and share > self.max_junk_share:
                self.stat_update("dropped_junk")
                continue
            doc.text = result.text
            doc.metadata.pop(ERROR_FIELD, None)  # cleaned now: an earlier run's error no longer holds
            doc.metadata[JUNK_FIELD] = share
            doc.metadata["declutter_removals"] = dict(Counter(r.kind for r in result.removals))
            for removal in result.removals:
                self.stat_update(f"removed_{removal.kind}")
            self.stat_update("forwarded")
            yield doc
