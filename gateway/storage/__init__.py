"""Storage: the async engine, the table metadata and the Alembic migrations."""
