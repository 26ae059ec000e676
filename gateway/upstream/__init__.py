"""Upstreams: one pooled HTTP client per model server, and the SSE relay."""
