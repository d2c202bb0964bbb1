// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * vida3-relay.js: streams a canvas (and optionally audio) from a web page into VIDA³ Studio's
 * local relay. Dependency-free ES module; the wire format is studio/relay/relay-protocol.md (v1).
 *
 *   import { RelaySource } from './vida3-relay.js';
 *   const source = new RelaySource({ url: 'ws://127.0.0.1:8787/v1', token, name: 'overlay' });
 *   source.addEventListener('state', e => console.log(e.detail));
 *   await source.start(canvas, { codec: 'auto', fps: 30, audio: null });
 *   source.stop();
 *
 * @module vida3-relay
 */

export const PROTOCOL_VERSION = 1;
export const DEFAULT_URL = 'ws://127.0.0.1:8787/v1';
const HEADER_BYTES = 28;
const KIND = { video: 1, audio: 2 };
/** Wire codec ids (relay-protocol.md §3). */
export const CODEC_ID = { h264: 1, jpeg: 2, webp: 3, png: 4, rgba: 5, opus: 16, pcm_s16: 17 };
const MIME = { jpeg: 'image/jpeg', webp: 'image/webp', png: 'image/png' };
/** Refusals that retrying cannot fix: the client stops and reports `refused`. */
const PERMANENT = new Set(['bad_token', 'origin_not_allowed', 'unsupported_codec', 'malformed', 'message_too_large']);
const CLOSE_REASON = { 4001: 'bad_token', 4003: 'origin_not_allowed', 4029: 'rate_limited', 4008: 'too_many_sources',
  4015: 'unsupported_codec', 1009: 'message_too_large', 4400: 'malformed', 4408: 'auth_timeout', 4410: 'idle' };
const KEYFRAME_INTERVAL_MS = 2000;
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;    // stop capturing while the socket holds more than this
const AUDIO_RATE = 48000;
const AUDIO_CHANNELS = 2;
/** CustomEvent where it exists (browsers, node ≥ 19), a minimal stand-in elsewhere. */
const DetailEvent = globalThis.CustomEvent
  ?? class extends Event { constructor(type, init) { super(type); this.detail = init?.detail; } };

/**
 * Builds the 28-byte little-endian media header followed by room for the payload.
 * @param {{kind:number, codec:number, flags:number, seq:number, timestampUs:number,
 *          width?:number, height?:number, sampleRate?:number, channels?:number}} h
 * @param {number} payloadBytes
 * @returns {Uint8Array} header + zeroed payload area
 */
export function packMessage(h, payloadBytes) {
  const bytes = new Uint8Array(HEADER_BYTES + payloadBytes);
  const v = new DataView(bytes.buffer);
  v.setUint8(0, PROTOCOL_VERSION);
  v.setUint8(1, h.kind);
  v.setUint8(2, h.codec);
  v.setUint8(3, h.flags);
  v.setUint32(4, h.seq >>> 0, true);
  v.setBigInt64(8, BigInt(Math.round(h.timestampUs)), true);
  v.setUint16(16, h.width || 0, true);
  v.setUint16(18, h.height || 0, true);
  v.setUint32(20, h.sampleRate || 0, true);
  v.setUint16(24, h.channels || 0, true);
  return bytes;
}

/** Per-message cap for a codec at a size (relay-protocol.md §3). */
export function messageCap(codec, width, height) {
  const px = width * height;
  return { h264: px, jpeg: px * 1.5, webp: px * 1.5, png: px * 4 + 65536, rgba: px * 4 }[codec] ?? Infinity;
}

/** H.264 constrained baseline, level chosen for the frame size (WebCodecs needs a level that fits). */
function avcCodecString(width, height) {
  const px = width * height;
  return px <= 1280 * 720 ? 'avc1.42E01F' : px <= 2048 * 1088 ? 'avc1.42E028' : 'avc1.42E033';
}

