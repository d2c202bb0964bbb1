// SPDX-License-Identifier: GPL-2.0-or-later
// The remote control against what a hostile web page, a password guesser or a confused client
// does, with a raw WebSocket client: a foreign Origin is refused at the handshake, the port is
// on loopback only, wrong passwords are slowed per address (a right one still gets in), unknown
// requests are answered at once, and protocol violations get obs-websocket's close codes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { startRemoteStudio, openRaw, authString, OP, REASON, SUBPROTOCOL } from './lib/remote.mjs';

let nginx, studio;
let nextHost = 20;
/** Each case connects from its own loopback address: failed logins are counted per address. */
const addr = () => `127.0.0.${nextHost++}`;
const open = [];

before(async () => {
  nginx = await startNginxRtmp();
  studio = await startRemoteStudio({ nginxUrl: nginx.url });
});

after(async () => {
  for (const c of open) c.ws.terminate();
  const exit = await studio?.stop();
  await nginx?.stop();
  if (exit && exit.code !== 0) console.log(`studio exit ${JSON.stringify(exit)}\n${studio.tail()}`);
  studio?.cleanup();
  if (nginx && !process.env.VIDA3_KEEP_TEST_FILES) fs.rmSync(nginx.dir, { recursive: true, force: true });
});

function raw(opts = {}) {
  const c = openRaw(studio.port, { localAddress: addr(), ...opts });
  open.push(c);
  return c;
}

/** A session that is identified (JSON unless `protocol`). */
async function loggedIn(opts = {}) {
  const c = raw(opts);
  const o = await c.opened;
  assert.ok(o.ok, `the handshake failed: ${JSON.stringify(o)}`);
  await c.login({ password: studio.password });
  return c;
}

async function expectClose(c, code, what) {
  const r = await c.closeWithin(10000);
  assert.equal(r.code, code, `${what}: want close ${code}, got ${r.code === null ? 'no close within 10 s' : `${r.code} "${r.reason}"`}`);
  return r;
}

test('a foreign Origin (a web page) is refused at the handshake with HTTP 403; no Origin and the server\'s own are let in', async () => {
  const refused = ['https://evil.example', 'null', 'http://127.0.0.1', `http://localhost:${studio.port + 1}`, `https://${os.hostname()}`];
  for (const origin of refused) {
    const c = raw({ origin });
    const o = await c.opened;
    assert.ok(!o.ok, `Origin "${origin}": the WebSocket opened; a page from there could drive the studio`);
    assert.equal(o.status, 403, `Origin "${origin}": ${JSON.stringify(o)}`);
    assert.equal(c.frames.length, 0, `Origin "${origin}": something was sent`);
  }
  for (const origin of [undefined, `http://127.0.0.1:${studio.port}`, `http://localhost:${studio.port}`]) {
    const c = raw({ origin });
    const o = await c.opened;
    assert.ok(o.ok, `Origin ${origin ?? '(none)'} is refused: ${JSON.stringify(o)}`);
    assert.ok(await c.waitOp(OP.Hello, 5000), `Origin ${origin ?? '(none)'}: no Hello (${c.describeClose()})`);
    await c.end();
  }
});

test('the port listens on 127.0.0.1 only (ss), and is closed on this machine\'s other addresses', async () => {
  const r = spawnSync('ss', ['-ltnH', 'sport', '=', `:${studio.port}`], { encoding: 'utf8' });
  assert.equal(r.status, 0, `ss failed: ${r.stderr}`);
  const locals = r.stdout.split('\n').filter(l => l.trim()).map(l => l.trim().split(/\s+/)[3]);
  assert.deepEqual(locals, [`127.0.0.1:${studio.port}`], `listening sockets on port ${studio.port}:\n${r.stdout}`);
  const others = Object.values(os.networkInterfaces()).flat().filter(i => !i.internal && i.family === 'IPv4').map(i => i.address);
  if (!others.length) console.log('no non-loopback IPv4 address here: only ss was checked');
  for (const host of others) {
    const reached = await new Promise(resolve => {
      const s = net.connect({ host, port: studio.port, timeout: 3000 });
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
      s.once('timeout', () => { s.destroy(); resolve(false); });
    });
    assert.equal(reached, false, `the remote control answers on ${host}:${studio.port} (LAN) without --remote-control-lan`);
  }
});

