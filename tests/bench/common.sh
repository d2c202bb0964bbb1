# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by the benchmark scripts (sourced, not run): where the studio is, and a local
# nginx-rtmp sink on 127.0.0.1 that is stopped and removed when the script exits.

# bench_find_studio: sets $studio to VIDA3_STUDIO or the newest build, installs GNU time.
bench_find_studio() {
  local root candidate
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  studio=${VIDA3_STUDIO:-}
  for candidate in "$root/build/ci/app/vida3-studio" "$root/build/dev/app/vida3-studio"; do
    [[ -z $studio && -x $candidate ]] && studio=$candidate
  done
  [[ -x $studio ]] || { echo "build the studio first (./test.sh or ./run.sh)" >&2; exit 1; }
  command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
}

# bench_start_sink NAME: sets $work (a fresh temp dir) and $port (nginx-rtmp, application "live").
bench_start_sink() {
  work=$(mktemp -d "/tmp/vida3-$1.XXXXXX")
  port=$((20000 + RANDOM % 20000))
  mkdir -p "$work/nginx"
  cat > "$work/nginx/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
daemon off; master_process on; worker_processes 1;
pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 64; }
rtmp { server { listen 127.0.0.1:$port; chunk_size 4096; application live { live on; } } }
CONF
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
  bench_nginx_pid=$!
  trap 'kill -QUIT $bench_nginx_pid 2>/dev/null; wait $bench_nginx_pid 2>/dev/null; rm -rf "$work"' EXIT
  sleep 0.5
}
