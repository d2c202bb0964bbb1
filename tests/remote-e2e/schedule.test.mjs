// SPDX-License-Identifier: GPL-2.0-or-later
// Scheduling without a window: `--start-at` 5 s ahead and `--stop-at` 6 s later. Judged from
// outside: nginx-rtmp starts recording the stream within 1 s of the start time (and not
// before), the studio ends the run at the stop time, and the recording holds the 6 s between.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { studioBin, studioEnv } from '../relay-e2e/lib/studio.mjs';
import { waitFor } from '../relay-e2e/lib/ports.mjs';
import { randomKey, writeCollection } from './lib/remote.mjs';

const cleanups = [];
after(async () => { for (const c of cleanups.reverse()) await c(); });

/** Local wall-clock time as the studio reads it: YYYY-MM-DDTHH:MM:SS. */
function localIso(ms) {
  const d = new Date(ms);
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function run(args, env) {
  return spawnSync(studioBin(), args, { env, encoding: 'utf8', timeout: 30000 });
}

test('a stream scheduled 5 s ahead starts within 1 s of its time and the run stops at its stop time', async () => {
  const nginx = await startNginxRtmp();
  cleanups.push(() => nginx.stop());
  const key = randomKey();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-schedule-'));
  cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
  const env = studioEnv({ VIDA3_TEST_STREAM_KEY: key });
  const startMs = Math.ceil(Date.now() / 1000) * 1000 + 5000;
  const stopMs = startMs + 6000;
  const args = ['--headless', '--scene', writeCollection(path.join(work, 'collection.json')),
    '--stream', nginx.url, '--stream-key-env', 'VIDA3_TEST_STREAM_KEY', '--resolution', '640x360', '--fps', '30',
    '--start-at', localIso(startMs), '--stop-at', localIso(stopMs), '--stats', path.join(work, 'stats.jsonl')];
  const proc = spawn(studioBin(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', d => { output += d; });
  proc.stderr.on('data', d => { output += d; });
  const exited = new Promise(resolve => proc.on('exit', code => resolve({ code, at: Date.now() })));
  cleanups.push(() => { if (proc.exitCode === null) proc.kill('SIGKILL'); });

  let firstSeen = 0;
  const seen = await waitFor(() => {
    if (nginx.recordings(key).length > 0) { firstSeen = Date.now(); return true; }
    return proc.exitCode !== null;
  }, 20000, 20);
  assert.ok(seen && firstSeen, `nginx never received the scheduled stream:\n${output.slice(-2000)}`);
  const lateMs = firstSeen - startMs;
  assert.ok(lateMs >= -100, `the stream reached nginx ${-lateMs} ms before its start time`);
  assert.ok(lateMs <= 1000, `the stream reached nginx ${lateMs} ms after its start time (at most 1000)`);

  const exit = await exited;
  assert.equal(exit.code, 0, `the scheduled run did not end cleanly:\n${output.slice(-2000)}`);
  const stopLateMs = exit.at - stopMs;
  assert.ok(stopLateMs >= 0, `the run ended ${-stopLateMs} ms before its stop time`);
  assert.ok(stopLateMs <= 3000, `the run ended ${stopLateMs} ms after its stop time (a stop takes at most 2 s)`);
  await nginx.stop();
  const [flv] = nginx.recordings(key);
  const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', flv], { encoding: 'utf8' });
  const seconds = Number(probe.stdout.trim());
  assert.ok(Math.abs(seconds - 6) <= 1, `nginx recorded ${seconds} s, expected the 6 s between start and stop`);
  assert.ok(!output.includes(key), 'the stream key appeared in the studio\'s output');
});

test('a start time that is nonsense or already passed is refused before anything starts', () => {
  const env = studioEnv();
  for (const [value, reason] of [['25:61', /not a time of day/], ['2001-01-01T10:00', /already passed/], ['soon', /neither HH:MM/]]) {
    const r = run(['--headless', '--start-at', value, '--duration', '1'], env);
    assert.equal(r.status, 2, `--start-at ${value}: exit ${r.status}\n${r.stderr}`);
    assert.match(r.stderr, reason, `--start-at ${value}: ${r.stderr}`);
  }
  const r = run(['--headless', '--start-at', localIso(Date.now() + 60000), '--stop-at', localIso(Date.now() + 30000)], env);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--stop-at must come after --start-at/);
});
