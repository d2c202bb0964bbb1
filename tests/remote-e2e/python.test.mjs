// SPDX-License-Identifier: GPL-2.0-or-later
// A Python controller (python_client.py: simpleobsws/obsws-python style — MessagePack only,
// integer requestIds, eventSubscriptions 0, websocket-client's default Origin header) drives the
// headless studio: it logs in, switches the scene and mutes/unmutes "tone". The studio's own
// --stats then say the scene it chose is on air.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginxRtmp } from '../relay-e2e/lib/nginx.mjs';
import { waitFor } from '../relay-e2e/lib/ports.mjs';
import { startRemoteStudio } from './lib/remote.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// Debian's interpreter: python3-websocket and python3-msgpack are Debian packages, which a
// python3 earlier on PATH (pyenv, a virtualenv) may not see.
const PYTHON = process.env.VIDA3_PYTHON || (fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

let nginx, studio;

before(async () => {
  nginx = await startNginxRtmp();
  studio = await startRemoteStudio({ nginxUrl: nginx.url });
});

after(async () => {
  const exit = await studio?.stop();
  await nginx?.stop();
  if (exit && exit.code !== 0) console.log(`studio exit ${JSON.stringify(exit)}\n${studio.tail()}`);
  studio?.cleanup();
  if (nginx && !process.env.VIDA3_KEEP_TEST_FILES) fs.rmSync(nginx.dir, { recursive: true, force: true });
});

function runPython(args) {
  return new Promise(resolve => {
    execFile(PYTHON, [path.join(here, 'python_client.py'), ...args], { timeout: 90000, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? error.signal) : 0, stdout, stderr }));
  });
}

test('python_client.py (MessagePack, integer ids, no events) logs in, switches to Blue and mutes/unmutes tone', async () => {
  const r = await runPython(['--port', String(studio.port), '--password', studio.password]);
  assert.equal(r.code, 0, `${PYTHON} python_client.py failed:\n${r.stdout}${r.stderr}\nstudio:\n${studio.tail(2000)}`);
  assert.match(r.stdout, /^OK: /m, r.stdout);
  console.log(r.stdout.trim());
  // The collection starts on Red, so the client switched to Blue: the studio says so on its own.
  let last;
  assert.ok(await waitFor(() => (last = studio.stats().at(-1))?.program === 'Blue', 10000),
    `the studio's --stats do not show "Blue" on air after the Python client switched: ${JSON.stringify(last)}`);
  const tone = last.audio?.channels?.find(c => c.name === 'tone');
  if (tone) assert.equal(tone.muted, false, `tone is unmuted again in --stats: ${JSON.stringify(tone)}`);
});

test('python_client.py with a wrong password fails with the server\'s reason', async () => {
  const r = await runPython(['--port', String(studio.port), '--password', `${studio.password}x`]);
  assert.equal(r.code, 1, `a wrong password was accepted:\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, /FAIL: .*4009.*Authentication failed\./, r.stderr);
  const exit = await studio.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `a clean stop on SIGTERM:\n${studio.tail()}`);
});
