// SPDX-License-Identifier: GPL-2.0-or-later
// vida3-relay.js on its own, in node, against a scripted relay: wire format, pacing,
// backpressure, refusals and reconnection (no studio, no browser).
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket, { WebSocketServer } from 'ws';
import { RelaySource } from '../../resources/relay/vida3-relay.js';
import { sleep, waitFor } from './lib/ports.mjs';

/** A fake canvas: what RelaySource needs for JPEG (no WebCodecs in node). */
const canvas = { width: 640, height: 360, convertToBlob: async () => new Blob([new Uint8Array(1000).fill(7)]) };
const parse = b => ({ version: b[0], kind: b[1], codec: b[2], flags: b[3], seq: b.readUInt32LE(4), ts: b.readBigInt64LE(8),
  width: b.readUInt16LE(16), height: b.readUInt16LE(18), rate: b.readUInt32LE(20), channels: b.readUInt16LE(24), reserved: b.readUInt16LE(26), bytes: b.length });

let cleanup = [];
afterEach(async () => { for (const f of cleanup.reverse()) await f(); cleanup = []; });

/** A relay whose answer to each hello is `answer(hello, ws, n)`; records what arrives. */
async function relay(answer) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise(r => wss.once('listening', r));
  const r = { connections: 0, urls: [], hellos: [], firsts: [], media: [], controls: [], sockets: [] };
  wss.on('connection', (ws, req) => {
    const n = r.connections++;
    r.urls.push(req.url); r.sockets.push(ws);
    let first = true;
    ws.on('message', (data, binary) => {
      if (first) r.firsts.push({ binary, text: binary ? null : data.toString() });
      first = false;
      if (binary) { r.media.push({ at: performance.now(), ...parse(data) }); return; }
      const m = JSON.parse(data.toString());
      if (m.type === 'hello') { r.hellos.push(m); answer(m, ws, n); } else r.controls.push({ at: Date.now(), ...m });
    });
  });
  r.url = `ws://127.0.0.1:${wss.address().port}/v1`;
  cleanup.push(() => new Promise(res => { for (const c of wss.clients) c.terminate(); wss.close(res); }));
  return r;
}

const accept = (m, ws) => ws.send(JSON.stringify({ type: 'accepted', version: 1, source: m.source,
  video: { codec: m.video.codecs[0], maxWidth: 3840, maxHeight: 2160, fps: 30 }, maxMessageBytes: 4194304 }));
const refuse = (reason, code) => (m, ws) => { ws.send(JSON.stringify({ type: 'refused', reason, message: reason })); ws.close(code); };

function source(url, token = 'tok.en.sig') {
  const s = new RelaySource({ url, token, name: 'overlay', WebSocket });
  s.states = [];
  s.addEventListener('state', e => s.states.push(e.detail));
  cleanup.push(() => s.stop());
  return s;
}

test('hello first, token only in the hello, 28-byte headers, ~30 fps, keyframe + discontinuity first', async () => {
  const r = await relay(accept);
  const s = source(r.url);
  await s.start(canvas, { codec: 'jpeg', fps: 30 });
  await sleep(1500);
  assert.deepEqual(r.firsts[0], { binary: false, text: r.firsts[0].text });
  const h = r.hellos[0];
  assert.equal(h.version, 1); assert.equal(h.token, 'tok.en.sig'); assert.equal(h.source, 'overlay');
  assert.deepEqual(h.video, { codecs: ['jpeg'], width: 640, height: 360, fps: 30 });
  assert.equal(r.urls[0], '/v1');
  const m = r.media;
  assert.ok(m.length >= 38 && m.length <= 48, `${m.length} frames in 1.5 s`);
  assert.deepEqual({ ...m[0], at: 0, ts: 0n }, { at: 0, version: 1, kind: 1, codec: 2, flags: 3, seq: 0, ts: 0n,
    width: 640, height: 360, rate: 0, channels: 0, reserved: 0, bytes: 1028 });
  m.forEach((x, i) => assert.equal(x.seq, i));
  assert.equal(m[1].flags, 1, 'later JPEG frames: keyframe, no discontinuity');
  const dt = Number(m.at(-1).ts - m[0].ts) / 1000 / (m.length - 1);
  assert.ok(dt > 30 && dt < 37, `timestamps ${dt.toFixed(1)} ms apart`);
  assert.equal(s.state, 'live');
  assert.ok(s.stats.fpsSent >= 27, JSON.stringify(s.stats));
});

test('backpressure lowers the frame rate', async () => {
  const r = await relay((m, ws) => { accept(m, ws); ws.send('{"type":"backpressure","fps":10,"quality":0.5}'); });
  const s = source(r.url);
  await s.start(canvas, { codec: 'jpeg', fps: 30 });
  await sleep(300);
  const n0 = r.media.length;
  await sleep(2000);
  const rate = (r.media.length - n0) / 2;
  assert.ok(rate >= 8 && rate <= 12, `${rate} fps after backpressure 10`);
});

