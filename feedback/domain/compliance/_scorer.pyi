"""Types of the compiled scorer (``_scorer.c``); see learned.py for what it computes."""

from collections.abc import Sequence
from typing import Literal, overload

class Scorer:
    def __init__(
        self,
        keys: Sequence[bytes],
        weights: Sequence[Sequence[tuple[int, float]]],
        base: Sequence[float],
        prefix: int = ...,
        context: bool = ...,
    ) -> None: ...
    @overload
    def margins(
        self, low: str, bounds: Sequence[tuple[int, int]], passing: Literal[False] = ...
    ) -> tuple[list[tuple[int, int]], list[float]]: ...
    @overload
    def margins(
        self, low: str, bounds: Sequence[tuple[int, int]], passing: Literal[True]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int, float]]]: ...
