// End-to-end: workshop mode in headless Chromium, each person in a browser context of their own
// (their own storage): a facilitator invites by link, three respondents answer (in Hebrew and
// Arabic) and return codes, the facilitator collects them and reads the aggregate; a tampered
// code is refused; a plan travels by link; the app loads offline after a first visit; the
// single-file edition works from a file:// URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { start, openPage, setLang, foreignRequests, shot, axeViolations, waitSaved, ROOT, DIST, OUT } from './harness.mjs';

const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');
const JSQR = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');

/** Reads the QR code drawn by the SVG at `selector` as a phone would: the SVG is drawn onto a
 *  canvas in the page (4 pixels a module, quiet zone included) and the pixels are decoded by
 *  jsQR, an independent decoder. Returns the text, or null when nothing is found. */
async function scanQr(page, selector) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => typeof window.jsQR === 'function'))) await page.evaluate(JSQR);
  return page.evaluate(async (sel) => {
    const svg = document.querySelector(sel);
    const side = svg.viewBox.baseVal.width;
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side * 4;
    const g = canvas.getContext('2d');
    g.imageSmoothingEnabled = false;
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    const { data, width, height } = g.getImageData(0, 0, canvas.width, canvas.height);
    const found = window.jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
    return found ? found.data : null;
  }, selector);
}
const TITLE = 'גורמי הצלחה של השותפות'; // success_factors, suggested for the school-to-school plan

let env;
before(async () => { env = await start('/some/sub/path/'); });
after(async () => { await env.browser.close(); env.server.close(); });

async function openFacilitator() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');
  await page.locator('.plan-card .plan-open').nth(2).click();
  await page.waitForSelector('article.plan-page');
  await page.locator('#section-instruments').getByRole('button', { name: TITLE, exact: true }).click();
  await page.waitForSelector('article.instrument-page');
  return { context, page };
}

