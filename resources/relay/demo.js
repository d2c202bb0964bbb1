// SPDX-License-Identifier: GPL-2.0-or-later
// The relay demo: an animated VIDA³ canvas (particles flowing around the wordmark) streamed
// into the studio with vida3-relay.js. Form values come from the query string and the fragment.
import { RelaySource } from './vida3-relay.js';

const canvas = document.getElementById('canvas');
const form = Object.fromEntries(['url', 'token', 'name', 'codec'].map(n => [n, document.querySelector(`[name=${n}]`)]));
const badge = document.getElementById('badge');
const statsLine = document.getElementById('stats');
const startButton = document.getElementById('start');
const stopButton = document.getElementById('stop');

/** Prefill from ?url=&name=&codec= and #token= (a token in the query string would be logged). */
function prefill() {
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  for (const [key, input] of Object.entries(form)) {
    const value = fragment.get(key) ?? query.get(key);
    if (value !== null) input.value = value;
  }
  if (query.has('token')) console.warn('vida3 demo: pass the token as #token=…, not ?token=… (query strings end up in history and logs)');
  if (fragment.has('token')) history.replaceState(null, '', location.pathname + location.search); // keep it out of history
}

// ---- the animated VIDA³ canvas ------------------------------------------------------------
const ctx = canvas.getContext('2d');
const W = canvas.width, H = canvas.height;
const particles = Array.from({ length: 900 }, () => spawn({}));

function spawn(p) {
  p.x = Math.random() * W; p.y = Math.random() * H;
  p.life = 200 + Math.random() * 400; p.hue = 180 + Math.random() * 140;
  return p;
}

/** A flow field that swirls around the centre, where the wordmark sits. */
function flow(x, y, t) {
  const dx = x - W / 2, dy = (y - H / 2) * 1.8;
  const swirl = Math.atan2(dy, dx) + Math.PI / 2;
  const wave = Math.sin(x * 0.004 + t * 0.0004) + Math.cos(y * 0.005 - t * 0.0003);
  return swirl + wave * 0.9;
}

function draw(t) {
  ctx.fillStyle = 'rgba(8, 8, 20, 0.12)';
  ctx.fillRect(0, 0, W, H);
  for (const p of particles) {
    const a = flow(p.x, p.y, t);
    const nx = p.x + Math.cos(a) * 2.4, ny = p.y + Math.sin(a) * 2.4;
    ctx.strokeStyle = `hsla(${(p.hue + t * 0.02) % 360}, 90%, 62%, 0.7)`;
    ctx.beginPath(); ctx.moveTo(p.x, p.y); ctx.lineTo(nx, ny); ctx.stroke();
    p.x = nx; p.y = ny;
    if (--p.life < 0 || nx < 0 || nx > W || ny < 0 || ny > H) spawn(p);
  }
  const pulse = 1 + 0.03 * Math.sin(t * 0.002);
  ctx.save();
  ctx.translate(W / 2, H / 2); ctx.scale(pulse, pulse);
  const g = ctx.createLinearGradient(-300, 0, 300, 0);
  g.addColorStop(0, '#7f5cff'); g.addColorStop(0.5, '#29d8ff'); g.addColorStop(1, '#ff4fa3');
  ctx.fillStyle = g; ctx.font = '800 170px system-ui, sans-serif';
  ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
  ctx.shadowColor = 'rgba(41, 216, 255, 0.6)'; ctx.shadowBlur = 30;
  ctx.fillText('VIDA³', 0, 0);
  ctx.restore();
  requestAnimationFrame(draw);
}

// ---- streaming ------------------------------------------------------------------------------
let source = null;

function showState({ state, reason, message, retryInMs }) {
  badge.dataset.state = state;
  badge.textContent = state + (reason ? `: ${reason}` : '') + (retryInMs ? ` (retry in ${(retryInMs / 1000).toFixed(1)} s)` : '');
  badge.title = message || '';
}

function showStats({ detail: s }) {
  const server = s.server ? ` · studio received ${s.server.received}, dropped ${s.server.dropped}, latency ${s.server.latencyMs} ms` : '';
  statsLine.textContent = `${s.codec ?? '—'} · ${s.fpsSent} fps · encode ${s.encodeMs} ms · ${s.framesSent} frames`
    + ` (${s.framesSkipped} skipped) · ${(s.bytesSent / 1e6).toFixed(1)} MB${server}`;
}

async function start() {
  source?.stop();
  source = new RelaySource({ url: form.url.value, token: form.token.value, name: form.name.value });
  source.addEventListener('state', e => showState(e.detail));
  source.addEventListener('stats', showStats);
  startButton.disabled = true; stopButton.disabled = false;
  try {
    await source.start(canvas, { codec: form.codec.value, fps: 30 });
  } catch (err) {
    console.warn('vida3 demo:', err.message);
    startButton.disabled = false; stopButton.disabled = true;
  }
}

startButton.addEventListener('click', start);
stopButton.addEventListener('click', () => { source?.stop(); startButton.disabled = false; stopButton.disabled = true; });
prefill();
requestAnimationFrame(draw);
if (form.token.value) start();   // a token in the link means "go"
window.vida3Demo = { get source() { return source; } };
