#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Medians and ratios of pipeline-cost.sh runs (one TSV line per run)."""
import json
import statistics
import sys

path, seconds = sys.argv[1], float(sys.argv[2])
runs = []
with open(path, encoding="utf-8") as f:
    for line in f:
        rep, s_cpu, s_rss, f_cpu, f_rss, d_cpu, stats = line.rstrip("\n").split("\t", 6)
        frames = json.loads(stats)["frames"]
        runs.append(dict(s=float(s_cpu) / seconds, f=float(f_cpu) / seconds, d=float(d_cpu) / seconds,
                         s_rss=int(s_rss) / 1024, f_rss=int(f_rss) / 1024,
                         missed=frames["missed_render"], skipped=frames["skipped_encode"]))

med = lambda key: statistics.median(r[key] for r in runs)
ratios = [r["s"] / r["f"] for r in runs]
ratios_no_decode = [r["s"] / (r["f"] - r["d"]) for r in runs]
print()
print(f"{'':34}{'median':>10}{'min':>10}{'max':>10}")
for label, key in [("studio CPU-s per streamed s", "s"), ("ffmpeg CLI CPU-s per streamed s", "f"),
                   ("  of which H.264 decode", "d"), ("studio peak RSS (MiB)", "s_rss"),
                   ("ffmpeg peak RSS (MiB)", "f_rss")]:
    values = [r[key] for r in runs]
    print(f"{label:34}{statistics.median(values):10.3f}{min(values):10.3f}{max(values):10.3f}")
print(f"{'ratio studio / ffmpeg':34}{statistics.median(ratios):10.3f}{min(ratios):10.3f}{max(ratios):10.3f}")
print(f"{'ratio, ffmpeg without its decode':34}{statistics.median(ratios_no_decode):10.3f}"
      f"{min(ratios_no_decode):10.3f}{max(ratios_no_decode):10.3f}")
print(f"studio frames missed (rendering) per run: {[r['missed'] for r in runs]}, "
      f"skipped (encoding): {[r['skipped'] for r in runs]}")
print(f"runs: {len(runs)} x {seconds:g} s; target ratio <= 1.00 (#13)")
