"""Policy: tiers, models and inspection profiles parsed into frozen objects at load time."""
