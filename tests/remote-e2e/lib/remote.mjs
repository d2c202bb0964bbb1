// SPDX-License-Identifier: GPL-2.0-or-later
// The remote control (obs-websocket v5 compatible) as the tests see it from outside: a headless
// studio with --remote-control on a free port, the three-scene collection it shows, a raw
// WebSocket client that does the protocol by hand (for the close codes and the malformed cases),
// and a look for the stream key in everything the studio wrote or said.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { encode as msgpackEncode, decode as msgpackDecode } from '@msgpack/msgpack';
import { studioBin, studioEnv } from '../../relay-e2e/lib/studio.mjs';
import { freePort, isAccepting, waitFor } from '../../relay-e2e/lib/ports.mjs';

export { studioBin };

export const SUBPROTOCOL = { json: 'obswebsocket.json', msgpack: 'obswebsocket.msgpack' };
export const OP = { Hello: 0, Identify: 1, Identified: 2, Reidentify: 3, Event: 5, Request: 6, RequestResponse: 7,
  RequestBatch: 8, RequestBatchResponse: 9 };
/** obs-websocket's exact close reasons (WebSocketServer_Protocol.cpp); Companion matches on them. */
export const REASON = {
  authFailed: 'Authentication failed.',
  authMissing: "Your payload's data is missing an `authentication` string, however authentication is required.",
};
/** Every documented RequestStatus code: obws drops a response with any other (obs-cmd then hangs). */
export const DOCUMENTED_CODES = new Set([100, 203, 204, 205, 206, 207, 300, 301, 400, 401, 402, 403, 404,
  500, 501, 502, 503, 504, 505, 506, 600, 601, 602, 603, 604, 605, 606, 607, 700, 701, 702, 703]);
/** Companion's eventSubscriptions (index.js connectOBS()): All | meters | active | show | transform. */
export const COMPANION_SUBSCRIPTIONS = 985087;
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const TIMECODE_RE = /^\d{2,}:\d{2}:\d{2}\.\d{3}$/;

/** The scenes of the test collection, in the order of the Scenes panel, with their full-canvas colour. */
export const SCENES = [
  { id: 'red', name: 'Red', color: '#ff0000' },
  { id: 'blue', name: 'Blue', color: '#0000ff' },
  { id: 'green', name: 'Green', color: '#00ff00' },
];

/**
 * Writes a format-2 scene collection (studio/scene/README.md) to `file`: "Red", "Blue" and
 * "Green", each one full-canvas colour layer, "Red" on air, switches cut unless `transition`.
 */
export function writeCollection(file, { transition = { kind: 'cut' }, program = 'red' } = {}) {
  const collection = {
    version: 2,
    canvas: { width: 640, height: 360 },
    program,
    transition,
    scenes: SCENES.map(s => ({ id: s.id, name: s.name, layers: [{ id: 'bg', kind: 'color', color: s.color }] })),
  };
  fs.writeFileSync(file, `${JSON.stringify(collection, null, 2)}\n`);
  return file;
}

export const randomPassword = () => `pw-${crypto.randomBytes(12).toString('base64url')}`;
/** A stream key nobody would write by accident: only [a-z0-9] (nginx names its recording after it). */
export const randomKey = () => `key${crypto.randomBytes(16).toString('hex')}`;

/**
 * Starts `vida3-studio --headless --remote-control PORT --standby` on the test collection, with
 * `nginxUrl` as its --stream (key from the environment) and a --record file, 640x360 at 30 fps.
 * Nothing is sent or recorded until StartStream / StartRecord. Resolves once the port accepts.
 */
