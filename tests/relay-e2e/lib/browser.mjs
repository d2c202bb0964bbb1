// SPDX-License-Identifier: GPL-2.0-or-later
// Debian's headless Chromium through playwright-core (no browser download), fresh profile each time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.VIDA3_CHROMIUM || '/usr/bin/chromium';

/** @returns {Promise<{context, page, close}>} a page in a new headless Chromium. */
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: run scripts/install-deps.sh --test`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vida3-relay-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, timeout: 30000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
  });
  const page = context.pages()[0] || await context.newPage();
  const logs = [];
  page.on('console', m => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', e => logs.push(`[pageerror] ${e.message}`));
  return {
    context, page, logs, profile,
    async close() { await context.close().catch(() => {}); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}
