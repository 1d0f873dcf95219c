"""Throughput of the metric extraction alone (entities are found first, untimed).

    uv run python bench/metrics_speed.py ../shared/corpus/large [--limit N]

Prints MB/s (UTF-8 bytes of the canonical texts) and figures found.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ftz_desktop.core import entities, importers, metrics
from ftz_desktop.services.importing import plan


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    root = Path(args[0]) if args else HERE.parent.parent / "shared" / "corpus" / "large"
    files = [Path(f) for f in plan([root]).files][:limit]
    nbytes = 0
    seconds = 0.0
    count = with_zone = 0
    zone_bytes = 0
    zone_seconds = 0.0
    for f in files:
        try:
            doc = importers.read_document(f, f.read_bytes())
        except Exception:  # noqa: BLE001 - unreadable files are not the point here
            continue
        found = entities.extract(doc.text)
        t0 = time.perf_counter()
        ms = metrics.extract(doc.text, found, doc.date)
        took = time.perf_counter() - t0
        seconds += took
        size = len(doc.text.encode("utf-8"))
        nbytes += size
        if any(e.kind in ("zone", "area") for e in found):
            zone_bytes += size
            zone_seconds += took
        count += len(ms)
        with_zone += sum(1 for m in ms if m.zone)
    mb = nbytes / 1e6
    print(f"{len(files)} files, {mb:.1f} MB of text, {count} figures ({with_zone} with a zone)")
    print(f"metric extraction: {seconds:.2f} s, {mb / seconds if seconds else 0:.1f} MB/s")
    zmb = zone_bytes / 1e6
    print(
        f"  of which texts naming a zone or area: {zmb:.1f} MB in {zone_seconds:.2f} s, "
        f"{zmb / zone_seconds if zone_seconds else 0:.1f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
