#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Remote control while streaming: 720p30 veryfast to nginx-rtmp for SECONDS with five logged-in
# controllers receiving InputVolumeMeters (20 Hz), two of them sending 50 requests/s each
# (JSON and MessagePack, GetStats and GetSceneList in turn), against the same stream without
# remote control, in the same session.
#   tests/bench/remote-control.sh [SECONDS] [RUNS]   (defaults 20 s, 3 runs)
# Prints one JSON line per run, then medians: request round trip p50/p99 per encoding (ms),
# the slowest controller's meter rate, frames lost by kind, and the studio's CPU with remote
# control over without it.
set -euo pipefail
seconds=${1:-20}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/../remote-e2e/setup.sh"
work=$(mktemp -d /tmp/vida3-remote-control.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$here"
for ((i = 1; i <= runs; i++)); do
  for mode in plain remote; do
    node remote-bench.mjs "$seconds" "$mode" | tee -a "$work/runs.jsonl"
  done
done
python3 - "$work/runs.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
plain = [r for r in rows if r["mode"] == "plain"]
remote = [r for r in rows if r["mode"] == "remote"]
med = lambda rs, k: statistics.median(r[k] for r in rs)
print(f"round trip JSON p50 {med(remote,'rtt_json_p50'):.2f} ms, p99 {med(remote,'rtt_json_p99'):.2f} ms; "
      f"MessagePack p50 {med(remote,'rtt_msgpack_p50'):.2f} ms, p99 {med(remote,'rtt_msgpack_p99'):.2f} ms "
      f"({med(remote,'requests'):.0f} requests per run)")
print(f"meters: slowest controller {med(remote,'meter_hz_min'):.1f} Hz (5 controllers)")
for label, rs in (("plain", plain), ("remote", remote)):
    print(f"{label}: frames missed {[r['missed_render'] for r in rs]}, skipped {[r['skipped_encode'] for r in rs]}, "
          f"dropped {[r['dropped_network'] for r in rs]}, CPU {med(rs,'cpu_s_per_s'):.3f} s/s")
print(f"CPU with remote control / without: {med(remote,'cpu_s_per_s') / med(plain,'cpu_s_per_s'):.2f}")
PY
