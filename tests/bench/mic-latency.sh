#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# What the studio adds to a microphone's delay: a private PulseAudio server (null sink, a
# microphone remapped from its monitor) carries a tone; the studio records it for SECONDS and
# its --stats report each capture channel's latency_ms: the sound server's buffers (as
# PulseAudio reports them for the stream) plus the studio's jitter buffer, the oldest sample
# of each output frame. Prints the median and the worst second of REPS runs. The encoder's own
# delay is not part of it (it applies to every source alike). Also measures the CPU of the
# microphone channel with its filters on (noise suppression, gate, compressor) against the same
# run without them: the cost of the filters per channel.
#
#   tests/bench/mic-latency.sh [SECONDS=20] [REPS=3]
set -euo pipefail
SECONDS_PER_RUN=${1:-20}
REPS=${2:-3}
source "$(dirname "$0")/common.sh"
bench_find_studio
work=$(mktemp -d /tmp/vida3-miclatency.XXXXXX)
export XDG_RUNTIME_DIR="$work/run" HOME="$work/home"
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$HOME"
socket="$work/pulse.sock"
pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=no --disable-shm=yes \
  -L "module-native-protocol-unix auth-anonymous=1 socket=$socket" \
  -L "module-null-sink sink_name=ci_sink rate=48000" \
  -L "module-remap-source source_name=ci_mic master=ci_sink.monitor" -L module-always-sink \
  >"$work/pulse.log" 2>&1 &
pulse_pid=$!
trap 'kill $pulse_pid ${player_pid:-} 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export PULSE_SERVER="unix:$socket"
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
ffmpeg -v error -f lavfi -i "sine=f=1000:r=48000:d=$((SECONDS_PER_RUN * REPS + 60))" -ac 2 -f f32le "$work/tone.raw"
pacat --playback --device=ci_sink --format=float32le --rate=48000 --channels=2 "$work/tone.raw" &
player_pid=$!

: > "$work/latency.txt"
: > "$work/cpu.txt"
cpu_of() { awk 'END { printf "%.3f\n", $1 + $2 }' "$1"; }
for rep in $(seq 1 "$REPS"); do
  /usr/bin/time -f '%U %S' -o "$work/filtered.time" "$studio" --headless --no-tone --audio-input ci_mic \
    --filter mic=noise,gate,compressor --record "$work/mic.mkv" --duration "$SECONDS_PER_RUN" --log-level warning
  /usr/bin/time -f '%U %S' -o "$work/plain.time" "$studio" --headless --no-tone --audio-input ci_mic --record "$work/mic.mkv" --duration "$SECONDS_PER_RUN" \
    --stats "$work/stats.jsonl" --log-level warning
  echo "$(cpu_of "$work/plain.time") $(cpu_of "$work/filtered.time")" >> "$work/cpu.txt"
  python3 - "$work/stats.jsonl" >> "$work/latency.txt" <<'PY'
import json, sys
for line in open(sys.argv[1]).read().splitlines()[3:]:
    for c in json.loads(line)["audio"]["channels"]:
        if c["name"] == "mic" and c.get("latency_ms"):
            print(c["latency_ms"])
PY
  echo "run $rep done"
done
python3 - "$work/latency.txt" <<'PY'
import statistics, sys
v = [int(x) for x in open(sys.argv[1]) if x.strip()]
print(f"microphone latency before the mix, per second over all runs ({len(v)} seconds):")
print(f"  median {statistics.median(v)} ms, worst {max(v)} ms, best {min(v)} ms")
print("  OBS Studio for comparison (shared/reference/audio-camera.md): audio buffering grows up to ~960 ms")
PY
python3 - "$work/cpu.txt" "$SECONDS_PER_RUN" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
secs = float(sys.argv[2])
plain = statistics.median(r[0] for r in rows) / secs
filtered = statistics.median(r[1] for r in rows) / secs
print(f"CPU-s per second (median of {len(rows)}): microphone plain {plain:.3f}, with noise+gate+compressor {filtered:.3f}"
      f" (filters cost {filtered - plain:+.3f} per channel)")
PY
