// After Trunk's release build of dist/:
// 0. minifies the demo workspace files (dist/demo/*.json; the sources stay readable);
// 1. minifies the wasm-bindgen JavaScript glue (Trunk leaves it as written) and updates the
//    Subresource Integrity hash Trunk put on it in index.html;
// 2. adds the sha256 of each inline <script> of index.html to its Content-Security-Policy, so
//    the policy can forbid every other inline script (Trunk writes one inline module loader;
//    index.html has one more, which registers the service worker);
// 3. writes into the service worker (dist/sw.js) the list of the build's files and a hash of
//    them all: its cache's name, so each build caches apart and a new build is an update.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const file = join(dist, 'index.html');
let html = readFileSync(file, 'utf8');

for (const demo of readdirSync(join(dist, 'demo')).filter((f) => f.endsWith('.json'))) {
  const path = join(dist, 'demo', demo);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}

// (sw.js is the service worker: not the glue, and step 3 writes into it.)
for (const js of readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
  const path = join(dist, js);
  const source = readFileSync(path, 'utf8');
  const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!result.code) throw new Error(`terser produced nothing for ${js}`);
  writeFileSync(path, result.code);
  const sri = `sha384-${createHash('sha384').update(result.code, 'utf8').digest('base64')}`;
  // Trunk's HTML minifier may leave attributes unquoted.
  const name = js.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`(href="?\\./${name}"?[^>]*?integrity="?)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(html)) throw new Error(`no integrity attribute for ${js} in ${file}`);
  html = html.replace(link, `$1${sri}`);
  console.log(`minified ${js}: ${source.length} → ${result.code.length} bytes`);
}

const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))))
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (hashes.length === 0) throw new Error(`no inline script in ${file}`);
const before = html;
html = html.replace(/script-src 'self'( 'sha256-[^']+')*/, `script-src 'self' ${hashes.join(' ')}`);
if (html === before) throw new Error(`no script-src in the CSP of ${file}`);
writeFileSync(file, html);
console.log(`CSP: ${hashes.length} inline script hash(es) added to ${file}`);

// 3. The service worker's file list and build hash (every file but sw.js itself, in a fixed order).
const walk = (dir) => readdirSync(join(dist, dir)).sort().flatMap((f) => {
  const rel = dir ? `${dir}/${f}` : f;
  return statSync(join(dist, rel)).isDirectory() ? walk(rel) : [rel];
});
const files = walk('').filter((f) => f !== 'sw.js');
const build = createHash('sha256');
for (const f of files) build.update(f).update(readFileSync(join(dist, f)));
const version = build.digest('hex').slice(0, 16);
const swPath = join(dist, 'sw.js');
let sw = readFileSync(swPath, 'utf8');
const swBefore = sw;
sw = sw.replace(/^const BUILD = .*;$/m, `const BUILD = '${version}';`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(['./', ...files])};`);
if (sw === swBefore) throw new Error(`no BUILD/FILES lines in ${swPath}`);
writeFileSync(swPath, sw);
console.log(`service worker: build ${version}, ${files.length} files cached`);
