// Draws the web manifest's PNG icons from the app's SVG icon (public/favicon.svg) in headless
// Chromium: public/icon-192.png, public/icon-512.png, and public/icon-maskable-512.png, whose
// background fills the whole square (a launcher cuts its own shape from it; the two rings
// stay inside the central circle of 80 % that every mask keeps). The PNGs are committed:
// run this after changing the SVG (`node scripts/icons.mjs`, Chromium from scripts/setup).
// Where optipng is installed (Debian's package), the files are then recompressed losslessly
// (about a fifth smaller).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
// The maskable icon: the same drawing with square corners.
const maskable = svg.replace(/ rx="[\d.]+"/, '');
if (maskable === svg) throw new Error('favicon.svg: no rounded background rect to square');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--force-device-scale-factor=1'],
});
const page = await browser.newPage();
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: join(root, 'public', name), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/${name}: ${size}×${size}`);
}
await browser.close();
const names = ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png'].map((n) => join(root, 'public', n));
try {
  execFileSync('optipng', ['-quiet', '-o5', '-strip', 'all', ...names], { stdio: 'inherit' });
  console.log('recompressed with optipng');
} catch {
  console.log('optipng not found: the PNGs are as Chromium wrote them');
}
