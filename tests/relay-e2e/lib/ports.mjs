// SPDX-License-Identifier: GPL-2.0-or-later
// Free TCP ports on 127.0.0.1 and waiting for a port to accept.
import net from 'node:net';

/** @returns {Promise<number>} a port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

export function isAccepting(port, host = '127.0.0.1') {
  return new Promise(resolve => {
    const s = net.connect({ port, host });
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

/** Polls `fn` every 100 ms until it returns a truthy value or `ms` pass (then returns that last value). */
export async function waitFor(fn, ms, step = 100) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v || Date.now() > end) return v;
    await sleep(step);
  }
}

export const sleep = ms => new Promise(r => setTimeout(r, ms));
