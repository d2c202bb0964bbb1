// SPDX-License-Identifier: GPL-2.0-or-later
// The measuring side of tests/bench/relay-latency.sh (see there for what it prints).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { startStudio, studioEnv, mintToken, judgeOutput } from '../relay-e2e/lib/studio.mjs';
import { launchBrowser } from '../relay-e2e/lib/browser.mjs';
import { startStaticServer } from '../relay-e2e/lib/static-server.mjs';
import { sleep, waitFor } from '../relay-e2e/lib/ports.mjs';

const [seconds, reps, configs] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4].split(/\s+/)];
const TICK = 100; // clock ticks per second (getconf CLK_TCK on Linux)

/** CPU seconds used so far by these pids (utime + stime, children not included). */
function cpuSeconds(pids) {
  return pids.reduce((sum, pid) => {
    try {
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(f[11]) + Number(f[12])) / TICK;
    } catch { return sum; }
  }, 0);
}

/** Chromium's processes: those whose command line names this profile directory, and their children. */
function chromiumPids(profile) {
  const procs = fs.readdirSync('/proc').filter(d => /^\d+$/.test(d)).flatMap(pid => {
    try {
      const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      return [{ pid: Number(pid), ppid, mine: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile) }];
    } catch { return []; }
  });
  const set = new Set(procs.filter(p => p.mine).map(p => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!set.has(p.pid) && set.has(p.ppid)) { set.add(p.pid); grew = true; }
  }
  return [...set];
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };
const median = xs => pct(xs, 0.5);

/** Frame numbers painted as bars in each output frame from `from` for `secs` (30 fps CFR). */
function outputCounters(flv, from, secs) {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-ss', String(from), '-i', flv, '-t', String(secs),
    '-vf', 'scale=1280:720,crop=1280:1:0:360', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 256 << 20 });
  const row = 1280 * 3, out = [];
  for (let f = 0; f + row <= raw.length; f += row) {
    let n = 0;
    for (let bit = 0; bit < 16; bit++) { const i = f + (bit * 80 + 40) * 3; n = (n << 1) | (raw[i] + raw[i + 1] + raw[i + 2] > 384 ? 1 : 0); }
    out.push({ pts: from + f / row / 30, n });
  }
  return out;
}

/** Latency of each first appearance of a frame number, minus the smallest such latency (ms). */
function latencySpread(counters, sent) {
  const sentAt = new Map(sent);
  const seen = new Set(), raw = [];
  for (const { pts, n } of counters) {
    if (seen.has(n) || !sentAt.has(n)) continue;
    seen.add(n);
    raw.push(pts * 1000 - sentAt.get(n));
  }
  const min = Math.min(...raw);
  return raw.map(x => x - min);
}

async function run(nginx, web, codec, count, scene, rep) {
  const env = studioEnv();
  const names = Array.from({ length: count }, (_, i) => count > 1 ? `bench${i + 1}` : 'demo');
  const tokens = names.map(n => mintToken(env, n));
  const key = `${codec}x${count}${scene}r${rep}`;  // letters and digits: a valid X-preset key
  const extraArgs = (process.env.VIDA3_BENCH_STUDIO_ARGS || '').split(' ').filter(Boolean);
  const studio = await startStudio({ env, sources: names, rtmpUrl: nginx.url, key, duration: seconds + 60, extraArgs });
  const browser = await launchBrowser();
  try {
    const frag = count > 1 ? tokens.map((t, i) => `token${i + 1}=${t}`).join('&') : `token=${tokens[0]}`;
    const q = new URLSearchParams({ codec, url: studio.url, name: count > 1 ? 'bench' : 'demo', sources: count, scene });
    await browser.page.goto(`${web.origin}/pages/pattern.html?${q}#${frag}`);
    const page = () => browser.page.evaluate(() => ({ states: window.relayTest.states, stats: window.relayStats(), error: window.relayTest.error }));
    const live = await waitFor(async () => (await page()).stats.filter(s => s.state === 'live').length === count, 20000);
    if (!live) throw new Error(`not all sources live: ${JSON.stringify(await page())}\n${studio.output.slice(-1500)}`);
    await sleep(6000);  // settle: the first pace hint goes out after 2 s and is judged 4 s later
    const cpids = chromiumPids(browser.profile);
    const [s0, c0, t0, p0] = [cpuSeconds([studio.proc.pid]), cpuSeconds(cpids), performance.now(), await page()];
    const tFrom = studio.stats().at(-1).t;
    // The studio's own figures (relay `stats`, each over the last 64 frames shown), every 2 s:
    // from receipt, and from the page's capture (the page reports its clock to the studio).
    const windows = [];
    for (let i = 0; i < seconds; i += 2) {
      await sleep(2000);
      const server = (await page()).stats[0].server;
      if (server) windows.push(server);
    }
    const col = k => windows.map(w => w[k]).filter(Number.isFinite);
    const [s1, c1, t1, p1] = [cpuSeconds([studio.proc.pid]), cpuSeconds(cpids), performance.now(), await page()];
    const wall = (t1 - t0) / 1000;
    const sent = await browser.page.evaluate(() => window.relayTest.sent);
    const lines = studio.stats();
    const tTo = lines.at(-1).t;
    const win = lines.filter(l => l.t > tFrom && l.t <= tTo);
    await browser.close();
    await studio.stop();
    const [flv] = nginx.recordings(key);
    const hints = studio.output.split('\n').filter(l => /asked for \d+ fps/.test(l));
    if (process.env.VIDA3_BENCH_VERBOSE) console.error(hints.join('\n'));
    const firstT = win[0]?.t ?? 0;
    // The output's timeline starts when the studio started streaming (t ≈ 0 in --stats).
    const spread = flv ? latencySpread(outputCounters(flv, firstT, Math.max(1, tTo - firstT - 1)), sent) : [];
    return {
      pageFps: p1.stats.map((s, i) => (s.framesSent - p0.stats[i].framesSent) / wall).reduce((a, b) => a + b, 0) / count,
      outFps: median(win.map(l => l.fps)),
      lost: judgeOutput(lines, tFrom + 1, tTo).length ? judgeOutput(lines, tFrom + 1, tTo).join('; ') : '0',
      studioCpu: (s1 - s0) / wall * 100, chromeCpu: (c1 - c0) / wall * 100,
      bytesPerFrame: p1.stats[0].bytesSent / Math.max(1, p1.stats[0].framesSent),
      encodeMs: p1.stats[0].encodeMs, hints: hints.length,
      serverP50: median(col('latencyMs')), serverP99: median(col('latencyP99Ms')), serverP99Worst: Math.max(0, ...col('latencyP99Ms')),
      captureP50: median(col('captureLatencyMs')), captureP99: median(col('captureLatencyP99Ms')),
      captureP99Worst: Math.max(0, ...col('captureLatencyP99Ms')), spreadP50: median(spread), spreadP99: pct(spread, 0.99),
    };
  } finally {
    await browser.close();
    await studio.stop();
  }
}

