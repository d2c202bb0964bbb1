// SPDX-License-Identifier: GPL-2.0-or-later
// nginx with the RTMP module in a temp prefix, bound to 127.0.0.1, recording every stream
// (the same configuration as tests/support/nginxrtmpserver.cpp).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isAccepting, waitFor } from './ports.mjs';

const NGINX = '/usr/sbin/nginx';
const MODULE = '/usr/lib/nginx/modules/ngx_rtmp_module.so';

export async function startNginxRtmp() {
  for (const f of [NGINX, MODULE]) if (!fs.existsSync(f)) throw new Error(`${f} missing: run scripts/install-deps.sh --test`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-relay-nginx-'));
  fs.chmodSync(dir, 0o755);
  for (const d of ['rec', 'tmp']) { fs.mkdirSync(path.join(dir, d)); fs.chmodSync(path.join(dir, d), 0o1777); }
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `load_module ${MODULE};
daemon off; master_process on; worker_processes 1; worker_shutdown_timeout 3s;
pid ${dir}/nginx.pid; error_log ${dir}/error.log info;
events { worker_connections 64; }
rtmp { server { listen 127.0.0.1:${port}; chunk_size 4096;
  application live { live on; record all; record_path ${dir}/rec; record_unique on; } } }
`);
  const proc = spawn(NGINX, ['-p', `${dir}/`, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`], { stdio: 'ignore' });
  const up = await waitFor(async () => proc.exitCode === null && await isAccepting(port) && workerCount(proc.pid) > 0, 10000);
  if (!up) { proc.kill('SIGKILL'); throw new Error(`nginx-rtmp did not come up: ${readOr(path.join(dir, 'error.log'))}`); }
  return {
    port, dir,
    url: `rtmp://127.0.0.1:${port}/live`,
    /** Recorded FLV files for a stream key, oldest first. */
    recordings: key => fs.readdirSync(path.join(dir, 'rec')).filter(f => f.startsWith(`${key}-`) && f.endsWith('.flv')).sort()
      .map(f => path.join(dir, 'rec', f)),
    async stop() {
      if (proc.exitCode !== null) return;
      const workers = childPids(proc.pid);
      proc.kill('SIGQUIT');
      const gone = await waitFor(() => proc.exitCode !== null, 5000);
      if (!gone) { proc.kill('SIGKILL'); for (const w of workers) try { process.kill(w, 'SIGKILL'); } catch { /* gone */ } }
    },
  };
}

function childPids(pid) {
  try { return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); }
  catch { return []; }
}
const workerCount = pid => childPids(pid).length;
const readOr = f => { try { return fs.readFileSync(f, 'utf8'); } catch { return ''; } };