/** A respondent opens the invitation, answers two items and returns their code. */
async function respond(link, { name, goal, lang }) {
  const context = await env.browser.newContext({ viewport: { width: 420, height: 900 } });
  const page = await openPage(context, link);
  await page.waitForSelector('article.respond-page');
  // The code left the address bar; the respondent sees no workspace and no workspace tools.
  assert.ok(!page.url().includes('#'), page.url());
  assert.equal(await page.locator('.plan-card').count(), 0);
  assert.equal(await page.locator('.toolbar button').count(), 0);
  assert.equal(await page.locator('h1').innerText(), TITLE);
  if (lang) await setLang(page, lang);
  await page.fill('#respondent', name);
  await page.locator('#respondent').blur();
  await page.locator(`label[for="q-shared_goal-${goal}"]`).click();
  await page.locator('label[for="q-joint_activity-dk"]').click();
  await page.locator(`#q-shared_goal-${goal}:checked`).waitFor();
  await page.locator('.respond-send button.primary').click();
  const code = await page.locator('#reply-code').inputValue();
  assert.match(code, /^SHUTAF-R1:[A-Za-z0-9_-]+$/);
  const replyLink = await page.locator('#reply-link').inputValue();
  assert.match(replyLink, /#r=/);
  // The response link as a QR code, named for screen readers in the page's language.
  const names = { he: 'קוד QR של קישור התשובה', ar: 'رمز QR لرابط الرد' };
  await page.getByRole('img', { name: names[lang ?? 'he'], exact: true }).waitFor();
  assert.equal(await scanQr(page, '#reply-qr'), replyLink);
  return { context, page, code };
}

test('a facilitator invites, three respondents answer in Hebrew and Arabic, the answers are collected', async () => {
  const { context, page } = await openFacilitator();
  // A round opened with Enter; the name field clears, like every other add field.
  await page.fill('#round-name', 'סדנה');
  await page.press('#round-name', 'Enter');
  const round = page.locator('.round').last();
  await round.locator('h3 bdi').getByText('סדנה', { exact: true }).waitFor();
  assert.equal(await page.locator('#round-name').inputValue(), '');
  await round.getByRole('button', { name: 'הזמנה בקישור' }).click();
  const link = await round.locator('.code-field textarea').inputValue();
  assert.ok(link.startsWith(env.url + '#i='), link);
  assert.ok(link.length < 400, `an invitation link is short: ${link.length}`);
  // Beside the link, its QR code: what a phone's camera reads from it is the link itself.
  const qr = round.getByRole('img', { name: 'קוד QR של קישור ההזמנה', exact: true });
  await qr.waitFor();
  assert.equal(await scanQr(page, '.round svg.qr-code'), link);
  const box = await qr.boundingBox();
  assert.ok(box.width >= 240 && Math.abs(box.width - box.height) < 1, `large enough to scan: ${box.width}×${box.height}`);
  await shot(page, 'workshop-invite-qr-he');
  // Printed for a workshop's wall: the code prints, the buttons do not.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await qr.isVisible());
  assert.ok((await qr.boundingBox()).width >= 240);
  assert.equal(await round.getByRole('button', { name: 'הזמנה בקישור' }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  await setLang(page, 'en');
  await round.getByRole('img', { name: 'QR code of the invitation link', exact: true }).waitFor();
  await shot(page, 'workshop-invite-qr-en');
  await setLang(page, 'he');

  const dana = await respond(link, { name: 'דנה, מורה', goal: 4 });
  await shot(dana.page, 'workshop-respondent-he');
  assert.deepEqual(await axeViolations(dana.page), []);
  // Answers are kept on the device: a reload resumes the questionnaire with them.
  await dana.page.reload();
  await dana.page.waitForSelector('article.respond-page');
  await dana.page.locator('#q-shared_goal-4:checked').waitFor();
  assert.equal(await dana.page.locator('#respondent').inputValue(), 'דנה, מורה');
  await setLang(dana.page, 'en');
  await dana.page.locator('.respond-send button.primary').click();
  await dana.page.getByRole('img', { name: 'QR code of the response link', exact: true }).waitFor();
  assert.equal(await scanQr(dana.page, '#reply-qr'), await dana.page.locator('#reply-link').inputValue());
  await shot(dana.page, 'workshop-respondent-en');

  const omar = await respond(link, { name: 'عمر، مدير', goal: 2, lang: 'ar' });
  assert.equal(await omar.page.evaluate(() => document.documentElement.dir), 'rtl');
  await shot(omar.page, 'workshop-respondent-ar');
  assert.deepEqual(await axeViolations(omar.page), []);
  const noa = await respond(link, { name: 'נועה', goal: 5 });

  // A code edited on the way: one character changed in the middle.
  const c = noa.code;
  const mid = Math.floor(c.length / 2) + 5;
  const tampered = c.slice(0, mid) + (c[mid] === 'A' ? 'B' : 'A') + c.slice(mid + 1);

  // The facilitator pastes everything at once, as a chat would give it.
  await round.locator('summary').click();
  await round.locator('details.collect textarea').fill(
    `[10:01] Dana: ${dana.code}\n[10:02] Omar: ${omar.code}\n${noa.code}\n${dana.code}\n${tampered}`,
  );
  await round.getByRole('button', { name: 'הוספת התשובות' }).click();
  const report = round.locator('.collect-report li');
  await report.nth(4).waitFor();
  const lines = (await report.allInnerTexts()).map(plain);
  assert.match(lines[0], /דנה, מורה: נוספה/);
  assert.match(lines[1], /عمر، مدير: נוספה/);
  assert.match(lines[2], /נועה: נוספה/);
  assert.match(lines[3], /כבר קיימת/);
  assert.match(lines[4], /פגום/);
  assert.equal(await round.locator('.response-row').count(), 3);

  // The aggregate: 3 respondents, shared goal 4, 2, 5 → mean 3.7.
  const results = page.locator('section.results');
  assert.match(plain(await results.innerText()), /3 משיבים/);
  assert.match(plain(await results.innerText()), /3\.7/);
  await waitSaved(page);
  await shot(page, 'workshop-collected-he');
  assert.deepEqual(await axeViolations(page), []);

  // A response link opened by the facilitator: recognised as already there, nothing added.
  const replyLink = await dana.page.locator('#reply-link').inputValue().catch(() => null);
  assert.ok(replyLink === null || replyLink.includes('#r='));
  const tamperedLink = `${env.url}#r=${tampered.split(':')[1]}`;
  await page.goto(tamperedLink);
  await page.waitForSelector('header.topbar');
  await page.locator('.notices').getByText('לא ניתן היה לפתוח את הקישור').waitFor();
  assert.ok(!page.url().includes('#'));
  // Still on the round's page, with its three responses; the plan list is as it was.
  assert.equal(await round.locator('.response-row').count(), 3);
  await page.locator('.brand-name').click();
  await page.waitForSelector('.plan-card');
  assert.equal(await page.locator('.plan-card').count(), 5, 'the workspace is untouched');

  for (const p of [page, dana.page, omar.page, noa.page]) {
    assert.deepEqual(foreignRequests(p, env.url.replace(/\/some.*$/, '')), []);
    assert.deepEqual(p.errors, []);
  }
  for (const x of [dana, omar, noa]) await x.context.close();
  await context.close();
});

test('a response too long for a QR code says so, and its code, file and link are still there', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');
  await page.locator('.plan-card .plan-open').nth(2).click();
  await page.waitForSelector('article.plan-page');
  const section = page.locator('#section-instruments');
  const scan = section.getByRole('button', { name: 'סריקת חסמים לשותפות', exact: true });
  if (!(await scan.isVisible())) await section.locator('details.more-instruments > summary').click();
  await scan.click();
  await page.waitForSelector('article.instrument-page');
  await page.fill('#round-name', 'ארוך');
  await page.press('#round-name', 'Enter');
  const round = page.locator('.round').last();
  await round.getByRole('button', { name: 'הזמנה בקישור' }).click();
  const link = await round.locator('.code-field textarea').inputValue();
  assert.equal(await scanQr(page, '.round svg.qr-code'), link);

  const other = await env.browser.newContext({ viewport: { width: 420, height: 900 } });
  const respondent = await openPage(other, link);
  await respondent.waitForSelector('article.respond-page');
  // 4,000 letters that hardly compress: the response link is some 4,000 characters, within
  // what Shutaf offers as a link but over what a QR code holds (2,331 bytes at level M).
  let x = 7;
  const words = Array.from({ length: 4000 }, () => { x = (x * 48271) % 2147483647; return 'אבגדהוזחטיכלמנסעפצקרשת '[x % 23]; }).join('');
  await respondent.fill('#q-power_relations_actions', words);
  await respondent.locator('#q-power_relations_actions').blur();
  await respondent.locator('.respond-send button.primary').click();
  const note = respondent.locator('.qr-too-long');
  await note.waitFor();
  const replyLink = await respondent.locator('#reply-link').inputValue();
  assert.ok(replyLink.length > 2331 && replyLink.length <= 8000, `${replyLink.length}`);
  assert.equal(plain(await note.innerText()), `הקישור הזה באורך ${replyLink.length} תווים, יותר מדי לקוד QR (לכל היותר 2331): שלחו במקום זאת את הקישור, את הקוד או את הקובץ.`);
  assert.equal(await respondent.locator('#reply-qr').count(), 0);
  assert.match(await respondent.locator('#reply-code').inputValue(), /^SHUTAF-R1:/);
  await setLang(respondent, 'en');
  await respondent.locator('.respond-send button.primary').click();
  await respondent.locator('.qr-too-long').getByText('too many for a QR code').waitFor();
  await shot(respondent, 'workshop-qr-too-long-en');
  assert.deepEqual(await axeViolations(respondent), []);
  assert.deepEqual(respondent.errors, []);
  await other.close();
  await context.close();
});

test('a hostile or foreign fragment never touches the workspace', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');
  await setLang(page, 'en');
  for (const frag of ['#i=', '#r=%%%%', '#p=AAAA', `#i=${'A'.repeat(200000)}`, '#r=SGVsbG8gd29ybGQ']) {
    await page.goto(env.url + frag);
    await page.waitForSelector('.plan-card');
    assert.equal(await page.locator('.plan-card').count(), 5, frag.slice(0, 20));
  }
  await page.locator('.notices').getByText('could not be opened').first().waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a plan shared by link opens as a copy after confirmation, in English', async () => {
  const { context, page } = await openFacilitator();
  await page.locator('.instrument-page .back').click();
  await page.getByRole('button', { name: 'שיתוף בקישור' }).click();
  const link = await page.locator('#share-plan-link').inputValue();
  assert.ok(link.includes('#p=') && link.length <= 8000, `${link.length}`);
  const name = await page.locator('h1').innerText();

  const other = await env.browser.newContext();
  const receiver = await openPage(other, env.url);
  await receiver.waitForSelector('.plan-card');
  await setLang(receiver, 'en');
  await receiver.goto(link);
  const dialog = receiver.getByRole('dialog');
  await dialog.waitFor();
  await shot(receiver, 'workshop-plan-link-en');
  await dialog.getByRole('button', { name: 'Add to my plans' }).click();
  await receiver.waitForSelector('article.plan-page');
  assert.equal(await receiver.locator('h1').innerText(), name);
  await receiver.locator('.back').first().click();
  await receiver.waitForSelector('.plan-card');
  assert.equal(await receiver.locator('.plan-card').count(), 6, 'a copy beside the demo plan of the same id');
  assert.deepEqual(receiver.errors, []);
  await other.close();
  await context.close();
});

test('after a first visit the app loads offline, and a new version is announced', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.plan-card');
  await setLang(page, 'ar'); // the Arabic texts were cached too
  await page.locator('.plan-card').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await context.setOffline(false);
  // The loader announces a waiting version: the app offers to reload.
  await page.evaluate(() => dispatchEvent(new Event('shutaf-update')));
  await page.locator('.notices button.primary').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a new build is installed beside the running one, announced, and loaded on Reload', async () => {
  // A copy of the build, served from its own folder, so it can be changed as a deploy would.
  const dir = join(OUT, 'sw-update');
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir, 0, '/');
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await openPage(context, url);
    await page.waitForSelector('.plan-card');
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 });
    const OLD = 'תכנון שותפויות בחינוך';
    const NEW = 'תכנון שותפויות בחינוך, גרסה 2';
    assert.equal(await page.locator('.tagline').innerText(), OLD);

    // The new build: a changed text, and the service worker of a new build hash (as
    // scripts/postbuild.mjs writes it).
    const he = join(dir, 'locales', 'he.ftl');
    writeFileSync(he, readFileSync(he, 'utf8').replace(`app-tagline = ${OLD}\n`, `app-tagline = ${NEW}\n`));
    const swPath = join(dir, 'sw.js');
    const sw = readFileSync(swPath, 'utf8');
    const old = sw.match(/^const BUILD = '([0-9a-f]+)';$/m)?.[1];
    assert.ok(old, 'the build hash in sw.js');
    writeFileSync(swPath, sw.replace(`const BUILD = '${old}';`, `const BUILD = '${old.split('').reverse().join('')}';`));

    // The browser looks for a new worker (as it does on a navigation, at most daily otherwise).
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const reload = page.locator('.notices').getByRole('button', { name: 'טעינה מחדש' });
    await reload.waitFor({ timeout: 20000 });
    assert.match(await page.locator('.notices').innerText(), /גרסה חדשה של שותף זמינה/);
    // Until the user chooses, the running app keeps its files: another tab opened now still
    // gets the old build from the old worker.
    const other = await openPage(context, url);
    await other.waitForSelector('.plan-card');
    assert.equal(await other.locator('.tagline').innerText(), OLD);
    await other.close();

    await Promise.all([page.waitForEvent('load', { timeout: 20000 }), reload.click()]);
    await page.waitForSelector('.plan-card');
    assert.equal(await page.locator('.tagline').innerText(), NEW);
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches.filter((k) => k.startsWith('shutaf-')), [`shutaf-${old.split('').reverse().join('')}`], 'the old cache is gone');
    // The new build works offline too.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.plan-card');
    assert.equal(await page.locator('.tagline').innerText(), NEW);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    server.close();
  }
});

