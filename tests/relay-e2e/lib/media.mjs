// SPDX-License-Identifier: GPL-2.0-or-later
// Judging what nginx-rtmp received: ffprobe for the streams, ffmpeg for pixels and sound.
import { execFileSync, spawnSync } from 'node:child_process';

/** Video packets of an FLV: count, PTS span and the rate they imply (FLV has ms timestamps). */
export function probeVideo(file) {
  const out = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-select_streams', 'v:0',
    '-show_streams', '-show_entries', 'packet=pts_time,flags', '-show_packets', file], { maxBuffer: 64 << 20 }));
  const pts = out.packets.map(p => Number(p.pts_time)).filter(Number.isFinite);
  const span = pts.length > 1 ? pts.at(-1) - pts[0] : 0;
  // pts: seconds from the first frame, for rates over a part of the file.
  return { frames: pts.length, span, fps: span > 0 ? (pts.length - 1) / span : 0, stream: out.streams[0],
           pts: pts.map(t => t - pts[0]) };
}

export function probeAudio(file) {
  const out = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-select_streams', 'a:0', '-show_streams', file]));
  return out.streams[0] || null;
}

/** RGB of the pixels at `points` ([x, y] in a width x height frame) at `t` seconds into `file`. */
export function samplePixels(file, t, points, width = 1280, height = 720) {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-ss', String(t), '-i', file, '-frames:v', '1',
    '-vf', `scale=${width}:${height}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 64 << 20 });
  if (raw.length < width * height * 3) throw new Error(`no frame at ${t} s in ${file}`);
  return points.map(([x, y]) => { const i = (y * width + x) * 3; return [raw[i], raw[i + 1], raw[i + 2]]; });
}

/**
 * The audio from `from` for `seconds`, as mono float: RMS level (dBFS), the dominant frequency
 * (zero crossings, refined by the strongest of a coarse DFT scan) and the share of energy near
 * `toneHz`; plus ffmpeg's volumedetect mean/max volume.
 */
export function analyseAudio(file, from, seconds, toneHz) {
  const rate = 44100;
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-ss', String(from), '-i', file, '-t', String(seconds), '-vn',
    '-ac', '1', '-ar', String(rate), '-f', 'f32le', 'pipe:1'], { maxBuffer: 64 << 20 });
  const x = new Float32Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 4));
  let sum = 0, crossings = 0;
  for (let i = 0; i < x.length; i++) { sum += x[i] * x[i]; if (i && (x[i - 1] < 0) !== (x[i] < 0)) crossings++; }
  const rms = Math.sqrt(sum / Math.max(1, x.length));
  const power = f => {                                    // Goertzel power at f, normalised to a sine's
    const w = 2 * Math.PI * f / rate, k = 2 * Math.cos(w);
    let s1 = 0, s2 = 0;
    for (let i = 0; i < x.length; i++) { const s = x[i] + k * s1 - s2; s2 = s1; s1 = s; }
    return (s1 * s1 + s2 * s2 - k * s1 * s2) * 2 / (x.length * x.length);
  };
  let peakHz = 0, peak = 0;
  for (let f = 100; f <= 4000; f += 10) { const p = power(f); if (p > peak) { peak = p; peakHz = f; } }
  const vd = spawnSync('ffmpeg', ['-hide_banner', '-ss', String(from), '-i', file, '-t', String(seconds), '-vn',
    '-af', 'volumedetect', '-f', 'null', '-'], { encoding: 'utf8' }).stderr;
  const volume = name => Number((vd.match(new RegExp(`${name}: (-?[\\d.]+) dB`)) || [])[1]);
  return {
    samples: x.length, rmsDb: 20 * Math.log10(rms || 1e-9), zeroCrossingHz: crossings / 2 / (x.length / rate),
    peakHz, toneShare: toneHz ? power(toneHz) / (rms * rms || 1e-12) : null,
    meanVolumeDb: volume('mean_volume'), maxVolumeDb: volume('max_volume'),
  };
}
