"""Storage: SQLAlchemy models, the engine, migrations, auditing and database-error translation."""