test('the web manifest names the icons, and each PNG loads at its stated size', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
  assert.equal(manifest.start_url, './');
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  assert.deepEqual(pngs.map((i) => `${i.sizes} ${i.purpose}`), ['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const got = await page.evaluate(async (src) => {
      const r = await fetch(new URL(src, new URL('manifest.webmanifest', location.href)));
      const blob = await r.blob();
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      // The corner pixel: transparent on the rounded icon, the background on the maskable one.
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const corner = [...g.getImageData(0, 0, 1, 1).data];
      const at = (x) => [...g.getImageData(Math.floor(c.width * x), Math.floor(c.height / 2), 1, 1).data];
      return { status: r.status, type: blob.type, width: img.naturalWidth, height: img.naturalHeight, corner, centre: at(0.5), ring: at(12 / 64) };
    }, icon.src);
    assert.equal(got.status, 200, icon.src);
    assert.equal(got.type, icon.type, icon.src);
    if (icon.sizes !== 'any') {
      assert.equal(`${got.width}x${got.height}`, icon.sizes, icon.src);
      // The drawing of favicon.svg (64 units): in the middle, inside both rings, the teal
      // background; at 12 units from the left, the middle of the white ring's stroke.
      assert.deepEqual(got.centre, [0x0f, 0x5c, 0x63, 255], `${icon.src}: the teal background inside the rings`);
      assert.deepEqual(got.ring, [255, 255, 255, 255], `${icon.src}: the white ring`);
      assert.equal(got.corner[3], icon.purpose === 'maskable' ? 255 : 0, `${icon.src}: the corner`);
    }
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the single-file edition works opened from disk', async () => {
  const dir = join(OUT, 'single');
  mkdirSync(dir, { recursive: true });
  execFileSync('node', [join(ROOT, 'scripts', 'single.mjs'), DIST, dir]);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(dir, 'shutaf.html')).href);
  await page.waitForSelector('.plan-card');
  assert.equal(await page.locator('.plan-card').count(), 5);
  await setLang(page, 'en');
  await page.locator('.plan-card .plan-open').nth(2).click();
  await page.waitForSelector('article.plan-page');
  await page.locator('#section-instruments').getByRole('button', { name: 'Success factors of the partnership', exact: true }).click();
  await page.waitForSelector('article.instrument-page');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a coaching plan shared by link leaves its confidential notes out unless asked', async () => {
  const secret = 'שמתי לב שנתתי עצות מוקדם מדי';
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url);
  await page.locator('.plan-card.kind-coaching_partnership .plan-open').click();
  await page.waitForSelector('article.plan-page');
  const box = page.locator('#share-plan-notes');
  assert.equal(await box.isChecked(), false, 'notes are left out by default');
  const received = async (link) => {
    const other = await env.browser.newContext();
    const receiver = await openPage(other, env.url);
    await receiver.waitForSelector('.plan-card');
    await receiver.goto(link);
    await receiver.getByRole('dialog').getByRole('button', { name: 'הוספה לתוכניות שלי' }).click();
    await receiver.waitForSelector('article.plan-page');
    await waitSaved(receiver);
    const stored = await receiver.evaluate(() => localStorage.getItem('shutaf.workspace'));
    // The demo's own copy of the plan is in the receiver's workspace too: count the notes.
    const count = stored.split(secret).length - 1;
    assert.deepEqual(receiver.errors, []);
    await other.close();
    return count;
  };
  await page.getByRole('button', { name: 'שיתוף בקישור' }).click();
  const without = await page.locator('#share-plan-link').inputValue();
  assert.equal(await received(without), 1, 'only the demo copy holds the note');
  await box.check();
  await page.getByRole('button', { name: 'שיתוף בקישור' }).click();
  const withNotes = await page.locator('#share-plan-link').inputValue();
  assert.notEqual(withNotes, without);
  assert.equal(await received(withNotes), 2, 'asked for, the notes travel');
  await context.close();
});
