#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# CPU cost of the studio's whole pipeline (render → convert → queue → encode → mux → send)
# against the plain ffmpeg CLI re-encoding the studio's own recording with the same x264
# settings, run alternately in one session, both streaming to a local nginx-rtmp.
# Prints CPU-seconds per streamed second, the ratio (medians of REPS runs), peak RSS, and the
# studio's lost frames. Also measures ffmpeg's decode-only cost, so the ratio can be read
# without the H.264 decode that only the ffmpeg side pays.
#
#   tests/bench/pipeline-cost.sh [SECONDS=20] [REPS=3]
#
# Needs a built studio (VIDA3_STUDIO=path, default build/ci or build/dev) and installs GNU time.
set -euo pipefail
SECONDS_PER_RUN=${1:-20}
REPS=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
source "$(dirname "$0")/common.sh"
bench_find_studio
bench_start_sink bench

# 720p30, veryfast, 2500 kbps CBR with filler, keyframe 2 s, AAC 128k 44.1 kHz: same on both sides.
studio_args=(--headless --preset custom --resolution 1280x720 --fps 30 --video-bitrate 2500 --keyint 2
             --audio-bitrate 128 --log-level warning)
x264_args=(-c:v libx264 -preset veryfast -profile:v high -pix_fmt yuv420p -b:v 2500k -maxrate 2500k
           -bufsize 2500k -g 60 -keyint_min 60 -x264-params scenecut=0:filler=1
           -c:a aac -b:a 128k -ar 44100 -ac 2)

echo "recording the studio's own content for the ffmpeg side..."
"$studio" "${studio_args[@]}" --record "$work/content.mkv" --duration $((SECONDS_PER_RUN + 2)) 2>/dev/null

cpu_of() {  # GNU time -f '%U %S %M' output file → "cpu_seconds peak_kb"
  awk 'END { printf "%.3f %d\n", $1 + $2, $3 }' "$1"
}

results="$work/results.tsv"
for rep in $(seq 1 "$REPS"); do
  STREAM_KEY=bench /usr/bin/time -f '%U %S %M' -o "$work/studio.time" \
    "$studio" "${studio_args[@]}" --stream "rtmp://127.0.0.1:$port/live" --stream-key-env STREAM_KEY \
    --duration "$SECONDS_PER_RUN" --stats "$work/stats.jsonl" 2>/dev/null
  read -r s_cpu s_rss < <(cpu_of "$work/studio.time")
  last=$(tail -n 1 "$work/stats.jsonl")

  /usr/bin/time -f '%U %S %M' -o "$work/ffmpeg.time" \
    ffmpeg -v error -re -i "$work/content.mkv" -t "$SECONDS_PER_RUN" "${x264_args[@]}" \
    -f flv "rtmp://127.0.0.1:$port/live/ffmpeg"
  read -r f_cpu f_rss < <(cpu_of "$work/ffmpeg.time")

  /usr/bin/time -f '%U %S %M' -o "$work/decode.time" \
    ffmpeg -v error -threads 1 -i "$work/content.mkv" -t "$SECONDS_PER_RUN" -an -f null -
  read -r d_cpu _ < <(cpu_of "$work/decode.time")

  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$s_cpu" "$s_rss" "$f_cpu" "$f_rss" "$d_cpu" "$last" >> "$results"
  echo "run $rep: studio ${s_cpu}s CPU, ffmpeg ${f_cpu}s CPU (decode alone ${d_cpu}s)"
done

python3 "$here/summarize.py" "$results" "$SECONDS_PER_RUN"