export async function startRemoteStudio({ nginxUrl, password = randomPassword(), key = randomKey(), record = true,
  collection = {}, extraArgs = [], readyMs = 30000 } = {}) {
  const port = await freePort();
  const env = studioEnv({ VIDA3_REMOTE_PASSWORD: password, VIDA3_TEST_STREAM_KEY: key });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-remote-work-'));
  const scenePath = writeCollection(path.join(work, 'collection.json'), collection);
  const recordPath = path.join(work, 'recording.mkv');
  const statsPath = path.join(work, 'stats.jsonl');
  const args = ['--headless', '--scene', scenePath, '--remote-control', String(port), '--standby',
    ...(nginxUrl ? ['--stream', nginxUrl, '--stream-key-env', 'VIDA3_TEST_STREAM_KEY'] : []),
    ...(record ? ['--record', recordPath] : []),
    '--stats', statsPath, '--resolution', '640x360', '--fps', '30', ...extraArgs];
  const proc = spawn(studioBin(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '', output = '';
  proc.stdout.on('data', d => { stdout += d; output += d; });
  proc.stderr.on('data', d => { stderr += d; output += d; });
  const exited = new Promise(resolve => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const studio = {
    proc, port, password, key, env, home: env.HOME, work, scenePath, recordPath, statsPath, args, exited,
    url: `ws://127.0.0.1:${port}`,
    get stdout() { return stdout; },
    get stderr() { return stderr; },
    get output() { return output; },
    /** The last `n` characters the studio printed, for failure messages. */
    tail: (n = 3000) => output.slice(-n),
    stats: () => readStats(statsPath),
    alive: () => proc.exitCode === null && proc.signalCode === null,
    /** SIGTERM (a clean stop, exit 0 expected), SIGKILL after 20 s. Resolves with {code, signal}. */
    async stop() {
      if (!studio.alive()) return exited;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 20000);
      const r = await exited;
      clearTimeout(t);
      return r;
    },
    /** Removes HOME and the work folder (kept when VIDA3_KEEP_TEST_FILES is set). */
    cleanup() {
      if (process.env.VIDA3_KEEP_TEST_FILES) { console.log(`kept ${env.HOME} and ${work}`); return; }
      for (const d of [env.HOME, work]) fs.rmSync(d, { recursive: true, force: true });
    },
  };
  const up = await waitFor(async () => !studio.alive() || await isAccepting(port), readyMs, 200);
  if (!up || !studio.alive()) {
    await studio.stop();
    throw new Error(`the studio did not open the remote control on 127.0.0.1:${port} within ${readyMs / 1000} s ` +
      `(exit ${JSON.stringify(proc.exitCode ?? proc.signalCode)}):\n${studioBin()} ${args.join(' ')}\n${studio.tail()}`);
  }
  return studio;
}

/** Parses --stats JSON lines; a torn last line is ignored. */
export function readStats(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap(l => { try { return [JSON.parse(l)]; } catch { return []; } });
}

/**
 * Where `secret` appears in what the studio left behind: its stdout, its stderr, its --stats
 * lines, and any regular file under its HOME or the work folder. Empty when nowhere.
 */
export function whereSecretAppears(studio, secret) {
  const found = [];
  if (studio.stdout.includes(secret)) found.push('the studio\'s stdout');
  if (studio.stderr.includes(secret)) found.push('the studio\'s stderr');
  if (fs.existsSync(studio.statsPath) && fs.readFileSync(studio.statsPath, 'utf8').includes(secret)) found.push(`--stats ${studio.statsPath}`);
  const needle = Buffer.from(secret);
  const walk = dir => {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && p !== studio.statsPath) {
        try { if (fs.readFileSync(p).includes(needle)) found.push(p); } catch { /* vanished or unreadable */ }
      }
    }
  };
  walk(studio.home);
  walk(studio.work);
  return found;
}

/** obs-websocket's authentication string: b64(sha256(b64(sha256(password + salt)) + challenge)). */
export function authString(password, { salt, challenge }) {
  const b64sha = s => crypto.createHash('sha256').update(s, 'utf8').digest('base64');
  return b64sha(b64sha(password + salt) + challenge);
}

/**
 * A raw obs-websocket client on `ws`. protocol: 'json', 'msgpack' or null (no subprotocol asked
 * for: the server's default, JSON). Every frame received is kept in `frames`
 * ({binary, raw, msg, at}); `opened` resolves {ok, status?, error?}; `closed` {code, reason}.
 */
