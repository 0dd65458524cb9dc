"""Alembic environment: runs on the connection deskapp hands over (see db/migrate.py)."""

from alembic import context
from sqlalchemy import create_engine

from deskapp.db.migrate import include_name
from deskapp.db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line: DESKAPP_DATABASE_URL or -x url=...
        import os

        url = context.get_x_argument(as_dictionary=True).get("url") or os.environ["DESKAPP_DATABASE_URL"]
        with create_engine(url).connect() as conn:
            _migrate(conn)
            conn.commit()
        return
    _migrate(connection)


def _migrate(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=include_name,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
