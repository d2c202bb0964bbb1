// SPDX-License-Identifier: GPL-2.0-or-later
// A tiny static HTTP server on 127.0.0.1 (a secure context for WebCodecs): /relay/ serves
// resources/relay (the shipped client and demo), /pages/ the test pages.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOTS = { relay: path.resolve(here, '../../../resources/relay'), pages: path.resolve(here, '../pages') };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

/** @returns {Promise<{origin:string, close:() => Promise<void>}>} */
export function startStaticServer() {
  const server = http.createServer((req, res) => {
    const [, top, ...rest] = decodeURIComponent(new URL(req.url, 'http://x').pathname).split('/');
    const root = ROOTS[top];
    const file = root && path.resolve(root, rest.join('/'));
    if (!file || !file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise(r => { server.closeAllConnections(); server.close(() => r()); }),
  })));
}
