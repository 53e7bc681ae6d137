"""The article: one source text with its metadata, as the rest of the pipeline sees it."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One source text with its metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    language: str = "en"
    url: str | None = None
    source: str | None = None
    notes: list[str] = field(default_factory=list)
    sha256: str | None = None        # kept when the text is dropped (see kg.pipeline.building.graph_from)

    @property
    def digest(self) -> str:
        return self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def without_text(self) -> "Article":
        """The metadata alone, for what outlives the reading of the article."""
        return dataclasses.replace(self, text="", sha256=self.digest)