test('password guessing is slowed: 6 wrong passwords from one address take ≥ 2 s, others are not slowed, the right one still gets in', async () => {
  const from = '127.0.0.9';
  const t0 = Date.now();
  const attempts = [];
  for (let i = 0; i < 6; i++) {
    const a0 = Date.now();
    const c = openRaw(studio.port, { localAddress: from });
    open.push(c);
    const o = await c.opened;
    assert.ok(o.ok, `attempt ${i + 1}: the handshake failed ${JSON.stringify(o)}`);
    await c.identify({ password: `wrong-${i}`, helloMs: 30000 });
    const closed = await c.closeWithin(30000);
    attempts.push({ ms: Date.now() - a0, code: closed.code, reason: closed.reason });
    assert.equal(closed.code, 4009, `attempt ${i + 1}: ${JSON.stringify(attempts)}`);
    assert.equal(closed.reason, REASON.authFailed, `attempt ${i + 1}`);
  }
  const total = Date.now() - t0;
  assert.ok(total >= 2000, `6 wrong passwords took only ${total} ms (per attempt: ${attempts.map(a => a.ms).join(', ')} ms); guessing is not slowed`);
  // Someone else (another address) is not locked out by the guesser.
  const other = openRaw(studio.port, { localAddress: '127.0.0.10' });
  open.push(other);
  const o0 = Date.now();
  assert.ok((await other.opened).ok);
  assert.ok(await other.waitOp(OP.Hello, 5000), `no Hello from another address (${other.describeClose()})`);
  const otherMs = Date.now() - o0;
  assert.ok(otherMs < 1500, `another address waited ${otherMs} ms for its Hello: the slow-down is not per address`);
  await other.end();
  // The right password from the guessing address still works, after a wait.
  const s0 = Date.now();
  const c = openRaw(studio.port, { localAddress: from });
  open.push(c);
  assert.ok((await c.opened).ok);
  await c.login({ password: studio.password, helloMs: 25000 });
  const okMs = Date.now() - s0;
  assert.ok(okMs <= 20000, `the right password took ${okMs} ms to get in`);
  const v = await c.request('GetVersion');
  assert.equal(v.d?.requestStatus?.code, 100);
  console.log(`wrong passwords: ${attempts.map(a => a.ms).join(', ')} ms (total ${total} ms); another address: ${otherMs} ms; the right one then: ${okMs} ms`);
  await c.end();
});

test('an unknown request is answered at once with code 204, and the session goes on', async () => {
  const c = await loggedIn();
  const r = await c.request('VidaNoSuchRequest', { x: 1 }, { requestId: 'u1', ms: 5000 });
  assert.ok(r.d, `no answer to an unknown request within 5 s (${c.describeClose()})`);
  assert.ok(r.ms < 2000, `an unknown request took ${r.ms} ms to answer`);
  assert.equal(r.d.requestType, 'VidaNoSuchRequest');
  assert.equal(r.d.requestId, 'u1');
  assert.equal(r.d.requestStatus?.result, false, JSON.stringify(r.d));
  assert.equal(r.d.requestStatus?.code, 204, JSON.stringify(r.d));
  const v = await c.request('GetVersion');
  assert.equal(v.d?.requestStatus?.code, 100, 'the session still works');
  await c.end();
});

test('batches (op 8): results in order with their requestIds; an empty batch answers results []', async () => {
  const c = await loggedIn();
  const requests = [{ requestType: 'GetVersion', requestId: 'a' }, { requestType: 'VidaNoSuchRequest', requestId: 'b' },
    { requestType: 'GetStudioModeEnabled', requestId: 'c' }, { requestType: 'GetSceneList' }];
  const b = await c.batch(requests, { ms: 5000 });
  assert.ok(b.d, `no RequestBatchResponse within 5 s (${c.describeClose()})`);
  assert.ok(b.ms < 2000, `the batch took ${b.ms} ms`);
  const got = b.d.results?.map(r => [r.requestType, r.requestId ?? undefined, r.requestStatus?.code]);  // no requestId: absent or null
  assert.deepEqual(got, [['GetVersion', 'a', 100], ['VidaNoSuchRequest', 'b', 204], ['GetStudioModeEnabled', 'c', 100], ['GetSceneList', undefined, 100]],
    `results: ${JSON.stringify(b.d.results)}`);
  assert.equal(typeof b.d.results[2].responseData?.studioModeEnabled, 'boolean');
  const empty = await c.batch([], { ms: 5000 });
  assert.ok(empty.d, `no answer to an empty batch within 5 s (${c.describeClose()})`);
  assert.deepEqual(empty.d.results, [], JSON.stringify(empty.d));
  await c.end();
});

