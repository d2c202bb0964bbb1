// SPDX-License-Identifier: GPL-2.0-or-later
// End to end with a real browser: headless Chromium streams a known pattern with vida3-relay.js
// into the headless studio (--browser-source demo), which streams to nginx-rtmp; ffmpeg then
// finds the pattern (and the frame counter moving, and the page's tone) in what nginx recorded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNginxRtmp } from './lib/nginx.mjs';
import { startStudio, studioEnv, mintToken, judgeOutput, judgeRecovery } from './lib/studio.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { probeVideo, probeAudio, samplePixels, analyseAudio } from './lib/media.mjs';
import { sleep, waitFor } from './lib/ports.mjs';

const CENTRES = [[320, 180], [960, 180], [320, 540], [960, 540]];
const EXPECTED = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 0]];    // pages/pattern.js
const TOLERANCE = 48;
const BARS = Array.from({ length: 16 }, (_, bit) => [bit * 80 + 40, 360]);
const TONE_HZ = 880;
let nginx, web;
const flvs = {};

before(async () => { nginx = await startNginxRtmp(); web = await startStaticServer(); });
after(async () => { await web?.close(); await nginx?.stop(); });

/** Runs the studio and the page for `liveSeconds` once the source is live; returns what happened. */
// minPageFps: what the page must send when the studio has not asked it to slow down. On a loaded
// 2-core machine the studio may ask (backpressure: "source NAME: asked for N fps (why)" in its
// log) — by design, the output comes first: then the page must follow the latest requests, and the
// output itself must stay at full rate either way. `slowestAsked` is the lowest rate requested
// while live (30 when none was), for judging how fast the page's frame counter may move.
async function stream({ key, codec, tone, liveSeconds = 8, minPageFps = 28 }) {
  const env = studioEnv();
  const token = mintToken(env, 'demo');
  // The output at 640x360 keeps x264 to a quarter of its 720p cost, so Chromium (software
  // canvas and encoders) and the studio both fit on a 2-core CI machine: this test judges that
  // the page reaches the output intact and on time; throughput at 720p with several sources is
  // measured by tests/bench/relay-latency.sh, not asserted here.
  const studio = await startStudio({ env, rtmpUrl: nginx.url, key, duration: 60,
    extraArgs: ['--preset', 'custom', '--resolution', '640x360', '--video-bitrate', '1200'] });
  const browser = await launchBrowser();
  try {
    const q = new URLSearchParams({ codec, url: studio.url, name: 'demo', size: '640x360', ...(tone ? { tone } : {}) });
    await browser.page.goto(`${web.origin}/pages/pattern.html?${q}#token=${encodeURIComponent(token)}`);
    const state = () => browser.page.evaluate(() => ({ states: window.relayTest.states, error: window.relayTest.error, stats: window.relayStats() }));
    const live = await waitFor(async () => (await state()).states.some(s => s.state === 'live'), 15000);
    const diag = async () => `${JSON.stringify(await state())}\npage: ${browser.logs.join('\n')}\nstudio: ${studio.output.slice(-2000)}`;
    assert.ok(live, `the page never went live: ${await diag()}`);
    const liveAtT = studio.stats().at(-1)?.t ?? 0;
    await sleep(liveSeconds * 1000);
    const page = await state();
    assert.equal(page.error, null, await diag());
    assert.ok(!page.states.some(s => ['refused', 'reconnecting'].includes(s.state)), `the source dropped: ${await diag()}`);
    assert.equal(page.stats[0].codec, codec === 'auto' ? 'h264' : codec);
    const asked = [...studio.output.matchAll(/source "demo": asked for (\d+) fps \((.+?)\)/g)].map(m => Number(m[1]));
    // The page's rate is measured over its last second: a request that just came may not show yet.
    const wantFps = asked.length ? Math.min(minPageFps, Math.min(...asked.slice(-2)) - 2) : minPageFps;
    assert.ok(page.stats[0].fpsSent >= wantFps,
      `the page sent ${page.stats[0].fpsSent} fps, want ≥ ${wantFps} (studio asked for: ${asked.join(', ') || 'nothing'}): ${await diag()}`);
    const slowestAsked = Math.min(30, ...asked);
    const lines = studio.stats();
    // Judged from one second after the studio first showed the source connected (the page's
    // "live" may come up to a stats line earlier): the moment a browser starts sending, with its
    // decoder set up, is not the steady state this test is about.
    const connectedAtT = lines.find(l => l.sources?.some(src => src.name === 'demo' && src.connected))?.t ?? liveAtT;
    const fromT = Math.max(liveAtT, connectedAtT) + 1;
    let outputProblems = judgeOutput(lines, fromT, lines.at(-1).t);
    // Overload (another process holding a core, Chromium beside the studio): the studio slows the
    // source when the output loses frames or the page's frames queue up (any request but "calm
    // again"). The few frames lost before that took effect are its cost; the output must then run
    // clean (judgeRecovery). Network drops are never forgiven.
    if (/source "demo": asked for \d+ fps \((?!calm again)/.test(studio.output)) {
      const LOSS = /frames (missed \(rendering\)|skipped \(encoding\)) for t/;
      outputProblems = [...outputProblems.filter(p => !LOSS.test(p)),
                        ...judgeRecovery(lines, fromT, lines.at(-1).t)];
    }
    await browser.close();
    const exit = await studio.stop();
    assert.deepEqual(exit, { code: 0, signal: null }, `clean stop: ${studio.output.slice(-2000)}`);
    assert.deepEqual(outputProblems, [],
      `the output while the browser source was live:\n${JSON.stringify(lines.slice(-12))}\n${studio.output.slice(-1500)}`);
    const [flv] = nginx.recordings(key);
    assert.ok(flv, `nginx recorded nothing for ${key}`);
    return { flv, page, slowestAsked };
  } finally {
    await browser.close();
    await studio.stop();
  }
}

// The page's frame counter moves at the page's rate: at least `floor` per second, or 80 % of the
// slowest rate the studio asked the page for while it was live.
const counterFloor = (floor, slowestAsked) => Math.min(floor, 0.8 * slowestAsked);
const close = (got, want) => got.every((v, i) => Math.abs(v - want[i]) <= TOLERANCE);
const counter = px => px.reduce((n, [r, g, b]) => (n << 1) | (r + g + b > 384 ? 1 : 0), 0);

/** Samples each 0.5 s of the FLV: which seconds show the pattern, and the frame counter there. */
function scan(flv) {
  const { span, fps, frames, pts } = probeVideo(flv);
  const samples = [];
  for (let t = 0.5; t < span - 0.5; t += 0.5) {
    const px = samplePixels(flv, t.toFixed(2), [...CENTRES, ...BARS]);
    const quads = px.slice(0, 4);
    samples.push({ t, ok: quads.every((p, i) => close(p, EXPECTED[i])), quads, n: counter(px.slice(4)) });
  }
  return { span, fps, frames, pts, samples };
}

/** The longest run of consecutive samples showing the pattern. */
function longestRun(samples) {
  let best = [], cur = [];
  for (const s of samples) { cur = s.ok ? [...cur, s] : []; if (cur.length > best.length) best = cur; }
  return best;
}

function assertPattern(flv, label, minCounterRate = 25) {
  const r = scan(flv);
  const run = longestRun(r.samples);
  const table = r.samples.map(s => `${s.t.toFixed(1)}s ${s.ok ? 'OK ' : 'no '} ${JSON.stringify(s.quads)} n=${s.n}`).join('\n');
  assert.ok(run.length >= 10, `${label}: the pattern is in ${run.length / 2} consecutive seconds of output (want ≥ 5):\n${table}`);
  // The output's rate while the page is on screen (the seconds before, with Chromium starting on
  // a loaded machine, are not this test's subject; the studio's own counters judge them in stream()).
  const [from, to] = [run[0].t, run.at(-1).t];
  const inRun = r.pts.filter(t => t >= from && t <= to).length;
  const runFps = (inRun - 1) / (to - from);
  assert.ok(runFps >= 29, `${label}: ${inRun} frames over ${(to - from).toFixed(1)} s of the pattern = ${runFps.toFixed(2)} fps ` +
    `(whole file: ${r.frames} frames over ${r.span.toFixed(1)} s)`);
  // The frame counter moves at the page's rate: the output shows new frames, not one frozen picture.
  const first = run[1], last = run.at(-2);
  const rate = ((last.n - first.n + 65536) % 65536) / (last.t - first.t);
  assert.ok(rate > minCounterRate && rate < 35, `${label}: the page's frame counter advanced ${rate.toFixed(1)}/s in the output\n${table}`);
  console.log(`${label}: pattern in ${run.length / 2} s of ${r.span.toFixed(1)} s, counter ${rate.toFixed(1)}/s, output ${runFps.toFixed(2)} fps there (${r.fps.toFixed(2)} over the file)`);
  return run;
}

test('H.264 (WebCodecs): the pattern reaches the RTMP output', async () => {
  const { flv, page, slowestAsked } = await stream({ key: 'h264', codec: 'h264' });
  flvs.h264 = flv;
  console.log(`page: ${JSON.stringify(page.stats[0])}`);
  // The page reported its clock, so the studio measures latency from the page's capture.
  const server = page.stats[0].server;
  assert.ok(Number.isFinite(server?.captureLatencyMs) && server.captureLatencyMs >= 0, `studio stats: ${JSON.stringify(server)}`);
  assertPattern(flv, 'h264', counterFloor(25, slowestAsked));
});

test('JPEG: the pattern reaches the RTMP output', async () => {
  const { flv, page, slowestAsked } = await stream({ key: 'jpeg', codec: 'jpeg' });
  console.log(`page: ${JSON.stringify(page.stats[0])}`);
  assertPattern(flv, 'jpeg', counterFloor(25, slowestAsked));
});

test('audio: an 880 Hz tone sent as Opus is in the AAC track', async () => {
  const { flv, page, slowestAsked } = await stream({ key: 'audio', codec: 'auto', tone: TONE_HZ, minPageFps: 15 });
  assert.ok(page.stats[0].audioChunks > 200, `the page sent ${page.stats[0].audioChunks} Opus chunks`);
  const a = probeAudio(flv);
  assert.equal(a?.codec_name, 'aac', `audio stream: ${JSON.stringify(a)}`);
  const run = assertPattern(flv, 'audio', counterFloor(14, slowestAsked));  // the page may have been slowed (see stream())
  const from = run[2].t, seconds = Math.min(4, run.at(-3).t - from);
  const tone = analyseAudio(flv, from, seconds, TONE_HZ);
  console.log(`tone in the output: ${JSON.stringify(tone)}`);
  assert.ok(Math.abs(tone.peakHz - TONE_HZ) <= 20, `strongest frequency ${tone.peakHz} Hz, want ${TONE_HZ}`);
  assert.ok(tone.toneShare > 0.5, `only ${(tone.toneShare * 100).toFixed(0)} % of the energy is at ${TONE_HZ} Hz`);
  assert.ok(tone.rmsDb > -30 && tone.maxVolumeDb <= 0, `level ${tone.rmsDb.toFixed(1)} dBFS (max ${tone.maxVolumeDb} dB)`);
  if (flvs.h264) {
    const quiet = analyseAudio(flvs.h264, from, seconds, TONE_HZ);
    assert.ok(quiet.toneShare < 0.1, `without the page's tone ${(quiet.toneShare * 100).toFixed(0)} % of the energy is at ${TONE_HZ} Hz`);
  }
});
