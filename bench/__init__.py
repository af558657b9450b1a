"""Throughput and memory benchmarks. Run by hand or `make bench`; never as timed tests.
Figures are ratios measured side by side in one run, because the machines are noisy."""