test('no subprotocol asked for (obs-cmd, gobs-cli, .NET clients): none echoed, JSON in text frames', async () => {
  const c = raw({ protocol: null });
  const o = await c.opened;
  assert.ok(o.ok, `the handshake failed: ${JSON.stringify(o)}`);
  assert.equal(c.ws.protocol, '', 'the server must not pick a subprotocol nobody asked for');
  const hello = await c.waitFrame(m => m?.op === OP.Hello, 5000);
  assert.ok(hello, `no Hello (${c.describeClose()})`);
  assert.equal(hello.binary, false, 'Hello is a text frame');
  await c.login({ password: studio.password });
  assert.equal((await c.request('GetVersion')).d?.requestStatus?.code, 100);
  await c.end();
});

test('a MessagePack session speaks binary frames; a text frame on it → close 4002', async () => {
  const c = raw({ protocol: 'msgpack' });
  assert.ok((await c.opened).ok);
  assert.equal(c.ws.protocol, SUBPROTOCOL.msgpack, 'the server echoed obswebsocket.msgpack');
  const hello = await c.waitFrame(m => m?.op === OP.Hello, 5000);
  assert.ok(hello, `no Hello (${c.describeClose()})`);
  assert.equal(hello.binary, true, 'Hello is a binary (MessagePack) frame: simpleobsws ignores text frames');
  const d = { rpcVersion: 1, authentication: authString(studio.password, hello.msg.d.authentication) };
  c.sendText(JSON.stringify({ op: OP.Identify, d }));
  await expectClose(c, 4002, 'a text frame on a MessagePack session');
});

test('a JSON session: a binary frame → close 4002', async () => {
  const c = raw({ protocol: 'json' });
  assert.ok((await c.opened).ok);
  const hello = await c.waitFrame(m => m?.op === OP.Hello, 5000);
  assert.ok(hello && !hello.binary, `a text Hello (${c.describeClose()})`);
  c.sendBinary(Buffer.from([0x82, 0xa2, 0x6f, 0x70, 0x01, 0xa1, 0x64, 0x80]));  // msgpack {op: 1, d: {}}
  await expectClose(c, 4002, 'a binary frame on a JSON session');
});

test('a Request before Identify → close 4007', async () => {
  const c = raw();
  assert.ok((await c.opened).ok);
  assert.ok(await c.waitOp(OP.Hello, 5000));
  c.send({ op: OP.Request, d: { requestType: 'GetVersion', requestId: 'early' } });
  await expectClose(c, 4007, 'a Request before Identify');
  assert.ok(!c.frames.some(f => f.msg?.op === OP.RequestResponse), 'the early request was answered');
});

test('a second Identify → close 4008', async () => {
  const c = await loggedIn();
  c.send({ op: OP.Identify, d: { rpcVersion: 1 } });
  await expectClose(c, 4008, 'a second Identify');
});

test('an unknown op code (99) → close 4006', async () => {
  const c = await loggedIn();
  c.send({ op: 99, d: {} });
  await expectClose(c, 4006, 'op 99');
});

test('Identify with rpcVersion 2 (and the right password) → close 4010', async () => {
  const c = raw();
  assert.ok((await c.opened).ok);
  await c.identify({ password: studio.password, rpcVersion: 2 });
  await expectClose(c, 4010, 'rpcVersion 2');
});

test('requestId is echoed with its type: an integer stays an integer (obsws-python), in JSON and MessagePack; requestData null is accepted', async () => {
  for (const protocol of ['json', 'msgpack']) {
    const c = await loggedIn({ protocol });
    const r = await c.request('GetVersion', undefined, { requestId: 42 });
    assert.ok(r.d, `${protocol}: no answer (${c.describeClose()})`);
    assert.equal(r.d.requestId, 42, `${protocol}: requestId ${JSON.stringify(r.d.requestId)} (${typeof r.d.requestId}), want the integer 42`);
    assert.equal(r.d.requestStatus?.code, 100);
    // obs-websocket-js over MessagePack sends requestData: null for every request without data.
    const n = await c.request('GetStudioModeEnabled', null, { requestId: 'with-null' });
    assert.equal(n.d?.requestStatus?.code, 100, `${protocol}: requestData null: ${JSON.stringify(n.d)}`);
    await c.end();
  }
  const exit = await studio.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `a clean stop on SIGTERM after all of the above:\n${studio.tail()}`);
});
