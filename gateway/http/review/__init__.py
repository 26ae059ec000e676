"""The reviewers' side over HTTP: the review queue pages, the figures page, the review API."""