/** @returns {Promise<boolean>} whether this browser can encode H.264 Annex B at this size. */
export async function canEncodeH264(width, height) {
  if (typeof VideoEncoder === 'undefined') return false;
  try {
    const r = await VideoEncoder.isConfigSupported(h264Config(width, height, 30, 1));
    return r.supported === true;
  } catch { return false; }
}

function h264Config(width, height, fps, quality) {
  const bitrate = Math.round(Math.max(250e3, 2.5e6 * (width * height * fps) / (1280 * 720 * 30) * quality));
  return { codec: avcCodecString(width, height), width, height, framerate: fps, bitrate,
    latencyMode: 'realtime', avc: { format: 'annexb' }, hardwareAcceleration: 'no-preference' };
}

/**
 * One browser source. Events: `state` (detail `{state, reason?, message?, retryInMs?}` with state
 * `connecting | live | reconnecting | refused | stopped`), `stats` (detail = {@link RelaySource#stats},
 * once a second), `control` (detail = any JSON message from the studio) and `frame` (detail
 * `{timestampUs}`, dispatched synchronously just before the canvas is captured: draw there to
 * paint exactly one picture per sent frame).
 */
export class RelaySource extends EventTarget {
  /**
   * @param {{url?:string, token:string, name:string, WebSocket?:typeof WebSocket}} options
   *   `name` is the browser source's name in the studio; the token must be scoped to it.
   */
  constructor({ url = DEFAULT_URL, token, name, WebSocket: WS = globalThis.WebSocket } = {}) {
    super();
    if (!token || !name) throw new TypeError('RelaySource needs a token and a source name');
    Object.assign(this, { url, token, name, WS });
    this.state = 'stopped';
    this._reset();
  }

  _reset() {
    this._ws = null; this._live = false; this._attempt = 0; this._timer = 0; this._retry = 0;
    this._seq = { 1: 0, 2: 0 }; this._fresh = { 1: true, 2: true };
    this._busy = false; this._forceKey = true; this._lastKey = 0;
    this._limit = { fps: Infinity, quality: 1 };
    this._sentTimes = []; this._encodeMs = 0; this._shiftMs = 0;
    this._stats = { framesSent: 0, framesSkipped: 0, keyframes: 0, bytesSent: 0, audioChunks: 0,
      reconnects: 0, server: null };
  }

  /** Current figures: frames and bytes sent, fps over the last second, mean encode ms, etc. */
  get stats() {
    const now = performance.now();
    this._sentTimes = this._sentTimes.filter(t => now - t < 1000);
    return { ...this._stats, state: this.state, codec: this._codec || null, fps: this._fps(),
      fpsSent: this._sentTimes.length, encodeMs: +this._encodeMs.toFixed(2) };
  }

  /**
   * Starts streaming `canvas`. Resolves once the studio has accepted the source (state `live`);
   * rejects if it is refused for a reason retrying cannot fix, or if stop() is called first.
   * While the studio is unreachable it keeps retrying (state `reconnecting`) and stays pending.
   * @param {HTMLCanvasElement|OffscreenCanvas} canvas
   * @param {{codec?:'auto'|'h264'|'jpeg'|'webp'|'png', fps?:number, quality?:number,
   *          audio?:MediaStream|null}} [options] quality 0..1 for JPEG/WebP and the H.264 bitrate
   */
  async start(canvas, { codec = 'auto', fps = 30, quality = 0.8, audio = null } = {}) {
    if (this.state !== 'stopped') throw new Error('RelaySource already started');
    this._reset();
    Object.assign(this, { _canvas: canvas, _wantFps: fps, _quality: quality, _audioStream: audio });
    const { width, height } = canvas;
    const h264 = (codec === 'auto' || codec === 'h264') && await canEncodeH264(width, height);
    if (codec === 'h264' && !h264) throw new Error('this browser cannot encode H.264 with WebCodecs');
    this._videoCodecs = codec === 'auto' ? (h264 ? ['h264', 'jpeg'] : ['jpeg']) : [codec];
    this._audioCodecs = audio ? ((await canEncodeOpus()) ? ['opus', 'pcm_s16'] : ['pcm_s16']) : null;
    this._stopped = false;
    const started = new Promise((resolve, reject) => { this._started = { resolve, reject }; });
    this._connect();
    this._statsTimer = setInterval(() => { this._sendClock(); this._emit('stats', this.stats); }, 1000);
    return started;
  }

