"""Benchmarks: run with `make bench`; results go to docs/BENCHMARKS.md."""
