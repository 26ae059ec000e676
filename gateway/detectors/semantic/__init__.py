"""MiniLM sentence embeddings and the linear heads scored on them (the optional `ml` extra)."""