export function openRaw(port, { protocol = 'json', origin, localAddress = '127.0.0.1', host = '127.0.0.1',
  handshakeTimeout = 30000 } = {}) {
  const options = { handshakeTimeout, localAddress };
  if (origin !== undefined) options.origin = origin;
  const ws = protocol ? new WebSocket(`ws://${host}:${port}`, SUBPROTOCOL[protocol], options)
    : new WebSocket(`ws://${host}:${port}`, options);
  const c = { ws, frames: [], protocolAsked: protocol, t0: Date.now(), closedWith: null };
  c.opened = new Promise(resolve => {
    ws.once('open', () => resolve({ ok: true, at: Date.now() }));
    ws.once('error', error => {
      const status = Number((/Unexpected server response: (\d+)/.exec(error.message) || [])[1]) || null;
      resolve({ ok: false, status, error: error.message });
    });
    ws.once('close', () => resolve({ ok: false, error: 'closed before the handshake completed' }));
  });
  c.closed = new Promise(resolve => {
    ws.once('close', (code, reason) => { c.closedWith = { code, reason: reason.toString(), at: Date.now() }; resolve(c.closedWith); });
  });
  ws.on('error', error => { c.error = error; });
  ws.on('message', (raw, binary) => {
    let msg;
    try { msg = binary ? msgpackDecode(raw) : JSON.parse(raw.toString()); } catch (e) { msg = { undecodable: e.message }; }
    c.frames.push({ binary, raw: Buffer.isBuffer(raw) ? raw : Buffer.from(raw), msg, at: Date.now() });
  });

  /** The negotiated encoding: what the server echoed, else JSON (the default). */
  c.encoding = () => (ws.protocol === SUBPROTOCOL.msgpack ? 'msgpack' : 'json');
  c.sendText = text => ws.send(text, { binary: false });
  c.sendBinary = buf => ws.send(buf, { binary: true });
  c.send = obj => (c.encoding() === 'msgpack' ? c.sendBinary(Buffer.from(msgpackEncode(obj))) : c.sendText(JSON.stringify(obj)));
  /** The first frame whose decoded message satisfies `pred` (already received or within `ms`), else null. */
  c.waitFrame = async (pred, ms = 10000) => {
    const find = () => c.frames.find(f => pred(f.msg));
    return (await waitFor(() => find() || c.closedWith !== null, ms, 20)) ? find() ?? null : null;
  };
  c.waitOp = async (op, ms) => (await c.waitFrame(m => m?.op === op, ms))?.msg ?? null;
  /** Closed within `ms`: {code, reason}; {code: null} when still open then. */
  c.closeWithin = async ms => {
    let timer;
    const r = await Promise.race([c.closed, new Promise(resolve => { timer = setTimeout(() => resolve({ code: null, reason: '' }), ms); })]);
    clearTimeout(timer);
    return r;
  };
  /** Waits for Hello and sends Identify. `password: null` leaves `authentication` out. */
  c.identify = async ({ password, rpcVersion = 1, eventSubscriptions, extra = {}, helloMs = 30000 } = {}) => {
    const hello = await c.waitOp(OP.Hello, helloMs);
    if (!hello) throw new Error(`no Hello within ${helloMs} ms (${c.describeClose()})`);
    const d = { rpcVersion, ...extra };
    if (eventSubscriptions !== undefined) d.eventSubscriptions = eventSubscriptions;
    if (password !== null && password !== undefined && hello.d?.authentication) d.authentication = authString(password, hello.d.authentication);
    c.send({ op: OP.Identify, d });
    return hello;
  };
  /** Hello → Identify → Identified. Returns the Identified message; throws with the close code otherwise. */
  c.login = async (opts = {}) => {
    await c.identify(opts);
    const identified = await c.waitOp(OP.Identified, opts.identifiedMs ?? 10000);
    if (!identified) throw new Error(`not Identified (${c.describeClose()})`);
    return identified;
  };
  let nextId = 1;
  /** One request; resolves with the RequestResponse `d` and `ms` (null d: no answer in `ms`). */
  c.request = async (requestType, requestData, { requestId = `raw-${nextId++}`, ms = 10000 } = {}) => {
    const d = { requestType, requestId };
    if (requestData !== undefined) d.requestData = requestData;
    const t0 = Date.now();
    c.send({ op: OP.Request, d });
    const f = await c.waitFrame(m => m?.op === OP.RequestResponse && String(m.d?.requestId) === String(requestId), ms);
    return { d: f?.msg.d ?? null, ms: Date.now() - t0, frame: f };
  };
  c.batch = async (requests, { requestId = `raw-batch-${nextId++}`, ms = 10000, ...options } = {}) => {
    const t0 = Date.now();
    c.send({ op: OP.RequestBatch, d: { requestId, requests, ...options } });
    const f = await c.waitFrame(m => m?.op === OP.RequestBatchResponse && String(m.d?.requestId) === String(requestId), ms);
    return { d: f?.msg.d ?? null, ms: Date.now() - t0, frame: f };
  };
  c.describeClose = () => (c.closedWith ? `closed ${c.closedWith.code} "${c.closedWith.reason}"` : 'still open')
    + `; frames: ${JSON.stringify(c.frames.map(f => f.msg)).slice(0, 600)}`;
  c.end = async () => {
    if (ws.readyState === WebSocket.OPEN) ws.close(1000);
    if (await c.closeWithin(3000).then(r => r.code === null)) ws.terminate();
  };
  return c;
}

