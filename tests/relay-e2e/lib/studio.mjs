// SPDX-License-Identifier: GPL-2.0-or-later
// The headless studio as the tests see it from outside: tokens, a relay + RTMP run, --stats lines.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, isAccepting, waitFor } from './ports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The studio binary: VIDA3_STUDIO_BIN (set by CMake), else build/ci|relay|dev. */
export function studioBin() {
  const candidates = [process.env.VIDA3_STUDIO_BIN, ...['ci', 'relay', 'dev'].map(p => `${root}/build/${p}/app/vida3-studio`)];
  const bin = candidates.find(c => c && fs.existsSync(c));
  if (!bin) throw new Error('no vida3-studio binary: set VIDA3_STUDIO_BIN or build the studio');
  return bin;
}

/** A private HOME/XDG environment with a fresh relay secret, like tests/support/studioprocess.h. */
export function studioEnv(extra = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-relay-home-'));
  const runtime = path.join(home, 'run');
  fs.mkdirSync(runtime, { mode: 0o700 });
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/.config`, XDG_DATA_HOME: `${home}/.local/share`,
    XDG_CACHE_HOME: `${home}/.cache`, XDG_RUNTIME_DIR: runtime, QT_QPA_PLATFORM: 'offscreen',
    VIDA3_RELAY_SECRET: crypto.randomBytes(32).toString('hex'), ...extra };
}

/** `vida3-studio --relay-token NAME [--relay-token-ttl S]` → the JWT it prints. */
export function mintToken(env, name, ttlSeconds) {
  const args = ['--relay-token', name, ...(ttlSeconds ? ['--relay-token-ttl', String(ttlSeconds)] : [])];
  const r = spawnSync(studioBin(), args, { env, encoding: 'utf8', timeout: 20000 });
  const jwt = (r.stdout || '').match(/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
  if (r.status !== 0 || !jwt) throw new Error(`--relay-token ${name} failed (exit ${r.status}): ${r.stdout}${r.stderr}`);
  return jwt[0];
}

/**
 * Starts `vida3-studio --headless` with the relay on a free port, a full-canvas browser source per
 * name in `sources`, streaming to `rtmpUrl` with stream key `key`, writing --stats to a file.
 */
export async function startStudio({ env, sources = ['demo'], rtmpUrl, key, duration = 120, extraArgs = [] }) {
  const relayPort = await freePort();
  const statsFile = path.join(env.HOME, 'stats.jsonl');
  const args = ['--headless', '--relay-port', String(relayPort), ...sources.flatMap(s => ['--browser-source', s]),
    '--stream', rtmpUrl, '--stream-key-env', 'VIDA3_TEST_STREAM_KEY', '--stats', statsFile,
    '--duration', String(duration), '--log-level', 'info', ...extraArgs];
  const proc = spawn(studioBin(), args, { env: { ...env, VIDA3_TEST_STREAM_KEY: key }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', d => { output += d; });
  proc.stderr.on('data', d => { output += d; });
  const exited = new Promise(resolve => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const studio = {
    proc, relayPort, statsFile, args, exited,
    url: `ws://127.0.0.1:${relayPort}/v1`,
    get output() { return output; },
    stats: () => readStats(statsFile),
    alive: () => proc.exitCode === null && proc.signalCode === null,
    /** SIGINT (clean stop), SIGKILL after 15 s. */
    async stop() {
      if (!studio.alive()) return exited;
      proc.kill('SIGINT');
      const t = setTimeout(() => proc.kill('SIGKILL'), 15000);
      const r = await exited; clearTimeout(t); return r;
    },
  };
  const up = await waitFor(async () => !studio.alive() || await isAccepting(relayPort), 15000);
  if (!up || !studio.alive()) {
    await studio.stop();
    throw new Error(`the studio did not open the relay on ${relayPort}: ${args.join(' ')}\n${output}`);
  }
  return studio;
}

/** Parses --stats JSON lines; a torn last line is ignored. */
export function readStats(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap(l => { try { return [JSON.parse(l)]; } catch { return []; } });
}

const STALL_FPS = 27;

/**
 * Judges the output over the stats lines with t in [fromT, toT]: the rate over the window
 * ≥ minFps, no second below STALL_FPS, no missed/skipped frames and nothing dropped in that
 * window, the output live. Returns the problems (empty: none).
 */
/**
 * After an overload the studio answered as designed (it asked the browser source to slow down
 * because "the output is losing frames"): the losses that led to it are forgiven only if they
 * were few (at most half a second of frames) and stopped — the last `cleanTailS` seconds of the
 * window lost nothing. Problems in judgeOutput's words; empty when the output recovered.
 */
export function judgeRecovery(lines, fromT, toT, { maxLost = 15, cleanTailS = 3 } = {}) {
  const win = lines.filter(l => l.t >= fromT && l.t <= toT);
  const lost = l => (l.frames?.missed_render ?? 0) + (l.frames?.skipped_encode ?? 0);
  const before = lines[lines.indexOf(win[0]) - 1] ?? win[0];
  const problems = [];
  if (!win.length) return [`no stats lines for t ${fromT}..${toT}`];
  const total = lost(win.at(-1)) - lost(before);
  if (total > maxLost) problems.push(`${total} frames lost (rendering or encoding) for t ${fromT}..${toT}, more than ${maxLost}`);
  let previous = before;
  for (const l of win) {
    if (lost(l) > lost(previous) && l.t > toT - cleanTailS)
      problems.push(`t=${l.t}: still losing frames ${cleanTailS} s before the end, after the source was slowed`);
    previous = l;
  }
  return problems;
}

export function judgeOutput(lines, fromT, toT, minFps = 29) {
  const win = lines.filter(l => l.t >= fromT && l.t <= toT);
  const problems = [];
  if (win.length < Math.floor(toT - fromT) - 1) problems.push(`only ${win.length} stats lines for t ${fromT}..${toT}`);
  // The output is constant-rate by construction (timestamps come from the frame index) and a
  // render thread woken late catches up, so one 1-s reading may show 28.8 and the next 31.2
  // with no frame lost: the lost-frame counters and the rate over the whole window are the
  // verdict; a single second below 27 is a stall worth reporting on its own.
  for (const l of win) {
    if (!(l.fps >= STALL_FPS)) problems.push(`t=${l.t}: fps ${l.fps} < ${STALL_FPS}`);
    const out = l.outputs?.[0];
    if (out && out.state !== 'live') problems.push(`t=${l.t}: output ${out.state} ${out.error || ''}`);
  }
  const before = lines[lines.indexOf(win[0]) - 1] ?? win[0];
  const delta = (f) => win.length ? f(win.at(-1)) - f(before) : 0;
  const seconds = delta(l => l.t);
  const rate = seconds > 0 ? delta(l => l.frames?.rendered ?? 0) / seconds : NaN;
  if (seconds > 0 && !(rate >= minFps)) problems.push(`${rate.toFixed(2)} fps over t ${fromT}..${toT}`);
  const missed = delta(l => l.frames?.missed_render ?? 0);
  const skipped = delta(l => l.frames?.skipped_encode ?? 0);
  const dropped = delta(l => l.outputs?.[0]?.dropped_network ?? 0);
  if (missed) problems.push(`${missed} frames missed (rendering) for t ${fromT}..${toT}`);
  if (skipped) problems.push(`${skipped} frames skipped (encoding) for t ${fromT}..${toT}`);
  if (dropped) problems.push(`${dropped} frames dropped (network) for t ${fromT}..${toT}`);
  return problems;
}
