"""Routes for callers with an API key: models, terms, reviews, reports and appeals."""
