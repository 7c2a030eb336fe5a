"""Throughput and memory of ``declutter --jsonl``: a corpus made by repeating a gold JSONL (its
``raw`` field becomes ``text``) to a target size, cleaned with -j1 and -j2.

    python benchmarks/jsonl_throughput.py ../shared/data/dev.jsonl --mb 50
    python benchmarks/jsonl_throughput.py ../shared/data/dev.jsonl --mb 500 --jobs 2

Reports records/s and MB/s per job count, and the peak resident memory of the whole process tree
(the parent and its workers, sampled from /proc every 0.1 s) and of its largest single process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

EXE = shutil.which("declutter") or str(Path(sys.executable).with_name("declutter"))


def build_corpus(gold: str, target_mb: float, path: Path) -> int:
    docs = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    lines = [json.dumps({"id": d["id"], "text": d["raw"], "source": d.get("source")}, ensure_ascii=False) + "\n"
             for d in docs]
    block = "".join(lines).encode("utf-8")
    count = 0
    with open(path, "wb") as f:
        while f.tell() < target_mb * 1e6:
            f.write(block)
            count += len(lines)
    return count


def tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and its descendants, in kB (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry)] = int(fields.get("PPid", "0").strip())
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(p for p, pp in parents.items() if pp == pid)
    return total


def run(corpus: Path, jobs: int) -> tuple[float, int]:
    peak = 0
    proc = subprocess.Popen([EXE, "--jsonl", "-q", "-j", str(jobs), str(corpus), "-o", os.devnull])
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    t0 = time.perf_counter()
    sampler.start()
    if proc.wait() != 0:
        raise SystemExit(f"declutter exited with {proc.returncode}")
    elapsed = time.perf_counter() - t0
    stop.set()
    sampler.join()
    return elapsed, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts to run (default 1 2)")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        records = build_corpus(a.gold, a.mb, corpus)
        size_mb = corpus.stat().st_size / 1e6
        print(f"corpus: {records:,} records, {size_mb:.0f} MB")
        for jobs in a.jobs:
            elapsed, peak_kb = run(corpus, jobs)
            largest_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"-j{jobs}: {elapsed:7.1f} s, {records / elapsed:8,.0f} records/s, {size_mb / elapsed:6.2f} MB/s, "
                  f"peak RSS of the process tree {peak_kb / 1024:.0f} MB "
                  f"(largest single process so far {largest_mb:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
