"""Realistic sample and generated review data, written by us (nothing copied from real datasets).

* ``sample_reviews`` / ``sample_feedback`` / ``write_sample_files``: a small seller's six products with
  six months of reviews and seller feedback, in Amazon's own file formats, for newcomers to explore.
* ``generate_reviews`` / ``write_reviews_jsonl``: any number of varied reviews, streamed, for benchmarks.
"""

from feedback.domain.samples.bulk import generate_reviews, write_reviews_jsonl
from feedback.domain.samples.reviews import (
    IMPROVING,
    PRODUCTS,
    RECENT_DAYS,
    SPAN_DAYS,
    WORSENING,
    SampleProduct,
    Trend,
    sample_reviews,
)
from feedback.domain.samples.seller import (
    FEEDBACK_FILE,
    FEEDBACK_HEADER,
    REVIEWS_FILE,
    feedback_report,
    sample_feedback,
    write_sample_files,
)

__all__ = [
    "FEEDBACK_FILE",
    "FEEDBACK_HEADER",
    "IMPROVING",
    "PRODUCTS",
    "RECENT_DAYS",
    "REVIEWS_FILE",
    "SPAN_DAYS",
    "WORSENING",
    "SampleProduct",
    "Trend",
    "feedback_report",
    "generate_reviews",
    "sample_feedback",
    "sample_reviews",
    "write_reviews_jsonl",
    "write_sample_files",
]
