// SPDX-License-Identifier: GPL-2.0-or-later
// The measuring side of tests/bench/remote-control.sh (see there for what it prints).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { studioBin, studioEnv } from '../relay-e2e/lib/studio.mjs';
import { freePort, isAccepting, sleep, waitFor } from '../relay-e2e/lib/ports.mjs';
import { writeCollection } from '../remote-e2e/lib/remote.mjs';

// ws and the MessagePack codec come from tests/remote-e2e's locked npm packages.
const require = createRequire(path.resolve('../remote-e2e/package.json'));
const WebSocket = require('ws');
const { encode, decode } = require('@msgpack/msgpack');

const [seconds, remote] = [Number(process.argv[2]), process.argv[3] === 'remote'];
const TICK = 100;
const cpuSeconds = pid => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK;
};
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };
const b64sha = s => crypto.createHash('sha256').update(s, 'utf8').digest('base64');

/** A logged-in client; `onMessage` sees every decoded message with its arrival time (ns). */
async function client(port, password, protocol, subscriptions) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}`, `obswebsocket.${protocol}`);
  const pack = o => (protocol === 'msgpack' ? Buffer.from(encode(o)) : JSON.stringify(o));
  const unpack = (raw, binary) => (binary ? decode(raw) : JSON.parse(raw.toString()));
  const c = { ws, send: o => ws.send(pack(o)), handlers: [] };
  ws.on('message', (raw, binary) => {
    const at = process.hrtime.bigint();
    const msg = unpack(raw, binary);
    for (const h of c.handlers) h(msg, at);
  });
  // The Hello may come in the same packet as the handshake: listen before the socket opens.
  const identified = new Promise(resolve => c.handlers.push(m => { if (m.op === 2) resolve(); }));
  const helloSeen = new Promise(resolve => c.handlers.push(m => { if (m.op === 0) resolve(m); }));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
    ws.once('close', code => reject(new Error(`closed ${code} before logging in`)));
  });
  const hello = await helloSeen;
  const { salt, challenge } = hello.d.authentication;
  c.send({ op: 1, d: { rpcVersion: 1, authentication: b64sha(b64sha(password + salt) + challenge), eventSubscriptions: subscriptions } });
  await identified;
  return c;
}

const nginx = await startNginxRtmp();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-remote-bench-'));
const password = crypto.randomBytes(12).toString('base64url');
const port = await freePort();
const stats = path.join(work, 'stats.jsonl');
const args = ['--headless', '--scene', writeCollection(path.join(work, 'c.json')), '--resolution', '1280x720', '--fps', '30',
  '--x264-preset', 'veryfast', '--stream', nginx.url, '--stream-key-env', 'K', '--duration', String(seconds + 4), '--stats', stats,
  ...(remote ? ['--remote-control', String(port)] : [])];
const proc = spawn(studioBin(), args, { env: studioEnv({ K: `k${crypto.randomBytes(8).toString('hex')}`, VIDA3_REMOTE_PASSWORD: password }),
  stdio: 'ignore' });
const exited = new Promise(resolve => proc.on('exit', resolve));
await sleep(2000);  // the encoder and the stream settle
const rtt = { json: [], msgpack: [] };
const meters = [];
let clients = [];
if (remote) {
  await waitFor(() => isAccepting(port), 10000);
  // Five controllers with meters on (Companion asks for them), two of them sending requests.
  const subscriptions = 2047 | (1 << 16);
  for (const protocol of ['msgpack', 'msgpack', 'msgpack', 'json', 'json'])
    clients.push(await client(port, password, protocol, subscriptions));
  clients.forEach((c, i) => { meters[i] = 0; c.handlers.push(m => { if (m.op === 5 && m.d.eventType === 'InputVolumeMeters') meters[i]++; }); });
}
const cpu0 = cpuSeconds(proc.pid);
const t0 = Date.now();
if (remote) {
  // 50 requests/s on each encoding, alternating a cheap and a large answer.
  const pending = new Map();
  for (const [i, protocol] of [[0, 'msgpack'], [3, 'json']]) {
    clients[i].handlers.push((m, at) => {
      if (m.op !== 7) return;
      const sent = pending.get(m.d.requestId);
      if (sent) { rtt[protocol].push(Number(at - sent) / 1e6); pending.delete(m.d.requestId); }
    });
  }
  let n = 0;
  while (Date.now() - t0 < seconds * 1000) {
    for (const [i, protocol] of [[0, 'msgpack'], [3, 'json']]) {
      const id = `${protocol}-${n}`;
      pending.set(id, process.hrtime.bigint());
      clients[i].send({ op: 6, d: { requestType: n % 2 ? 'GetSceneList' : 'GetStats', requestId: id } });
    }
    n++;
    await sleep(20);
  }
} else {
  await sleep(seconds * 1000);
}
const cpu = (cpuSeconds(proc.pid) - cpu0) / ((Date.now() - t0) / 1000);
const meterHz = meters.map(m => m / ((Date.now() - t0) / 1000));
for (const c of clients) c.ws.close();
await exited;
await nginx.stop();
const lines = fs.readFileSync(stats, 'utf8').trim().split('\n').map(l => JSON.parse(l));
const last = lines.at(-1);
const out = last.outputs?.find(o => o.name !== 'recording') ?? {};
console.log(JSON.stringify({
  mode: remote ? 'remote' : 'plain', cpu_s_per_s: Number(cpu.toFixed(3)),
  missed_render: last.frames?.missed_render ?? null, skipped_encode: last.frames?.skipped_encode ?? null,
  dropped_network: out.dropped_network ?? out.dropped ?? null,
  rtt_json_p50: pct(rtt.json, 0.5), rtt_json_p99: pct(rtt.json, 0.99), rtt_msgpack_p50: pct(rtt.msgpack, 0.5),
  rtt_msgpack_p99: pct(rtt.msgpack, 0.99), requests: rtt.json.length + rtt.msgpack.length,
  meter_hz_min: meterHz.length ? Math.min(...meterHz) : null,
}));
fs.rmSync(work, { recursive: true, force: true });
