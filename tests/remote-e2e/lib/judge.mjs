// SPDX-License-Identifier: GPL-2.0-or-later
// Judging what the remote control did to the output, from the files alone: the colour of every
// frame of a recording (which scene was on air), the audio level in short windows (was the tone
// muted), and what ffprobe says the streams are. ffmpeg runs asynchronously so the WebSocket
// sessions of the test stay serviced meanwhile.
import { execFile } from 'node:child_process';

function run(cmd, args, { timeout = 180000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'buffer', maxBuffer: 1 << 30, timeout }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} ${args.join(' ')} failed: ${error.message}\n${stderr?.toString().slice(-1500)}`));
      else resolve({ stdout, stderr: stderr.toString() });
    });
  });
}

const SIDE = 8;  // each frame judged from its 8x8 average

/** The name of a mean colour: red, blue, green, or other (a blend, black, a glitch). */
export function colourName({ r, g, b }) {
  if (r > 150 && g < 90 && b < 90) return 'red';
  if (b > 150 && r < 90 && g < 90) return 'blue';
  if (g > 150 && r < 90 && b < 90) return 'green';
  return 'other';
}

/**
 * Every decoded video frame of `file`, in order, as its mean RGB, colour name and time `t` in
 * seconds from the first frame (its timestamp, so a frame lost under load leaves a gap; frame
 * index / fps if ffprobe's count disagrees).
 */
export async function frameColours(file, fps = 30) {
  const [{ stdout }, times] = await Promise.all([
    run('ffmpeg', ['-v', 'error', '-i', file, '-an', '-fps_mode', 'passthrough',
      '-vf', `scale=${SIDE}:${SIDE}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1']),
    run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=pts_time,best_effort_timestamp_time',
      '-of', 'csv=p=0', file]).then(r => r.stdout.toString().split('\n').filter(l => l.trim())
      .map(l => l.split(',').map(Number).find(Number.isFinite))),
  ]);
  const size = SIDE * SIDE * 3, frames = [];
  for (let at = 0; at + size <= stdout.length; at += size) {
    let r = 0, g = 0, b = 0;
    for (let i = 0; i < SIDE * SIDE; i++) { r += stdout[at + i * 3]; g += stdout[at + i * 3 + 1]; b += stdout[at + i * 3 + 2]; }
    const m = { r: r / (SIDE * SIDE), g: g / (SIDE * SIDE), b: b / (SIDE * SIDE) };
    frames.push({ ...m, name: colourName(m) });
  }
  const timed = times.length === frames.length && times.every(Number.isFinite);
  frames.forEach((f, i) => { f.t = timed ? times[i] - times[0] : i / fps; });
  return frames;
}

/** Consecutive frames of one colour: [{name, start, length}]. */
export function colourRuns(frames) {
  const runs = [];
  frames.forEach((f, i) => {
    const last = runs.at(-1);
    if (last && last.name === f.name) last.length++;
    else runs.push({ name: f.name, start: i, length: 1 });
  });
  return runs;
}

/** A compact description of runs for failure messages: "red×95@0 other×2@95 blue×120@97". */
export const describeRuns = runs => runs.map(r => `${r.name}×${r.length}@${r.start}`).join(' ');

/**
 * The audio of `file` decoded to mono float at 48 kHz and cut into windows of `windowS`:
 * [{t, db}] with db the mean level (RMS, dBFS; digital silence is -120).
 */
export async function audioWindows(file, windowS = 0.25) {
  const rate = 48000;
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-vn', '-ac', '1', '-ar', String(rate), '-f', 'f32le', 'pipe:1']);
  const count = Math.floor(stdout.length / 4);
  const x = new Float32Array(stdout.buffer.slice(stdout.byteOffset, stdout.byteOffset + count * 4));
  const n = Math.round(windowS * rate), windows = [];
  for (let i = 0; i + n <= x.length; i += n) {
    let s = 0;
    for (let j = i; j < i + n; j++) s += x[j] * x[j];
    windows.push({ t: i / rate, db: Math.max(-120, 10 * Math.log10(s / n || 1e-12)) });
  }
  return { rate, windowS, windows, seconds: x.length / rate };
}

/** The mean level (energy average, dBFS) of the windows starting in [from, to). */
export function meanDb(windows, from, to) {
  const w = windows.filter(x => x.t >= from && x.t < to);
  if (!w.length) return NaN;
  const power = w.reduce((s, x) => s + 10 ** (x.db / 10), 0) / w.length;
  return Math.max(-120, 10 * Math.log10(power || 1e-12));
}

/** The longest run of consecutive windows quieter than `thresholdDb`: {from, to, seconds} (seconds 0: none). */
export function longestQuietRun(windows, thresholdDb, windowS) {
  let best = { from: 0, to: 0, seconds: 0 }, start = null;
  windows.forEach((w, i) => {
    if (w.db < thresholdDb) {
      if (start === null) start = w.t;
      const to = w.t + windowS;
      if (to - start > best.seconds) best = { from: start, to, seconds: to - start };
    } else start = null;
    if (i === windows.length - 1) start = null;
  });
  return best;
}

/** ffmpeg's volumedetect over [from, to) seconds of the audio (counted from its first sample). */
export async function volumeDetect(file, from, to) {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-vn',
    '-af', `asetpts=N/SR/TB,atrim=start=${from.toFixed(3)}:end=${to.toFixed(3)},volumedetect`, '-f', 'null', '-']);
  const volume = name => Number((stderr.match(new RegExp(`${name}: (-?[\\d.]+|-inf) dB`)) || [])[1]?.replace('-inf', '-120'));
  return { meanDb: volume('mean_volume'), maxDb: volume('max_volume') };
}

/** ffprobe's view of a file: {video, audio, duration} (video/audio: the first stream of each, or null). */
export async function probeStreams(file) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file]);
  const out = JSON.parse(stdout.toString());
  return {
    video: out.streams?.find(s => s.codec_type === 'video') ?? null,
    audio: out.streams?.find(s => s.codec_type === 'audio') ?? null,
    duration: Number(out.format?.duration),
  };
}

/** Every packet of a file by kind, in presentation order: {video, audio}, each [{pts, duration, key}] in seconds. */
export async function probePackets(file) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-of', 'json', '-show_entries',
    'packet=codec_type,pts_time,duration_time,flags', file]);
  const packets = JSON.parse(stdout.toString()).packets ?? [];
  const of = kind => packets.filter(p => p.codec_type === kind)
    .map(p => ({ pts: Number(p.pts_time), duration: Number(p.duration_time) || 0, key: (p.flags ?? '').startsWith('K') }))
    .sort((a, b) => a.pts - b.pts);
  return { video: of('video'), audio: of('audio') };
}

/** The longest time between consecutive packets' presentation (video: start to start; audio: end to start), and where. */
export function largestStep(packets, { fromEnd = false } = {}) {
  let largest = 0, at = 0;
  for (let i = 1; i < packets.length; i++) {
    const step = packets[i].pts - packets[i - 1].pts - (fromEnd ? packets[i - 1].duration : 0);
    if (step > largest) { largest = step; at = packets[i].pts; }
  }
  return { largest, at };
}

/** What ffmpeg says while decoding the whole file ('' when it decodes cleanly). */
export async function decodeErrors(file) {
  const { stderr } = await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-']);
  return stderr.trim();
}
