"""The one SQLAlchemy `MetaData` every table of the project registers on.

Each part of the architecture declares its own tables in its own module (for example
`gateway/access/tables.py`) against this object; `gateway/storage/tables.py` imports them all so
that Alembic sees the whole schema.
"""

from sqlalchemy import MetaData

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
