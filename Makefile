# The two entry points the README opens with.
.PHONY: example example-web test setup bench

setup:
	scripts/setup.sh

example: setup
	.venv/bin/eventcoder extract examples/seeds.jsonl --format table

example-web: setup
	.venv/bin/eventcoder extract examples/web/ --format table

test:
	scripts/setup.sh --test
	.venv/bin/python -m pytest

bench:
	.venv/bin/python benchmarks/bench_pipeline.py examples/seeds.jsonl