  /** Stops streaming: says bye, closes the socket and releases the encoders. */
  stop() {
    if (this.state === 'stopped') return;
    this._stopped = true;
    clearTimeout(this._timer); clearTimeout(this._retry); clearInterval(this._statsTimer);
    const ws = this._ws;
    if (ws && ws.readyState === 1) { try { ws.send(JSON.stringify({ type: 'bye' })); } catch { /* closing */ } }
    if (ws) ws.close(1000, 'bye');
    this._closeEncoders();
    this._setState('stopped');
    this._started?.reject(new Error('stopped'));
  }

  _emit(type, detail) { this.dispatchEvent(new DetailEvent(type, { detail })); }

  _setState(state, extra = {}) {
    this.state = state;
    this._emit('state', { state, ...extra });
  }

  _fps() { return Math.min(this._wantFps, this._limit.fps, this._accepted?.video?.fps || Infinity); }

  _connect() {
    if (!this._attempt) this._setState('connecting');    // a retry stays in 'reconnecting'
    const ws = new this.WS(this.url);
    ws.binaryType = 'arraybuffer';
    this._ws = ws;
    this._refusal = null;
    ws.onopen = () => {
      const { width, height } = this._canvas;
      const hello = { type: 'hello', version: PROTOCOL_VERSION, token: this.token, source: this.name,
        video: { codecs: this._videoCodecs, width, height, fps: this._wantFps } };
      if (this._audioCodecs) hello.audio = { codecs: this._audioCodecs, sampleRate: AUDIO_RATE, channels: AUDIO_CHANNELS };
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = e => { if (typeof e.data === 'string') this._onControl(e.data); };
    ws.onclose = e => this._onClose(ws, e);
    ws.onerror = () => { /* a close event follows */ };
  }

  _onControl(text) {
    let msg;
    try { msg = JSON.parse(text); } catch { return; }
    this._emit('control', msg);
    if (msg.type === 'accepted') this._onAccepted(msg);
    else if (msg.type === 'refused') this._refusal = msg;
    else if (msg.type === 'keyframe') this._forceKey = true;
    else if (msg.type === 'stats') this._stats.server = msg;
    else if (msg.type === 'backpressure') this._onBackpressure(msg);
    else if (msg.type === 'pace' && Number.isFinite(msg.shiftMs)) {
      const half = 500 / this._fps();                     // at most half a frame either way
      this._shiftMs = Math.max(-half, Math.min(half, msg.shiftMs));
    }
  }

  /** Tells the studio our clock, so it can measure latency from capture (relay-protocol.md §4). */
  _sendClock() {
    if (this._live && this._ws?.readyState === 1)
      this._ws.send(JSON.stringify({ type: 'clock', us: Math.round((performance.timeOrigin + performance.now()) * 1000) }));
  }

  async _onAccepted(msg) {
    this._accepted = msg;
    this._codec = msg.video?.codec || this._videoCodecs[0];
    if (!this._videoCodecs.includes(this._codec)) { this._ws.close(4015, 'unsupported_codec'); return; }
    this._liveSince = performance.now();
    this._live = true;
    this._fresh = { 1: true, 2: true };
    this._forceKey = true;
    this._setState('live', { codec: this._codec, audio: msg.audio?.codec || null });
    this._started?.resolve(); this._started = null;
    if (msg.audio?.codec && this._audioStream && !this._audio) this._startAudio(msg.audio.codec);
    this._sendClock();
    clearTimeout(this._timer);
    this._schedule(performance.now());
  }

  _onBackpressure(msg) {
    if (Number.isFinite(msg.fps) && msg.fps > 0) this._limit.fps = msg.fps;
    if (Number.isFinite(msg.quality) && msg.quality > 0) {
      const changed = msg.quality !== this._limit.quality;
      this._limit.quality = Math.min(1, msg.quality);
      if (changed && this._encoder) this._configureEncoder();
    }
  }

  _onClose(ws, e) {
    if (ws !== this._ws) return;
    if (this._live && performance.now() - this._liveSince > 10000) this._attempt = 0; // stable: backoff starts over
    this._live = false;
    clearTimeout(this._timer);
    if (this._stopped) return;
    const reason = this._refusal?.reason || CLOSE_REASON[e.code];
    const detail = { reason: reason || 'closed', code: e.code, message: this._refusal?.message || e.reason || '' };
    if (reason && PERMANENT.has(reason)) {
      this._stopped = true;
      this._closeEncoders();
      clearInterval(this._statsTimer);
      this._setState('refused', detail);
      this._started?.reject(Object.assign(new Error(`refused: ${detail.reason}`), { reason: detail.reason, code: e.code }));
      return;
    }
    if (reason) this._emit('state', { state: 'refused', ...detail, willRetry: true });
    // Exponential backoff with ±50 % jitter: 0.5 s, 1 s, 2 s … 15 s; a rate limit waits ≥ 6 s.
    const base = Math.min(15000, 500 * 2 ** this._attempt++);
    const delay = Math.round(Math.max(reason === 'rate_limited' ? 6000 : 0, base * (0.5 + Math.random())));
    this._stats.reconnects++;
    this._setState('reconnecting', { ...detail, retryInMs: delay });
    this._retry = setTimeout(() => this._connect(), delay);
  }

  // ---- video ----------------------------------------------------------------------------------

  /**
   * Paces capture to the current fps on the page's clock; late ticks are skipped, not queued.
   * A `pace` hint from the studio shifts the schedule once, so frames land just before its
   * render ticks instead of waiting up to a frame for them.
   */
  _schedule(next) {
    const interval = 1000 / this._fps();
    next += this._shiftMs; this._shiftMs = 0;
    const now = performance.now();
    if (next < now - interval) next = now;                 // fell behind (tab throttled): no burst
    this._timer = setTimeout(() => { this._tick(); this._schedule(next + interval); }, Math.max(0, next - now));
  }

  _tick() {
    const ws = this._ws;
    if (!this._live || ws.readyState !== 1) return;
    if (this._busy || ws.bufferedAmount > MAX_BUFFERED_BYTES || this._encoder?.encodeQueueSize > 1) {
      this._stats.framesSkipped++;                         // latest wins: never queue stale frames
      return;
    }
    const now = performance.now();
    const key = this._forceKey || now - this._lastKey >= KEYFRAME_INTERVAL_MS;
    if (key) { this._forceKey = false; this._lastKey = now; }
    const timestampUs = Math.round((performance.timeOrigin + now) * 1000);
    this._emit('frame', { timestampUs });
    if (this._codec === 'h264') this._encodeH264(timestampUs, key, now);
    else this._encodeImage(timestampUs, key, now);
  }

  _configureEncoder() {
    const { width, height } = this._canvas;
    this._encoded = { width, height };
    this._encoder.configure(h264Config(width, height, this._wantFps, this._quality * this._limit.quality));
    this._forceKey = true;
  }

  _encodeH264(timestampUs, key, t0) {
    const { width, height } = this._canvas;
    if (!this._encoder || this._encoder.state === 'closed') {
      this._encoder = new VideoEncoder({
        output: chunk => this._onChunk(chunk),
        error: err => { this._emit('control', { type: 'encoder-error', message: String(err) }); this._encoder = null; },
      });
      this._t0 = new Map();
      this._configureEncoder();
      key = true;
    } else if (this._encoded.width !== width || this._encoded.height !== height) {
      this._configureEncoder();
      key = true;
    }
    const frame = new VideoFrame(this._canvas, { timestamp: timestampUs });
    this._t0.set(timestampUs, t0);
    try { this._encoder.encode(frame, { keyFrame: key }); } finally { frame.close(); }
  }

  _onChunk(chunk) {
    const t0 = this._t0.get(chunk.timestamp);
    this._t0.delete(chunk.timestamp);
    const { width, height } = this._encoded;
    const key = chunk.type === 'key';
    const msg = packMessage({ kind: KIND.video, codec: CODEC_ID.h264, flags: this._flags(KIND.video, key),
      seq: this._nextSeq(KIND.video), timestampUs: chunk.timestamp, width, height }, chunk.byteLength);
    chunk.copyTo(msg.subarray(HEADER_BYTES));
    this._sendVideo(msg, msg.byteLength, key, t0);
  }

  async _encodeImage(timestampUs, key, t0) {
    this._busy = true;
    try {
      const { width, height } = this._canvas;
      const codec = this._codec;
      const type = MIME[codec];
      const quality = Math.max(0.3, this._quality * this._limit.quality);
      const blob = this._canvas.convertToBlob
        ? await this._canvas.convertToBlob({ type, quality })
        : await new Promise(res => this._canvas.toBlob(res, type, quality));
      if (!blob || !this._live) return;
      if (blob.size > Math.min(messageCap(codec, width, height), this._maxBytes()) - HEADER_BYTES) {
        this._quality = Math.max(0.3, this._quality - 0.1); // too big for the studio's cap: retry smaller
        this._stats.framesSkipped++;
        return;
      }
      const header = packMessage({ kind: KIND.video, codec: CODEC_ID[codec], flags: this._flags(KIND.video, true),
        seq: this._nextSeq(KIND.video), timestampUs, width, height }, 0);
      this._sendVideo(new Blob([header, blob]), HEADER_BYTES + blob.size, true, t0);
    } finally { this._busy = false; }
  }

  _maxBytes() { return this._accepted?.maxMessageBytes || Infinity; }

  _sendVideo(data, bytes, key, t0) {
    if (!this._live || this._ws.readyState !== 1) return;
    this._ws.send(data);
    const now = performance.now();
    if (t0 !== undefined) this._encodeMs = this._encodeMs ? this._encodeMs * 0.9 + (now - t0) * 0.1 : now - t0;
    this._sentTimes.push(now);
    this._stats.framesSent++;
    this._stats.bytesSent += bytes;
    if (key) this._stats.keyframes++;
  }

  _nextSeq(kind) { const s = this._seq[kind]; this._seq[kind] = (s + 1) >>> 0; return s; }

  /** keyframe bit; discontinuity on the first message of each kind on a new connection. */
  _flags(kind, key) {
    const first = this._fresh[kind];
    this._fresh[kind] = false;
    return (key ? 1 : 0) | (first ? 2 : 0);
  }

  _closeEncoders() {
    if (this._encoder && this._encoder.state !== 'closed') this._encoder.close();
    this._encoder = null;
    this._audio?.close();
    this._audio = null;
  }

  // ---- audio ----------------------------------------------------------------------------------

  async _startAudio(codec) {
    this._audio = await AudioCapture.open(this._audioStream, codec, (payload, timestampUs) => {
      if (!this._live || this._ws.readyState !== 1) return;
      const msg = packMessage({ kind: KIND.audio, codec: CODEC_ID[codec], flags: this._flags(KIND.audio, true),
        seq: this._nextSeq(KIND.audio), timestampUs, sampleRate: AUDIO_RATE, channels: AUDIO_CHANNELS }, payload.byteLength);
      payload.copyTo ? payload.copyTo(msg.subarray(HEADER_BYTES)) : msg.set(payload, HEADER_BYTES);
      this._ws.send(msg);
      this._stats.audioChunks++;
      this._stats.bytesSent += msg.byteLength;
    });
  }
}

async function canEncodeOpus() {
  if (typeof AudioEncoder === 'undefined') return false;
  try {
    return (await AudioEncoder.isConfigSupported({ codec: 'opus', sampleRate: AUDIO_RATE,
      numberOfChannels: AUDIO_CHANNELS, bitrate: 128000 })).supported === true;
  } catch { return false; }
}

// An AudioWorklet that hands 20 ms blocks of planar float stereo to the main thread.
const WORKLET = `
registerProcessor('vida3-relay-tap', class extends AudioWorkletProcessor {
  constructor() { super(); this.n = 0; this.buf = new Float32Array(2 * 960); }
  process(inputs) {
    const input = inputs[0];
    if (!input.length) return true;
    const l = input[0], r = input[1] || input[0];
    for (let i = 0; i < l.length; i++) {
      this.buf[this.n] = l[i]; this.buf[960 + this.n] = r[i];
      if (++this.n === 960) { this.port.postMessage(this.buf, [this.buf.buffer]); this.buf = new Float32Array(2 * 960); this.n = 0; }
    }
    return true;
  }
});`;

/** Taps a MediaStream's audio at 48 kHz stereo and encodes it to Opus (or PCM s16 interleaved). */
class AudioCapture {
  static async open(stream, codec, onPayload) {
    const cap = new AudioCapture();
    cap.ctx = new AudioContext({ sampleRate: AUDIO_RATE });
    const url = URL.createObjectURL(new Blob([WORKLET], { type: 'text/javascript' }));
    await cap.ctx.audioWorklet.addModule(url);
    URL.revokeObjectURL(url);
    cap.src = cap.ctx.createMediaStreamSource(stream);
    cap.tap = new AudioWorkletNode(cap.ctx, 'vida3-relay-tap',
      { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 2, channelCountMode: 'explicit' });
    cap.mute = new GainNode(cap.ctx, { gain: 0 });   // keeps the graph pulled without playing it
    cap.src.connect(cap.tap).connect(cap.mute).connect(cap.ctx.destination);
    cap.samples = 0;
    if (codec === 'opus') {
      cap.encoder = new AudioEncoder({ output: chunk => onPayload(chunk, chunk.timestamp), error: () => cap.close() });
      cap.encoder.configure({ codec: 'opus', sampleRate: AUDIO_RATE, numberOfChannels: AUDIO_CHANNELS, bitrate: 128000 });
    }
    cap.tap.port.onmessage = ({ data }) => {
      if (cap.t0 === undefined) cap.t0 = (performance.timeOrigin + performance.now()) * 1000 - 20000;
      const timestampUs = Math.round(cap.t0 + cap.samples * 1e6 / AUDIO_RATE);
      cap.samples += 960;
      if (cap.encoder) {
        if (cap.encoder.state !== 'configured' || cap.encoder.encodeQueueSize > 10) return;
        const frame = new AudioData({ format: 'f32-planar', sampleRate: AUDIO_RATE, numberOfFrames: 960,
          numberOfChannels: 2, timestamp: timestampUs, data: data });
        cap.encoder.encode(frame);
        frame.close();
      } else {
        onPayload(toS16Interleaved(data), timestampUs);
      }
    };
    await cap.ctx.resume();
    return cap;
  }

  close() {
    this.tap?.port.close();
    this.src?.disconnect();
    if (this.encoder && this.encoder.state !== 'closed') this.encoder.close();
    this.ctx?.close();
  }
}

function toS16Interleaved(planar) {
  const n = planar.length / 2;
  const out = new Int16Array(planar.length);
  for (let i = 0; i < n; i++) {
    out[2 * i] = Math.max(-1, Math.min(1, planar[i])) * 32767;
    out[2 * i + 1] = Math.max(-1, Math.min(1, planar[n + i])) * 32767;
  }
  return new Uint8Array(out.buffer);
}
