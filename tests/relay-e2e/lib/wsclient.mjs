// SPDX-License-Identifier: GPL-2.0-or-later
// A relay client for the adversarial tests (node `ws`): every message it gets, how it was closed.
import net from 'node:net';
import crypto from 'node:crypto';
import WebSocket from 'ws';
import { packMessage, CODEC_ID } from '../../../resources/relay/vida3-relay.js';

export { packMessage, CODEC_ID };

/**
 * Opens a WebSocket to the relay from `localAddress` (any 127.x.y.z: each address has its own
 * rate-limit budget) with the given Origin. `done` resolves with {code, reason, refused, accepted,
 * messages} when the socket closes.
 */
export function connect(url, { origin = 'http://127.0.0.1', localAddress = '127.0.0.1', ...opts } = {}) {
  const ws = new WebSocket(url, { origin, localAddress, handshakeTimeout: 5000, ...opts });
  const c = { ws, messages: [], refused: null, accepted: null };
  c.open = new Promise(resolve => { ws.once('open', () => resolve(true)); ws.once('close', () => resolve(false)); });
  c.acceptedP = new Promise(resolve => {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      let m; try { m = JSON.parse(data.toString()); } catch { m = { unparsable: data.toString() }; }
      c.messages.push(m);
      if (m.type === 'refused') c.refused = m;
      if (m.type === 'accepted') { c.accepted = m; resolve(m); }
    });
    ws.once('close', () => resolve(null));
  });
  c.done = new Promise(resolve => {
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString(), refused: c.refused, accepted: c.accepted, messages: c.messages }));
  });
  ws.on('error', e => { c.error = e; });
  return c;
}

export function hello({ token, source = 'demo', codecs = ['jpeg'], width = 1280, height = 720, fps = 30, audio, version = 1 }) {
  const h = { type: 'hello', version, token, source, video: { codecs, width, height, fps } };
  if (audio) h.audio = audio;
  return JSON.stringify(h);
}

/** Waits for the close, at most `ms`; {code: null} when the socket is still open by then. */
export async function outcome(c, ms = 8000) {
  let timer;
  const timeout = new Promise(resolve => { timer = setTimeout(() => resolve({ code: null, refused: c.refused, messages: c.messages }), ms); });
  const r = await Promise.race([c.done, timeout]);
  clearTimeout(timer);
  return r;
}

/** A video message: 28-byte header + payload. */
export function videoMessage({ codec = 'jpeg', seq = 0, key = true, width = 1280, height = 720, payload }) {
  const msg = packMessage({ kind: 1, codec: CODEC_ID[codec], flags: key ? 1 : 0, seq, timestampUs: Date.now() * 1000, width, height }, payload.length);
  msg.set(payload, 28);
  return msg;
}

/** A JWT signed HS256 with any secret, or unsigned (`alg`), for forged-token cases. */
export function forgeJwt(payload, { secret = 'not-the-secret', alg = 'HS256' } = {}) {
  const b64 = o => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  if (alg === 'none') return `${head}.`;
  return `${head}.${crypto.createHmac('sha256', secret).update(head).digest('base64url')}`;
}

export function decodeJwt(token) {
  const [h, p] = token.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url')), payload: JSON.parse(Buffer.from(p, 'base64url')) };
}

/**
 * A raw TCP client that completes the WebSocket upgrade and then dribbles `text` as one masked
 * text frame, one byte every `stepMs`. Resolves with the server's close code (or null) and when.
 */
export function dribble(port, text, { stepMs = 250, localAddress = '127.0.0.1', origin = 'http://127.0.0.1', limitMs = 15000 } = {}) {
  return new Promise(resolve => {
    const t0 = Date.now();
    const sock = net.connect({ port, host: '127.0.0.1', localAddress });
    let buf = Buffer.alloc(0), upgraded = false, timer = 0, finished = false;
    const finish = code => { if (finished) return; finished = true; clearInterval(timer); sock.destroy(); resolve({ code, afterMs: Date.now() - t0 }); };
    setTimeout(() => finish(null), limitMs);
    sock.on('connect', () => sock.write(`GET /v1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`
      + `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\nOrigin: ${origin}\r\n\r\n`));
    sock.on('data', d => {
      buf = Buffer.concat([buf, d]);
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!/^HTTP\/1\.1 101/.test(buf.toString('latin1', 0, end))) return finish(-1);
        upgraded = true; buf = buf.subarray(end + 4);
        const frame = maskedTextFrame(text);
        let i = 0;
        timer = setInterval(() => { if (i < frame.length) sock.write(frame.subarray(i, ++i)); }, stepMs);
      }
      // Server frames are unmasked; look for a close frame (opcode 8) and read its code.
      while (buf.length >= 2) {
        const op = buf[0] & 0x0f; let len = buf[1] & 0x7f, off = 2;
        if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
        else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
        if (buf.length < off + len) return;
        if (op === 8) return finish(len >= 2 ? buf.readUInt16BE(off) : 1005);
        buf = buf.subarray(off + len);
      }
    });
    sock.on('close', () => finish(1006));
    sock.on('error', () => finish(1006));
  });
}

function maskedTextFrame(text) {
  const payload = Buffer.from(text);
  const mask = crypto.randomBytes(4);
  const head = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length])
    : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
  return Buffer.concat([head, mask, body]);
}
