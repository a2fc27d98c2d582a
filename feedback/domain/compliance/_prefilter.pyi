"""Types of the compiled prefilter step (``_prefilter.c``); see Checker._select_python for what it does."""

from collections.abc import Mapping, Sequence

class Prefilter:
    def __init__(
        self,
        at_word: tuple[str | None, ...],
        anywhere: tuple[str | None, ...],
        unlocks: Mapping[str, tuple[tuple[int, int, frozenset[str] | None], ...]],
        always: tuple[tuple[int, tuple[int, ...]], ...],
    ) -> None: ...
    def select(
        self, matches: Sequence[tuple[int, int, int]], text: str
    ) -> tuple[set[str], dict[int, set[int]]]: ...
