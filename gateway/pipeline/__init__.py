"""The request pipeline: the per-request context and the ordered list of stages."""
