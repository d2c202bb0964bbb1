// SPDX-License-Identifier: GPL-2.0-or-later
// A well-behaved node source: one JPEG (made by ffmpeg) sent at 30 fps, to run beside attacks.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, hello, videoMessage } from './wsclient.mjs';

export function makeJpeg(colour = 'orange', size = '1280x720') {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-relay-jpeg-')), 'frame.jpg');
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `color=${colour}:s=${size}`, '-frames:v', '1', '-q:v', '3', '-y', file]);
  return fs.readFileSync(file);
}

/** Connects as `source`, waits for accepted, then sends the JPEG at `fps` until stop(). */
export async function startFeeder(url, token, { source = 'demo', fps = 30, localAddress = '127.0.0.2', jpeg = makeJpeg() } = {}) {
  const c = connect(url, { localAddress });
  await c.open;
  c.ws.send(hello({ token, source, codecs: ['jpeg'] }));
  const accepted = await c.acceptedP;
  if (!accepted) throw new Error(`the feeder was not accepted: ${JSON.stringify(await c.done)}`);
  let seq = 0;
  const feeder = { c, sent: 0, closed: null };
  c.done.then(r => { feeder.closed = r; });
  const timer = setInterval(() => {
    if (c.ws.readyState !== 1) return;
    c.ws.send(videoMessage({ codec: 'jpeg', seq: seq++, payload: jpeg }));
    feeder.sent++;
  }, 1000 / fps);
  feeder.stop = async () => { clearInterval(timer); if (c.ws.readyState === 1) { c.ws.send('{"type":"bye"}'); c.ws.close(1000); } };
  return feeder;
}
