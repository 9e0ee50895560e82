// Adds the sha256 of each inline <script> of dist/index.html to its Content-Security-Policy,
// so the policy can forbid every other inline script. Trunk writes one inline module loader.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? 'dist/index.html';
let html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))))
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (hashes.length === 0) throw new Error(`no inline script in ${file}`);
const before = html;
html = html.replace(/script-src 'self'( 'sha256-[^']+')*/, `script-src 'self' ${hashes.join(' ')}`);
if (html === before) throw new Error(`no script-src in the CSP of ${file}`);
writeFileSync(file, html);
console.log(`CSP: ${hashes.length} inline script hash(es) added to ${file}`);