test('the page reports its clock; a pace hint shifts the capture schedule once, either way', async () => {
  let socket;
  const r = await relay((m, ws) => { accept(m, ws); socket = ws; });
  const s = source(r.url);
  await s.start(canvas, { codec: 'jpeg', fps: 30 });
  await sleep(600);
  const t1 = performance.now();
  socket.send('{"type":"pace","shiftMs":15}');
  await sleep(700);
  const t2 = performance.now();
  socket.send('{"type":"pace","shiftMs":-10}');
  await sleep(700);
  // The header timestamps are the page's capture times. Their phase on the 30 fps grid (median
  // over each stretch, so timer jitter on a busy machine does not matter) moves 15 ms later
  // after the first hint and 10 ms sooner after the second; the cadence stays 30 fps.
  const P = 1000 / 30;
  const phase = frames => {
    const ps = frames.map(x => (Number(x.ts) / 1000) % P).sort((a, b) => a - b);
    return ps[ps.length >> 1];
  };
  const turn = d => { const m = ((d % P) + P) % P; return m > P / 2 ? m - P : m; };
  const between = (from, to) => r.media.filter(x => x.at > from && x.at < to);
  const [a, b, c] = [between(0, t1), between(t1 + 100, t2), between(t2 + 100, Infinity)];
  assert.ok(a.length > 10 && b.length > 10 && c.length > 10, `${a.length}/${b.length}/${c.length} frames`);
  const [later, sooner] = [turn(phase(b) - phase(a)), turn(phase(c) - phase(b))];
  assert.ok(Math.abs(later - 15) < 4, `the first hint moved the phase ${later.toFixed(1)} ms (want +15)`);
  assert.ok(Math.abs(sooner + 10) < 4, `the second hint moved the phase ${sooner.toFixed(1)} ms (want -10)`);
  const gaps = r.media.slice(1).map((x, i) => Number(x.ts - r.media[i].ts) / 1000).sort((x, y) => x - y);
  const mid = gaps[gaps.length >> 1];
  assert.ok(mid > 31 && mid < 36, `median gap ${mid} ms`);
  const clocks = r.controls.filter(c => c.type === 'clock');
  assert.ok(clocks.length >= 2, `clock reports: ${JSON.stringify(r.controls)}`);
  assert.ok(clocks.every(c => Math.abs(c.us / 1000 - c.at) < 1000), `the clock is µs since the epoch: ${JSON.stringify(clocks)}`);
});

test('a permanent refusal (bad_token) stops for good and rejects start()', async () => {
  const r = await relay(refuse('bad_token', 4001));
  const s = source(r.url);
  await assert.rejects(s.start(canvas, { codec: 'jpeg' }), /bad_token/);
  await sleep(1500);
  assert.equal(r.connections, 1, 'no retry after bad_token');
  assert.deepEqual(s.states.map(x => x.state), ['connecting', 'refused']);
  assert.equal(s.states[1].reason, 'bad_token');
});

test('a close code without a refusal message is mapped to its reason (4003)', async () => {
  const r = await relay((m, ws) => ws.close(4003));
  const s = source(r.url);
  await assert.rejects(s.start(canvas, { codec: 'jpeg' }), /origin_not_allowed/);
});

test('a dropped connection reconnects with backoff and goes live again', async () => {
  // Each of the first two connections is cut 200 ms after its first frame (not after the accept:
  // on a loaded machine the first frame may take longer than that), so all three carry frames.
  const r = await relay((m, ws, n) => {
    accept(m, ws);
    if (n < 2) {
      ws.on('message', function firstFrame(_data, binary) {
        if (!binary) return;
        ws.off('message', firstFrame);
        setTimeout(() => ws.terminate(), 200);
      });
    }
  });
  const s = source(r.url);
  await s.start(canvas, { codec: 'jpeg' });
  assert.ok(await waitFor(() => r.connections === 3 && s.state === 'live', 8000), JSON.stringify(s.states));
  const waits = s.states.filter(x => x.state === 'reconnecting').map(x => x.retryInMs);
  assert.equal(waits.length, 2);
  assert.ok(waits[0] >= 250 && waits[0] <= 750 && waits[1] >= 500 && waits[1] <= 1500, `backoff ${waits}`);
  const seqs = r.media.filter(x => x.flags & 2).length;
  assert.equal(seqs, 3, 'a discontinuity flag on the first frame of each connection');
});

test('rate_limited is surfaced as refused and retried no sooner than 6 s', async () => {
  const r = await relay(refuse('rate_limited', 4029));
  const s = source(r.url);
  s.start(canvas, { codec: 'jpeg' }).catch(() => {});
  await waitFor(() => s.states.some(x => x.state === 'reconnecting'), 3000);
  const refused = s.states.find(x => x.state === 'refused');
  assert.equal(refused?.reason, 'rate_limited'); assert.equal(refused.willRetry, true);
  assert.ok(s.states.find(x => x.state === 'reconnecting').retryInMs >= 6000);
});

test('stop() says bye and closes', async () => {
  let bye = false;
  const r = await relay((m, ws) => { accept(m, ws); ws.on('message', d => { if (String(d).includes('"bye"')) bye = true; }); });
  const s = source(r.url);
  await s.start(canvas, { codec: 'jpeg' });
  s.stop();
  assert.ok(await waitFor(() => bye, 2000), 'bye received');
  assert.equal(s.states.at(-1).state, 'stopped');
});
