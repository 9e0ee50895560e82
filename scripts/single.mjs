// Builds the single-file edition from dist/: dist-single/shutaf.html, one self-contained page
// (the wasm in base64, the JavaScript glue, the stylesheet, the icon, and the instrument texts
// and demo workspace and translations of every language inlined) that works opened from disk (file://), for a
// trainer to e-mail or carry on a USB stick. Run by scripts/build-single after scripts/build.
// No service worker and no links by address there: a file:// page has no origin to serve from.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single';
const files = readdirSync(dist);
const pick = (re) => {
  const f = files.find((x) => re.test(x));
  if (!f) throw new Error(`no ${re} in ${dist}`);
  return readFileSync(join(dist, f));
};
const wasm = pick(/_bg\.wasm$/).toString('base64');
let glue = pick(/^shutaf-web-.*\.js$/).toString('utf8');
const css = pick(/^style-.*\.css$/).toString('utf8');
const icon = readFileSync(join(dist, 'favicon.svg')).toString('base64');

// The glue is an ES module ending in `export{a as initSync,b as default}`: turned into a
// local binding, so the glue and the loader make one inline module script.
const exp = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
if (!exp) throw new Error('the glue does not end with an export list');
const names = Object.fromEntries(exp[1].split(',').map((p) => p.trim().split(/\s+as\s+/)).map(([a, b]) => [b ?? a, a]));
if (!names.default) throw new Error('the glue exports no default (init)');
glue = glue.slice(0, exp.index);
const loader = `${glue}
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await ${names.default}({ module_or_path: bytes });
`;
const data = [];
for (const dir of ['texts', 'demo']) {
  for (const f of readdirSync(join(dist, dir)).filter((x) => x.endsWith('.json')).sort()) {
    const text = readFileSync(join(dist, dir, f), 'utf8').replace(/</g, '\\u003c');
    data.push(`<script type="application/json" data-src="${dir}/${f}">${text}</script>`);
  }
}
// The translations of every language (the app fetches locales/<lang>.ftl). Fluent text is not
// JSON, so it goes in as it is; it must not close the script element.
for (const f of readdirSync(join(dist, 'locales')).filter((x) => x.endsWith('.ftl')).sort()) {
  const text = readFileSync(join(dist, 'locales', f), 'utf8');
  if (/<\/script/i.test(text)) throw new Error(`locales/${f} holds "</script"`);
  data.push(`<script type="text/plain" data-src="locales/${f}">${text}</script>`);
}
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'", `script-src ${sha(loader)} 'wasm-unsafe-eval'`, `style-src ${sha(css)}`,
  'img-src data: blob:', "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');
const html = `<!doctype html>
<html lang="he" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>שותף</title>
<link rel="icon" href="data:image/svg+xml;base64,${icon}">
<style>${css}</style>
${data.join('\n')}
<script type="module">${loader}</script>
</head>
<body><noscript>Shutaf needs JavaScript and WebAssembly. · שותף דורש JavaScript ו־WebAssembly.</noscript></body>
</html>
`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'shutaf.html'), html);
console.log(`${join(out, 'shutaf.html')}: ${(html.length / 1024).toFixed(0)} KB`);
