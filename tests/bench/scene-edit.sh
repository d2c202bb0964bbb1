#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Editing never costs the stream a frame, and a fade costs no more than rendering both scenes.
#   tests/bench/scene-edit.sh [SECONDS] [RUNS]   (defaults 10 s, 3 runs)
# 1. 720p30 veryfast encoded and recorded for SECONDS while a layer is dragged at 60 Hz
#    through the document and the live scene switch (the window's path), against the same
#    run without dragging: medians of frames missed and skipped, and render time per frame.
# 2. Render time per frame of two scenes alone and during back-to-back 1 s fades between
#    them: the ratio fade / (A + B) should be at most 1.
# Needs a build (./test.sh or ./run.sh); prints one JSON line per run, then the medians.
set -euo pipefail
seconds=${1:-10}
runs=${2:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${VIDA3_SCENEBENCH:-$root/build/ci/tests/bench/vida3_scenebench}
[[ -x $bench ]] || { echo "build first: $bench is missing" >&2; exit 1; }
work=$(mktemp -d /tmp/vida3-scene-edit.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
for ((i = 1; i <= runs; i++)); do
  for mode in idle drag; do
    "$bench" "$mode" "$seconds" "$work/$mode-$i.mkv" | tee -a "$work/edit.jsonl"
  done
  "$bench" fade "$((seconds < 6 ? 6 : seconds))" | tee -a "$work/fade.jsonl"
done
python3 - "$work" <<'PY'
import json, statistics, sys
work = sys.argv[1]
edits = [json.loads(l) for l in open(f"{work}/edit.jsonl")]
fades = [json.loads(l) for l in open(f"{work}/fade.jsonl")]
def med(rows, key): return statistics.median(r[key] for r in rows)
for mode in ("idle", "drag"):
    rows = [r for r in edits if r["mode"] == mode]
    print(f"{mode}: missed {med(rows,'missed_render')}, skipped {med(rows,'skipped_encode')}, "
          f"render {med(rows,'render_ms'):.3f} ms/frame, edits {med(rows,'edits')} "
          f"(runs: missed {[r['missed_render'] for r in rows]}, skipped {[r['skipped_encode'] for r in rows]})")
idle = med([r for r in edits if r["mode"] == "idle"], "render_ms")
drag = med([r for r in edits if r["mode"] == "drag"], "render_ms")
print(f"render time while dragging / idle: {drag / idle:.2f}")
print(f"fade: A {med(fades,'a_ms'):.3f} ms, B {med(fades,'b_ms'):.3f} ms, during fades {med(fades,'fade_ms'):.3f} ms/frame; "
      f"fade / (A + B) = {med(fades,'fade_over_a_plus_b'):.2f} (target <= 1.00; runs {[r['fade_over_a_plus_b'] for r in fades]})")
PY