const nginx = await startNginxRtmp();
const web = await startStaticServer();
const results = [];
try {
  for (const cfg of configs) {
    const [codec, n, scene = 'pattern'] = cfg.split(':');
    const count = Number(n);
    const runs = [];
    for (let rep = 0; rep < reps; rep++) {
      try { runs.push(await run(nginx, web, codec, count, scene, rep)); }
      catch (e) { console.error(`${cfg} run ${rep + 1}: ${e.message}`); }
    }
    const m = k => median(runs.map(r => r[k]).filter(Number.isFinite));
    const row = { config: cfg, runs: runs.length, pageFps: m('pageFps'), outFps: m('outFps'), lost: runs.map(r => r.lost).join(' | '),
      studioCpu: m('studioCpu'), cpuPerSource: NaN, chromeCpu: m('chromeCpu'), kbPerFrame: m('bytesPerFrame') / 1024,
      encodeMs: m('encodeMs'), serverP50: m('serverP50'), serverP99: m('serverP99'), serverP99Worst: Math.max(0, ...runs.map(r => r.serverP99Worst)),
      captureP50: m('captureP50'), captureP99: m('captureP99'), captureP99Worst: Math.max(0, ...runs.map(r => r.captureP99Worst)), spreadP50: m('spreadP50'), spreadP99: m('spreadP99') };
    results.push(row);
    console.error(JSON.stringify(row));
  }
} finally {
  await web.close();
  await nginx.stop();
}

const f = (x, d = 1) => Number.isFinite(x) ? x.toFixed(d) : '—';
console.log(`\nrelay benchmark: ${seconds} s per run, medians of ${reps} runs, 1280x720 at 30 fps, ${configs.join(' ')}`);
console.log('config             | page fps | out fps | studio CPU % | per source % | chromium CPU % | KB/frame | encode ms | recv→render p50/p99/worst | capture→render p50/p99/worst | out spread p50/p99 ms | lost');
for (const r of results) {
  const [codec, , scene] = r.config.split(':');
  const one = results.find(x => x.config === [codec, '1', scene].filter(Boolean).join(':'));
  const n = Number(r.config.split(':')[1]);
  const per = n > 1 && one ? (r.studioCpu - one.studioCpu) / (n - 1) : r.studioCpu;
  console.log(`${r.config.padEnd(18)} | ${f(r.pageFps).padStart(8)} | ${f(r.outFps).padStart(7)} | ${f(r.studioCpu).padStart(12)} | ${f(per).padStart(12)} | ${f(r.chromeCpu).padStart(14)} | ${f(r.kbPerFrame).padStart(8)} | ${f(r.encodeMs).padStart(9)} | ${(f(r.serverP50, 0) + '/' + f(r.serverP99, 0) + '/' + f(r.serverP99Worst, 0)).padStart(25)} | ${(f(r.captureP50, 0) + '/' + f(r.captureP99, 0) + '/' + f(r.captureP99Worst, 0)).padStart(28)} | ${(f(r.spreadP50, 0) + '/' + f(r.spreadP99, 0)).padStart(21)} | ${r.lost}`);
}
console.log('per source % = extra studio CPU per added source (vs the same codec with 1 source); for 1 source the whole studio CPU.');
console.log('recv→render: the message arrived → the render thread took its frame; capture→render: from the page\'s capture, so it includes the');
console.log('browser\'s encode. The time from the page sending a frame lies between the two. p99: median of the 2-s windows / the worst window.');
