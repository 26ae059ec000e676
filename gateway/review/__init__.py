"""Human review: cases from flag, hold and block decisions, reports and appeals; reviewers'
leases and verdicts; held answers released to the caller; the figures decisions feed.

See docs/review.md. Wiring: `build_review_service(...)` in `build_runtime`.
"""

from gateway.review.records import ReviewCase
from gateway.review.service import ReviewService, build_review_service

__all__ = ["ReviewCase", "ReviewService", "build_review_service"]
