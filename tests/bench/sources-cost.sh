#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# CPU cost of camera-sized sources: the studio streaming 720p30 with a 1280x720@30 media layer
# (looping, with sound) and a 1280x720@30 camera (lavfi test pattern, the camera's input path)
# on top of the VIDA³ scene, plus two audio channels (the file's sound and the tone); against
# the same studio without those sources, and against the ffmpeg CLI decoding the same file in
# real time and encoding it with the same x264 settings. All stream to a local nginx-rtmp, run
# alternately in one session. Prints medians of REPS runs (CPU-seconds per second, frames lost)
# and the ratios.
#
#   tests/bench/sources-cost.sh [SECONDS=20] [REPS=3]
set -euo pipefail
SECONDS_PER_RUN=${1:-20}
REPS=${2:-3}
source "$(dirname "$0")/common.sh"
bench_find_studio
bench_start_sink sources

studio_args=(--headless --preset custom --resolution 1280x720 --fps 30 --video-bitrate 2500 --keyint 2
             --audio-bitrate 128 --log-level warning)
x264_args=(-c:v libx264 -preset veryfast -profile:v high -pix_fmt yuv420p -b:v 2500k -maxrate 2500k
           -bufsize 2500k -g 60 -keyint_min 60 -x264-params scenecut=0:filler=1
           -c:a aac -b:a 128k -ar 44100 -ac 2)
clip="$work/clip720.mp4"
ffmpeg -v error -y -f lavfi -i "testsrc2=size=1280x720:rate=30:d=10" -f lavfi -i "sine=f=440:d=10" \
  -c:v libx264 -preset veryfast -b:v 3000k -g 30 -pix_fmt yuv420p -c:a aac -shortest "$clip"
camera="lavfi:testsrc2=size=1280x720:rate=30,realtime"

cpu_of() { awk 'END { printf "%.3f\n", $1 + $2 }' "$1"; }
lost_of() {  # frames the viewer does not get: missed renders, skipped encodes, network drops
  tail -n 1 "$1" | python3 -c 'import json,sys; l=json.load(sys.stdin); f=l["frames"];
print(f["missed_render"] + f["skipped_encode"] + sum(o.get("dropped_network", 0) for o in l["outputs"]))'
}

results="$work/results.tsv"
for rep in $(seq 1 "$REPS"); do
  STREAM_KEY=bench /usr/bin/time -f '%U %S' -o "$work/base.time" "$studio" "${studio_args[@]}" \
    --stream "rtmp://127.0.0.1:$port/live" --stream-key-env STREAM_KEY --duration "$SECONDS_PER_RUN" \
    --stats "$work/base.jsonl" 2>/dev/null
  STREAM_KEY=bench /usr/bin/time -f '%U %S' -o "$work/src.time" "$studio" "${studio_args[@]}" \
    --media "$clip" --loop --camera "$camera" \
    --stream "rtmp://127.0.0.1:$port/live" --stream-key-env STREAM_KEY --duration "$SECONDS_PER_RUN" \
    --stats "$work/src.jsonl" 2>/dev/null
  /usr/bin/time -f '%U %S' -o "$work/ffmpeg.time" ffmpeg -v error -re -stream_loop -1 -i "$clip" \
    -t "$SECONDS_PER_RUN" "${x264_args[@]}" -f flv "rtmp://127.0.0.1:$port/live/ffmpeg"
  base=$(cpu_of "$work/base.time"); src=$(cpu_of "$work/src.time"); ref=$(cpu_of "$work/ffmpeg.time")
  printf '%s\t%s\t%s\t%s\t%s\n' "$base" "$src" "$ref" "$(lost_of "$work/base.jsonl")" "$(lost_of "$work/src.jsonl")" >> "$results"
  echo "run $rep: studio alone ${base}s, with sources ${src}s, ffmpeg ${ref}s CPU"
done

python3 - "$results" "$SECONDS_PER_RUN" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
secs = float(sys.argv[2])
med = lambda i: statistics.median(r[i] for r in rows)
base, src, ref = med(0) / secs, med(1) / secs, med(2) / secs
print(f"CPU-s per second (median of {len(rows)}):")
print(f"  studio, VIDA³ scene only              {base:.2f}")
print(f"  studio + 720p30 media + 720p30 camera {src:.2f}   (sources cost {src - base:+.2f})")
print(f"  ffmpeg CLI, decode + encode the file  {ref:.2f}")
print(f"ratio studio-with-sources / ffmpeg: {src / ref:.2f}")
print(f"frames lost: scene only {max(r[3] for r in rows):.0f}, with sources {max(r[4] for r in rows):.0f} (worst run)")
PY
