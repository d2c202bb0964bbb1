#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# What each x264 speed preset costs and whether it holds: the studio streams (to a local
# nginx-rtmp) and records SIZE at FPS, KBPS (default 1920x1080 at 60 fps, 6000 kbps; the
# built-in platform presets are 1920x1080 at 30), for SECONDS, once per preset and
# repetition; beside it, in the same session, the ffmpeg CLI encodes the studio's own
# recording in real time with the same preset and rate control; a decode-only run of that file
# is subtracted, so the ffmpeg figure is its encoding alone. Prints, per preset, medians of REPS
# runs: CPU-seconds per second for both, their ratio, peak RSS, and the studio's lost frames
# (missed rendering, skipped encoding, dropped network) per run.
#
#   [SIZE=1920x1080] [FPS=60] [KBPS=6000] tests/bench/x264-presets.sh [SECONDS=15] [REPS=3] \
#     [PRESETS="veryfast superfast ultrafast"]
#
# Needs a built studio (VIDA3_STUDIO=path, default build/ci or build/dev) and installs GNU time.
set -euo pipefail
SECONDS_PER_RUN=${1:-15}
REPS=${2:-3}
read -r -a PRESETS <<<"${3:-veryfast superfast ultrafast}"
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/bench/common.sh
source "$here/common.sh"
bench_find_studio
bench_start_sink x264-presets

SIZE=${SIZE:-1920x1080} FPS=${FPS:-60} KBPS=${KBPS:-6000}
base_args=(--headless --preset custom --resolution "$SIZE" --fps "$FPS" --video-bitrate "$KBPS" --keyint 2
           --audio-bitrate 160 --log-level warning)

echo "recording the studio's own $SIZE@$FPS content for the ffmpeg side (ultrafast, so none is lost)..."
"$studio" "${base_args[@]}" --x264-preset ultrafast --record "$work/content.mkv" \
  --duration $((SECONDS_PER_RUN + 2)) 2>/dev/null

results="$work/results.tsv"
for rep in $(seq 1 "$REPS"); do
  /usr/bin/time -f '%U %S %M' -o "$work/decode.time" \
    ffmpeg -v error -re -i "$work/content.mkv" -t "$SECONDS_PER_RUN" -f null -
  decode_cpu=$(awk '{ print $1 + $2 }' "$work/decode.time")
  for preset in "${PRESETS[@]}"; do
    STREAM_KEY=bench /usr/bin/time -f '%U %S %M' -o "$work/studio.time" \
      "$studio" "${base_args[@]}" --x264-preset "$preset" --stream "rtmp://127.0.0.1:$port/live" \
      --stream-key-env STREAM_KEY --record "$work/studio.mkv" --duration "$SECONDS_PER_RUN" \
      --stats "$work/stats.jsonl" 2>/dev/null
    /usr/bin/time -f '%U %S %M' -o "$work/ffmpeg.time" \
      ffmpeg -v error -re -i "$work/content.mkv" -t "$SECONDS_PER_RUN" \
      -c:v libx264 -preset "$preset" -profile:v high -pix_fmt yuv420p -b:v "${KBPS}k" -maxrate "${KBPS}k" \
      -bufsize "${KBPS}k" -g $((2 * FPS)) -keyint_min $((2 * FPS)) -x264-params scenecut=0:filler=1 \
      -c:a aac -b:a 160k -ar 48000 -ac 2 -f flv "rtmp://127.0.0.1:$port/live/ffmpeg-$preset"
    printf '%s\t%s\t%s\t%s\t%s\n' "$preset" "$rep" "$(awk '{ print $1 + $2, $3 }' "$work/studio.time")" \
      "$(awk -v d="$decode_cpu" '{ print $1 + $2 - d }' "$work/ffmpeg.time")" "$(tail -n 1 "$work/stats.jsonl")" >> "$results"
    echo "run $rep, $preset: done"
  done
done

python3 - "$results" "$SECONDS_PER_RUN" "$SIZE" "$FPS" "$KBPS" <<'PY'
import json, statistics, sys
path, seconds, size, fps, kbps = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = {}
for line in open(path, encoding="utf-8"):
    preset, _rep, studio, ffmpeg_cpu, stats = line.rstrip("\n").split("\t", 4)
    s_cpu, s_rss = studio.split()
    last = json.loads(stats)
    lost = (last["frames"]["missed_render"], last["frames"]["skipped_encode"],
            sum(o.get("dropped_network", 0) for o in last.get("outputs", [])))
    rows.setdefault(preset, []).append((float(s_cpu) / seconds, float(ffmpeg_cpu) / seconds, int(s_rss) / 1024, lost))
print(f"\n{size} at {fps} fps, {kbps} kbps, {seconds:g} s runs, medians of {min(len(r) for r in rows.values())}")
print(f"{'preset':11}{'studio CPU-s/s':>16}{'ffmpeg CPU-s/s':>16}{'ratio':>8}{'peak RSS MiB':>14}  lost frames per run (missed, skipped, dropped)")
for preset, runs in rows.items():
    med = lambda i: statistics.median(r[i] for r in runs)
    ratio = statistics.median(r[0] / r[1] for r in runs)
    print(f"{preset:11}{med(0):16.3f}{med(1):16.3f}{ratio:8.3f}{med(2):14.0f}  {[r[3] for r in runs]}")
PY
