// Prints Shutaf's measured figures (never a pass/fail test): first-load bytes gzipped against
// the budget, and time to first render in headless Chromium on the release build.
// Run with scripts/bench (which builds first).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { start } from '../tests/e2e/harness.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
// Budgets from the issues: the foundation stage (issue 2) and the whole app (issue 9).
const BUDGETS_KB = [['foundation stage', 350], ['whole app', 400]];

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
// A visit also fetches the instrument texts of its language; a first visit (in Hebrew, the
// default) also fetches the demo workspace in its language.
const firstLoad = ['index.html', ...readdirSync(DIST).filter((f) => /\.(js|wasm|css)$/.test(f)), 'texts/instruments-he.json', 'demo/he.json'];
let total = 0;
console.log('First load (what a first visit downloads; a returning visit skips the demo file):');
for (const f of firstLoad) {
  const raw = readFileSync(join(DIST, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  const used = f === 'index.html' || f.startsWith('demo/') || f.startsWith('texts/') || html.includes(f);
  console.log(`  ${f.padEnd(40)} ${String(raw.length).padStart(9)} B raw  ${String(gz).padStart(8)} B gzip${used ? '' : '  (not referenced!)'}`);
}
const kb = total / 1024;
console.log(`  ${'total'.padEnd(40)} ${''.padStart(13)}  ${String(total).padStart(8)} B gzip = ${kb.toFixed(1)} KB`);
for (const [what, budget] of BUDGETS_KB) {
  console.log(`  budget for the ${what}: ${budget} KB — ${kb <= budget ? 'within' : `OVER by ${(kb - budget).toFixed(1)} KB`}`);
}

const env = await start('/');
const times = [];
for (let i = 0; i < 7; i++) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('.plan-card');
  times.push(await page.evaluate(() => performance.now()));
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`Time to first render of the demo workspace (navigation start → plan list drawn), 7 cold loads:`);
console.log(`  median ${times[3].toFixed(0)} ms, best ${times[0].toFixed(0)} ms, worst ${times[6].toFixed(0)} ms`);

const context = await env.browser.newContext();
const page = await context.newPage();
await page.goto(env.url);
await page.waitForSelector('.save-status[data-state="ok"]');
const stored = await page.evaluate(() => (localStorage.getItem('shutaf.workspace') || '').length);
console.log(`Demo workspace in local storage: ${stored} UTF-16 units (${(stored / 5242880 * 100).toFixed(2)}% of Chromium's 5,242,880)`);
await env.browser.close();
env.server.close();
