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

/** Paints the pattern with frame number n in 16 bars (white = 1, most significant first). */
function paint(ctx, n) {
  QUADRANTS.forEach((row, y) => row.forEach((colour, x) => { ctx.fillStyle = colour; ctx.fillRect(x * W / 2, y * H / 2, W / 2, H / 2); }));
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
