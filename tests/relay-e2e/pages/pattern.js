// SPDX-License-Identifier: GPL-2.0-or-later
// Draws solid quadrants (red, green / blue, yellow) and, across the middle, the frame number as
// 16 black/white bars; streams them with the shipped client. State goes to window.relayTest.
import { RelaySource } from '/relay/vida3-relay.js';

export const QUADRANTS = [['#ff0000', '#00ff00'], ['#0000ff', '#ffff00']];
const q = new URLSearchParams(location.search);
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const fps = Number(q.get('fps') || 30);
// ?size=WxH (default 1280x720); the pattern is laid out relative to it.
const [W, H] = (q.get('size') || '1280x720').split('x').map(Number);

const test = window.relayTest = { states: [], sources: [], sent: [], error: null };

function makeCanvas() {
  const canvas = document.createElement('canvas');
  canvas.width = W; canvas.height = H; canvas.style.width = '320px';
  document.body.append(canvas);
  return canvas;
}

// ?scene=rich: instead of flat quadrants, an animated canvas like the ones creators stream and
// like the one the relay formats were measured on (shared reference): a moving gradient, 60
// moving translucent shapes with their own gradients, and text. Flat colour flatters PNG (a few
// KB a frame); this costs PNG about a megabyte a frame, as a real page does. The bars stay.
const rich = q.get('scene') === 'rich';
const SHAPES = Array.from({ length: 60 }, (_, i) => ({
  x: (i * 211) % W, y: (i * 137) % H, r: 20 + (i * 29) % 90, vx: ((i % 7) - 3) * 2.5, vy: ((i % 5) - 2) * 2,
  hue: (i * 47) % 360 }));

function paintRich(ctx, n) {
  const g = ctx.createLinearGradient(0, 0, W, H);
  g.addColorStop(0, `hsl(${n % 360} 70% 35%)`);
  g.addColorStop(1, `hsl(${(n + 180) % 360} 70% 25%)`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, W, H);
  for (const s of SHAPES) {
    const x = ((s.x + s.vx * n) % W + W) % W, y = ((s.y + s.vy * n) % H + H) % H;
    const rg = ctx.createRadialGradient(x, y, 0, x, y, s.r);
    rg.addColorStop(0, `hsl(${(s.hue + n) % 360} 90% 70% / 0.9)`);
    rg.addColorStop(1, `hsl(${(s.hue + n + 60) % 360} 80% 40% / 0.2)`);
    ctx.fillStyle = rg;
    ctx.beginPath(); ctx.arc(x, y, s.r, 0, 2 * Math.PI); ctx.fill();
  }
  ctx.fillStyle = '#ffffff';
  ctx.font = `${Math.round(H / 12)}px sans-serif`;
  ctx.fillText(`VIDA³ frame ${n}`, W / 20, H / 6);
}

/** Paints the pattern with frame number n in 16 bars (white = 1, most significant first). */
function paint(ctx, n) {
  if (rich) paintRich(ctx, n);
  else QUADRANTS.forEach((row, y) => row.forEach((colour, x) => { ctx.fillStyle = colour; ctx.fillRect(x * W / 2, y * H / 2, W / 2, H / 2); }));
  for (let bit = 0; bit < 16; bit++) {
    ctx.fillStyle = (n >> (15 - bit)) & 1 ? '#ffffff' : '#000000';
    ctx.fillRect(bit * W / 16, H * 340 / 720, W / 16, H * 40 / 720);
  }
}

async function toneStream(hz) {
  const ctx = new AudioContext({ sampleRate: 48000 });
  const osc = new OscillatorNode(ctx, { frequency: hz });
  const gain = new GainNode(ctx, { gain: 0.5 });
  const dest = ctx.createMediaStreamDestination();
  osc.connect(gain).connect(dest);
  osc.start();
  await ctx.resume();
  return dest.stream;
}

async function main() {
  const count = Number(q.get('sources') || 1);
  const audio = q.get('tone') ? await toneStream(Number(q.get('tone'))) : null;
  for (let i = 0; i < count; i++) {
    const canvas = makeCanvas();
    const ctx = canvas.getContext('2d');
    let n = 0;
    paint(ctx, n);
    const name = count > 1 ? `${q.get('name') || 'demo'}${i + 1}` : (q.get('name') || 'demo');
    const tok = count > 1 ? new URLSearchParams(location.hash.slice(1)).get(`token${i + 1}`) : token;
    const source = new RelaySource({ url: q.get('url'), token: tok, name });
    source.addEventListener('state', e => test.states.push({ i, ...e.detail, at: Date.now() }));
    // Paint right before each capture: frame number n goes out with timestamp timestampUs.
    source.addEventListener('frame', e => {
      n = (n + 1) & 0xffff;
      paint(ctx, n);
      if (i === 0 && test.sent.length < 100000) test.sent.push([n, e.detail.timestampUs / 1000]);
    });
    test.sources.push(source);
    source.start(canvas, { codec: q.get('codec') || 'auto', fps, audio: i === 0 ? audio : null })
      .catch(e => { test.error = e.message; });
  }
}

main().catch(e => { test.error = String(e); });
window.relayStats = () => test.sources.map(s => s.stats);
