#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The window as a daily tool costs the stream nothing: 720p30 streamed to a local nginx-rtmp from
# the window with every dock open and floating (Stats graphs, meters, history, scenes, layers …
# all painted), against the same window with every dock closed. Prints one JSON line per run,
# then the medians: the GUI thread's busy time per second, the ratio docks / plain, and the
# frames lost by kind (the target is 0).
#   tests/bench/window-docks.sh [SECONDS] [RUNS]   (defaults 20 s, 3 runs)
set -euo pipefail
seconds=${1:-20}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${VIDA3_WINDOWBENCH:-$root/build/ci/tests/bench/vida3_windowbench}
[[ -x $bench ]] || { echo "build first: $bench is missing" >&2; exit 1; }
source "$root/tests/bench/common.sh"
bench_start_sink window-docks
export QT_QPA_PLATFORM=offscreen VIDA3_BENCH_KEY=bench
for ((i = 1; i <= runs; i++)); do
  for mode in plain docks; do
    "$bench" "$mode" "$seconds" "rtmp://127.0.0.1:$port/live" | grep '^{' | tee -a "$work/runs.jsonl"
  done
done
python3 - "$work/runs.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def med(mode, key): return statistics.median(r[key] for r in rows if r["mode"] == mode)
for mode in ("plain", "docks"):
    print(f"{mode}: GUI busy {med(mode, 'gui_busy_ms_per_s'):.1f} ms/s (runs {[r['gui_busy_ms_per_s'] for r in rows if r['mode'] == mode]}); "
          f"lost: missed {med(mode, 'missed_render')}, skipped {med(mode, 'skipped_encode')}, dropped {med(mode, 'dropped_network')}")
print(f"GUI busy docks / plain: {med('docks', 'gui_busy_ms_per_s') / med('plain', 'gui_busy_ms_per_s'):.2f}")
PY
