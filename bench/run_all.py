"""Every benchmark, in sequence: `make bench`."""

from __future__ import annotations

import subprocess
import sys

for mod in ("bench.ingest", "bench.nlp", "bench.memory", "bench.long_docs", "bench.monitor", "bench.scale"):
    print(f"== {mod}", flush=True)
    subprocess.run([sys.executable, "-m", mod], check=True)
