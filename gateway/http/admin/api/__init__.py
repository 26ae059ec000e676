"""The admin API under `/admin/`: one controller per resource, guarded by role."""
