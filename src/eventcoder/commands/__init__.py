"""CLI commands, one module per group. Each module exposes ``register(app: typer.Typer) -> None``;
``eventcoder.cli`` registers every module found here, so adding a command never edits a shared file."""
