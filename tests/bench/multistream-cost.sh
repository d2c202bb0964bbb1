#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# What each extra destination costs: the headless studio streaming 720p30 (veryfast, 2500 kbps,
# keyframe 2 s) to 1, 2 and 4 destinations of one local nginx-rtmp from ONE encode, run
# alternately REPS times. Prints median CPU-seconds per streamed second per configuration and
# each extra destination's cost as a share of the single-destination CPU (target: <= 3 %).
# (OBS with a multistream plugin encodes once per destination: x264's cost times N.)
#
#   tests/bench/multistream-cost.sh [SECONDS=20] [REPS=3]
set -euo pipefail
SECONDS_PER_RUN=${1:-20}
REPS=${2:-3}
source "$(dirname "$0")/common.sh"
bench_find_studio
bench_start_sink multibench

export KEY1=one KEY2=two KEY3=three KEY4=four
results="$work/results.tsv"
for rep in $(seq 1 "$REPS"); do
  for n in 1 2 4; do
    args=(--headless --preset custom --resolution 1280x720 --fps 30 --video-bitrate 2500 --keyint 2
          --adaptive-bitrate off --log-level warning --duration "$SECONDS_PER_RUN")
    for i in $(seq 1 "$n"); do
      args+=(--stream "rtmp://127.0.0.1:$port/live" --stream-key-env "KEY$i" --stream-name "d$i")
    done
    /usr/bin/time -f '%U %S' -o "$work/time" "$studio" "${args[@]}" 2>/dev/null
    cpu=$(awk '{ printf "%.3f", $1 + $2 }' "$work/time")
    printf '%s\t%s\t%s\n' "$n" "$rep" "$cpu" >> "$results"
    echo "run $rep, $n destination(s): ${cpu}s CPU"
  done
done

python3 - "$results" "$SECONDS_PER_RUN" <<'PY'
import statistics, sys
path, seconds = sys.argv[1], float(sys.argv[2])
by_n = {}
for line in open(path):
    n, rep, cpu = line.split()
    by_n.setdefault(int(n), []).append(float(cpu) / seconds)
base = statistics.median(by_n[1])
print()
print(f"{'destinations':>12}{'median CPU-s/s':>16}{'extra per added destination':>30}")
for n in sorted(by_n):
    med = statistics.median(by_n[n])
    extra = "" if n == 1 else f"{(med - base) / base / (n - 1) * 100:+.1f} % of 1-destination CPU"
    print(f"{n:>12}{med:>16.3f}{extra:>30}")
print(f"runs: {len(by_n[1])} per configuration x {seconds:g} s; target: <= 3 % per added destination")
PY
