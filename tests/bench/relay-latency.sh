#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Relay benchmark: headless Chromium pages stream a 720p30 pattern with vida3-relay.js into the
# headless studio (--relay-port, one --browser-source per page source), which streams to a local
# nginx-rtmp. For each CONFIG codec:sources[:rich] (rich: a page with gradients, 60 moving
# shapes and text instead of flat quadrants, where PNG costs what it costs on a real page; the
# old prototype's way is png:1:rich), prints medians of REPS runs:
#   - frames/s the page achieved, studio output fps and lost frames;
#   - CPU (% of one core) of the studio and of Chromium, and the studio's CPU per source;
#   - latency to a rendered studio frame, from the message arriving and from the page capturing
#     the frame (relay `stats`: p50, and p99 as the median and the worst of 2-s windows), and,
#     from the recorded output, the p50/p99 spread above the fastest frame (the page paints its
#     frame number as 16 bars; the output frames are read back; quantised to output frames).
#
#   tests/bench/relay-latency.sh [SECONDS=15] [REPS=3] [CONFIGS="h264:1 h264:4 h264:10 jpeg:1 jpeg:4 h264:1:rich jpeg:1:rich png:1:rich"]
#
# Needs a built studio (VIDA3_STUDIO_BIN, default build/ci|relay|dev) and tests/relay-e2e's npm packages.
# VIDA3_BENCH_STUDIO_ARGS adds studio options, e.g. "--relay-decode-threads 1" to compare with
# every source decoding on one thread.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$root/tests/relay-e2e/setup.sh"
exec node "$here/relay-bench.mjs" "${1:-15}" "${2:-3}" "${3:-h264:1 h264:4 h264:10 jpeg:1 jpeg:4 h264:1:rich jpeg:1:rich png:1:rich}"