/**
 * obs-websocket-js `connect()` with every frame the server sends kept as raw bytes in `frames`
 * (for "the key is in no message"). `Client` is the default export of 'obs-websocket-js' (msgpack)
 * or 'obs-websocket-js/json'. Resolves {obs, hello, frames, events, closes}; `events` records the
 * events named in `eventTypes` as {type, data, at}.
 */
export async function connectObs(Client, port, password, identification = {}, eventTypes = []) {
  const obs = new Client();
  const frames = [], events = [], closes = [];
  for (const type of eventTypes) obs.on(type, data => events.push({ type, data, at: Date.now() }));
  obs.on('ConnectionClosed', e => closes.push({ code: e.code, reason: e.message }));
  const connecting = obs.connect(`ws://127.0.0.1:${port}`, password, identification);
  // connect() creates the socket before its first await: tap it for the raw frames.
  obs.socket?.addEventListener('message', e => frames.push(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data)));
  const hello = await connecting;
  return { obs, hello, frames, events, closes };
}

/** obs-websocket-js call() as a status: {ok, code, comment, data, ms}; {silent: true} after `ms`. */
export async function callStatus(obs, requestType, requestData, ms = 10000) {
  const t0 = Date.now();
  let timer;
  const silence = new Promise(resolve => { timer = setTimeout(() => resolve({ silent: true }), ms); });
  const answer = obs.call(requestType, requestData).then(data => ({ ok: true, code: 100, data }),
    e => ({ ok: false, code: e.code, comment: e.message }));
  const r = await Promise.race([answer, silence]);
  clearTimeout(timer);
  return { requestType, requestData, ...r, ms: Date.now() - t0 };
}

/** The first recorded event matching `pred` within `ms`, else null. */
export async function waitEvent(events, pred, ms = 10000) {
  return (await waitFor(() => events.find(pred), ms, 25)) || null;
}

/** Compares dotted versions: a ≥ b. */
export function semverAtLeast(a, b) {
  const pa = String(a).split(/[.+-]/).slice(0, 3).map(Number), pb = String(b).split('.').map(Number);
  for (let i = 0; i < 3; i++) { if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0); }
  return true;
}

export const isSemver = v => /^\d+\.\d+\.\d+$/.test(String(v));
export const isUInt = v => Number.isInteger(v) && v >= 0;
