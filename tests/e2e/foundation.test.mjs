// End-to-end: the release build served on 127.0.0.1, driven in headless Chromium.
// Run by scripts/test after the build (node --test tests/e2e/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  start, openPage, setLang, foreignRequests, shot, axeViolations, waitSaved, download, ROOT, OUT, SHOTS,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

const planCards = (page) => page.locator('.plan-card');
// Fluent wraps placeables in bidi isolates (U+2068 … U+2069); compare text without them.
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');

test('first visit shows the demo workspace, in Hebrew, right to left', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'he');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.waitForSelector('.plan-card');
  assert.equal(await planCards(page).count(), 5, 'one demo plan per kind');
  const kinds = await page.locator('.plan-card .kind-badge').allTextContents();
  assert.deepEqual(kinds, ['מערך ליווי לבית ספר', 'אקוסיסטם עירוני', 'שותפות בין בתי ספר', 'אשכול רשת', 'שותפות אימון']);
  await waitSaved(page);
  await shot(page, 'home-he');
  assert.deepEqual(await axeViolations(page), []);
  await setLang(page, 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await shot(page, 'home-en');
  assert.deepEqual(await axeViolations(page), []);
  await setLang(page, 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.locator('h1').innerText(), /[\u0600-\u06FF]/);
  await shot(page, 'home-ar');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('create a plan, add partners and people, switch language, reload, export, import', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');

  // Create a plan.
  await page.fill('#new-plan-name', 'שותפות בית הספר "הדקל"');
  await page.selectOption('#new-plan-kind', 'school_support');
  await page.getByRole('button', { name: 'יצירת תוכנית' }).click();
  await page.waitForSelector('article.plan-page');
  assert.equal(await page.locator('h1').innerText(), 'שותפות בית הספר "הדקל"');

  // Add two partners; give one its added value; add a person who represents it.
  for (const name of ['מתי"א אזורי', 'עמותת צעד קדימה']) {
    await page.fill('#new-partner', name);
    await page.getByRole('button', { name: 'הוספת שותף' }).click();
    await page.locator('.entity-name', { hasText: name }).waitFor();
  }
  const card = page.locator('#section-partners li.entity').first();
  await card.locator('textarea').first().fill('ליווי מקצועי של צוות החינוך המיוחד');
  await card.locator('textarea').first().blur();
  await page.fill('#new-person', 'רונית לוי');
  await page.getByRole('button', { name: 'הוספת אדם' }).click();
  const person = page.locator('#section-people li.entity').first();
  await person.locator('summary').click();
  await person.locator('input').nth(1).fill('מנהלת');
  await person.locator('input').nth(1).blur();
  await person.locator('select').selectOption({ label: 'מתי"א אזורי' });
  await waitSaved(page);
  await shot(page, 'plan-he');
  assert.deepEqual(await axeViolations(page), []);

  // Undo and redo from the keyboard (outside a text field).
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => !document.querySelector('#section-people select')
    || document.querySelector('#section-people select').value === '');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('#section-people select')?.value !== '');

  // Switch to English: the interface changes, the data does not.
  await setLang(page, 'en');
  assert.equal(await page.locator('#h-partners').innerText(), 'Partners');
  await shot(page, 'plan-en');
  assert.deepEqual(await axeViolations(page), []);

  // Reload: the plan, its partners and the language are still there.
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('.plan-card');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: 'שותפות בית הספר "הדקל"' }).click();
  await page.waitForSelector('article.plan-page');
  assert.deepEqual(await page.locator('#section-partners .entity-name').allTextContents(), ['מתי"א אזורי', 'עמותת צעד קדימה']);
  // A card with its added value opens closed, and draws its fields only once opened.
  const saved = page.locator('#section-partners li.entity').first();
  assert.equal(await saved.locator('textarea').count(), 0);
  await saved.locator('summary').click();
  assert.equal(await saved.locator('textarea').first().inputValue(), 'ליווי מקצועי של צוות החינוך המיוחד');
  // Rows off screen are not laid out (content-visibility), so read the text itself, not its rendering.
  assert.equal(await page.locator('#section-people .entity-meta').first().textContent(), 'מנהלת · מתי"א אזורי');

  // Export the workspace; the file matches the published JSON Schema (checked by Ajv).
  await page.getByRole('button', { name: 'Back to all plans' }).click();
  const first = await download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
  assert.match(first.name, /^shutaf-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'shutaf.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const exported = JSON.parse(first.text);
  assert.ok(validate(exported), JSON.stringify(validate.errors));
  assert.equal(exported.plans.length, 6);

  // A malformed file: a clear message, and nothing changes.
  await page.setInputFiles('input[type=file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"shutaf","format_version":1,"plans":[') });
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /cut off/);
  await shot(page, 'import-error-en');
  assert.deepEqual(await axeViolations(page), []);
  await dialog.getByRole('button', { name: 'Close' }).click();
  assert.equal(await planCards(page).count(), 6);

  // Another program's JSON, in Hebrew this time.
  await setLang(page, 'he');
  await page.setInputFiles('input[type=file]', { name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1.0.0"}') });
  await page.getByRole('alertdialog').waitFor();
  assert.match(await page.getByRole('alertdialog').innerText(), /לא נוצר בשותף/);
  await shot(page, 'import-error-he');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  assert.equal(await planCards(page).count(), 6);

  // Import the exported file, replacing the workspace: exporting again gives the same bytes.
  await page.setInputFiles('input[type=file]', first.path);
  const confirm = page.getByRole('dialog');
  await confirm.waitFor();
  assert.match(plain(await confirm.innerText()), /6 תוכניות/);
  await shot(page, 'import-confirm-he');
  await confirm.getByRole('button', { name: 'החלפת סביבת העבודה שלי' }).click();
  await page.getByText('סביבת העבודה הוחלפה').waitFor();
  const second = await download(page, () => page.getByRole('button', { name: 'ייצוא סביבת העבודה' }).click());
  assert.equal(second.text, first.text, 'export → import → export is the identity');

  // Adding the same file again brings its plans in as copies, and it can be undone.
  await page.setInputFiles('input[type=file]', first.path);
  await page.getByRole('dialog').getByRole('button', { name: 'הוספה לתוכניות שלי' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.plan-card').length === 12);
  await page.getByRole('button', { name: 'ביטול הפעולה' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.plan-card').length === 6);

  // Delete a plan, then undo it from the notice.
  const name = await page.locator('.plan-card h2').first().innerText();
  await page.locator('.plan-card').first().getByRole('button', { name: 'מחיקה' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.plan-card').length === 5);
  await page.getByRole('button', { name: 'ביטול הפעולה' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.plan-card').length === 6);
  assert.equal(await page.locator('.plan-card h2').first().innerText(), name);

  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('plan list: rename, duplicate, search, and the empty state', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  const first = page.locator('.plan-card').first();
  await first.getByRole('button', { name: 'Rename' }).click();
  await first.locator('form.rename input').fill('Renamed plan');
  await first.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('button', { name: 'Renamed plan', exact: true }).waitFor();
  await page.locator('.plan-card').first().getByRole('button', { name: 'Duplicate' }).click();
  await page.getByRole('button', { name: 'Renamed plan (copy)' }).waitFor();
  assert.equal(await planCards(page).count(), 6);
  await page.fill('#plan-search', 'copy');
  assert.equal(await planCards(page).count(), 1);
  await page.fill('#plan-search', '');
  // Delete everything: the empty state offers the demo back.
  while (await planCards(page).count() > 0) {
    await planCards(page).first().getByRole('button', { name: 'Delete' }).click();
  }
  await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
  await shot(page, 'empty-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Load the demo workspace' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore the demo' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.plan-card').length === 5);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('keyboard only: create a plan and add a partner without the mouse', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  // The skip link is the first stop and moves focus to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.focus('#new-plan-name');
  await page.keyboard.type('Keyboard plan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  // Focus lands on the plan's heading.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await page.focus('#new-partner');
  await page.keyboard.type('Partner by keyboard');
  await page.keyboard.press('Enter');
  await page.locator('.entity-name', { hasText: 'Partner by keyboard' }).waitFor();
  // Every focusable control shows a visible focus ring.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await context.close();
});

test('corrupted storage: the user is told, the data is kept and can be downloaded', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('shutaf.workspace', '{"format":"shutaf","format_version":1,"plans":[{"id":"a","na');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await openPage(context, env.url, { lang: 'en' });
  const alert = page.locator('.notice.error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /damaged/);
  assert.equal(await page.evaluate(() => localStorage.getItem('shutaf.backup')), '{"format":"shutaf","format_version":1,"plans":[{"id":"a","na');
  await shot(page, 'storage-damaged-en');
  const dl = await download(page, () => page.getByRole('button', { name: 'Download the damaged data' }).click());
  assert.equal(dl.text, '{"format":"shutaf","format_version":1,"plans":[{"id":"a","na');
  await context.close();
});

test('storage from a newer version is never overwritten', async () => {
  const context = await env.browser.newContext();
  const newer = '{"format":"shutaf","format_version":7,"content":"workspace","plans":[]}';
  await context.addInitScript((v) => localStorage.setItem('shutaf.workspace', v), newer);
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.getByText('made by a newer version').waitFor();
  await page.fill('#new-plan-name', 'Made here');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => localStorage.getItem('shutaf.workspace')), newer);
  assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'warn');
  await context.close();
});

test('two tabs: no edit is lost in silence', async () => {
  const context = await env.browser.newContext();
  const a = await openPage(context, env.url, { lang: 'en' });
  await a.waitForSelector('.plan-card');
  await waitSaved(a);
  const b = await openPage(context, env.url, { lang: 'en' });
  await b.waitForSelector('.plan-card');
  // A edits; B, with nothing unsaved, follows.
  await a.fill('#new-plan-name', 'From tab A');
  await a.keyboard.press('Enter');
  await waitSaved(a);
  await b.getByRole('button', { name: 'From tab A' }).waitFor();
  await b.getByText('updated from another tab').waitFor();
  // Both edit at once. Either one tab built on the other's save (then both edits are kept), or
  // the edits crossed and one tab asks which version to keep: never a silent loss.
  await a.getByRole('button', { name: 'Back to all plans' }).click();
  await Promise.all([
    (async () => { await a.fill('#new-plan-name', 'Also A'); await a.keyboard.press('Enter'); })(),
    (async () => { await b.fill('#new-plan-name', 'Also B'); await b.keyboard.press('Enter'); })(),
  ]);
  const stored = () => a.evaluate(() => JSON.parse(localStorage.getItem('shutaf.workspace')).plans.map((p) => p.name));
  let asked;
  let both = false;
  for (let i = 0; i < 100 && !asked && !both; i++) {
    if (await a.getByRole('alertdialog').count()) asked = a;
    else if (await b.getByRole('alertdialog').count()) asked = b;
    else {
      const names = await stored();
      both = names.includes('Also A') && names.includes('Also B');
      if (!both) await a.waitForTimeout(100);
    }
  }
  assert.ok(asked || both, 'either both edits are saved, or a tab asks which version to keep');
  if (asked) {
    await shot(asked, 'two-tabs-conflict-en');
    await asked.getByRole('button', { name: "Keep this tab's version" }).click();
    const other = asked === a ? b : a;
    const kept = asked === a ? 'Also A' : 'Also B';
    // The other tab takes the kept version; its own new plan is gone with it, so it shows the list.
    await other.getByRole('button', { name: kept }).waitFor();
    assert.ok((await stored()).includes(kept));
  }

  // Deterministically crossed: B has an edit not yet saved when A's tab writes.
  for (const p of [a, b]) {
    const back = p.getByRole('button', { name: 'Back to all plans' });
    if (await back.count()) await back.click();
  }
  await waitSaved(a);
  await waitSaved(b);
  await b.fill('#new-plan-name', 'Unsaved in B');
  await b.keyboard.press('Enter');
  await a.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('shutaf.workspace'));
    doc.plans[0].name = 'Renamed in A';
    localStorage.setItem('shutaf.workspace', JSON.stringify(doc));
    localStorage.setItem('shutaf.revision', 'tab-other-99');
  });
  const dialog = b.getByRole('alertdialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /changed in another tab/);
  await shot(b, 'two-tabs-conflict-en');
  assert.deepEqual(await axeViolations(b), []);
  // Keeping B's version writes it over A's, with B's edit in it.
  await dialog.getByRole('button', { name: "Keep this tab's version" }).click();
  await b.locator('.save-status[data-state="ok"]').waitFor();
  assert.ok((await stored()).includes('Unsaved in B'));
  assert.ok(!(await stored()).includes('Renamed in A'));
  await context.close();
});

test('storage switched off: work goes on in memory, and the user is told', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.getByText('does not let Shutaf save').waitFor();
  await page.fill('#new-plan-name', 'In memory');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'warn');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the site works from a sub-path of a static host', async () => {
  const sub = await start('/some/sub/path/');
  try {
    const context = await sub.browser.newContext();
    const page = await openPage(context, sub.url);
    await page.waitForSelector('.plan-card');
    assert.equal(await page.locator('.plan-card').count(), 5);
    assert.deepEqual(foreignRequests(page, sub.origin), []);
    assert.ok(page.requests.every((u) => u.startsWith(sub.url) || u.startsWith('data:') || u.startsWith('blob:')), page.requests.join('\n'));
    await context.close();
  } finally {
    await sub.browser.close();
    sub.server.close();
  }
});

test('a 50 MB file is refused before it is read', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  const big = join(OUT, 'big.json');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.setInputFiles('input[type=file]', big);
  await page.locator('.notice.error').waitFor();
  assert.match(plain(await page.locator('.notice.error').innerText()), /is 50 MB; Shutaf imports files up to 20 MB/);
  assert.equal(await page.locator('.plan-card').count(), 5);
  await context.close();
});

test('a file dropped on the page is imported like a picked one', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  const plan = { format: 'shutaf', format_version: 1, content: 'plan', plans: [{ id: 'dropped', name: 'Dropped plan', kind: 'network_cluster', partners: [], people: [] }] };
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(plan));
  await page.dispatchEvent('.app', 'dragover', { dataTransfer });
  await page.locator('.drop-hint').waitFor();
  await page.dispatchEvent('.app', 'drop', { dataTransfer });
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.match(plain(await dialog.innerText()), /The file holds the plan “Dropped plan”/);
  await dialog.getByRole('button', { name: 'Add to my plans' }).click();
  // A plan file opens the imported plan.
  await page.waitForSelector('article.plan-page');
  assert.equal(await page.locator('h1').innerText(), 'Dropped plan');
  assert.match(await page.locator('.kind-badge').innerText(), /Network cluster/);
  await context.close();
});

test('a plan with long lists draws them a page at a time, and what the user adds always shows', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  const tasks = Array.from({ length: 120 }, (_, i) => ({ id: `t${i}`, title: `Task number ${i + 1}`, ...(i === 0 ? { owner: 'p5' } : {}) }));
  const people = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, name: `Person ${i + 1}` }));
  const plan = { format: 'shutaf', format_version: 1, content: 'plan', plans: [{ id: 'long', name: 'Long plan', kind: 'school_partnership', partners: [], people, tasks }] };
  await page.setInputFiles('input[type=file]', { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  await page.getByRole('dialog').getByRole('button', { name: 'Add to my plans' }).click();
  await page.waitForSelector('article.plan-page');
  const rows = page.locator('#section-tasks li.task');
  const status = page.locator('#section-tasks .show-more [role=status]');
  // Rows off screen are not laid out (content-visibility): read text, not its rendering.
  assert.equal(await rows.count(), 50);
  assert.equal(plain(await status.textContent()), 'Showing 50 of 120');
  assert.equal(await page.locator('#section-people li.entity').count(), 50);
  assert.equal(plain(await page.locator('#section-people .show-more [role=status]').textContent()), 'Showing 50 of 60');

  // A task's owner list holds only the chosen person until it is focused or pointed at
  // (50 rows × 61 options otherwise); then every person can be chosen, by keyboard too.
  const owner = page.locator('#task-t0-owner');
  assert.deepEqual(await owner.locator('option').allTextContents(), ['Person 6']);
  assert.equal(await owner.inputValue(), 'p5');
  assert.equal(await page.locator('#task-t1-owner option').count(), 1);
  await owner.focus();
  await page.waitForFunction(() => document.querySelectorAll('#task-t0-owner option').length === 61);
  assert.equal(await owner.inputValue(), 'p5');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#task-t0-owner').value === 'p6');
  await page.locator('#task-t1-owner').hover();
  await page.waitForFunction(() => document.querySelectorAll('#task-t1-owner option').length === 61);
  await page.selectOption('#task-t1-owner', { label: 'Person 60' });
  await page.locator('h1').click();
  await waitSaved(page);
  const owners = await page.evaluate(() => JSON.parse(localStorage.getItem('shutaf.workspace')).plans.find((p) => p.id === 'long').tasks.slice(0, 2).map((t) => t.owner));
  assert.deepEqual(owners, ['p6', 'p59']);

  // A task added while only the first page shows is drawn at once, at the end of the list.
  await page.fill('#new-task', 'The newest task');
  await page.keyboard.press('Enter');
  await page.locator('#section-tasks li.task', { hasText: 'The newest task' }).waitFor();
  assert.equal(await rows.count(), 51);
  assert.equal(plain(await status.textContent()), 'Showing 51 of 121');

  // "Show more" draws the next page, from the keyboard too, until every row is drawn.
  await page.locator('#section-tasks .show-more button').focus();
  assert.equal(plain(await page.locator('#section-tasks .show-more button').textContent()), 'Show 50 more');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#section-tasks li.task').length === 101);
  // The focus moves to the first of the rows just drawn.
  await page.waitForFunction(() => document.activeElement?.id === 'task-t50-done');
  assert.equal(plain(await page.locator('#section-tasks .show-more button').textContent()), 'Show 20 more');
  await page.locator('#section-tasks .show-more button').click();
  await page.waitForFunction(() => document.querySelectorAll('#section-tasks li.task').length === 121);
  // The last page takes the button away; the focus is not lost with it.
  await page.waitForFunction(() => document.activeElement?.id === 'task-t100-done');
  assert.equal(await page.locator('#section-tasks .show-more').count(), 0);
  const titles = await page.locator('#section-tasks li.task input[id$="-title"]').evaluateAll((xs) => xs.map((x) => x.value));
  assert.ok(titles.includes('Task number 120') && titles.at(-1) === 'The newest task', titles.slice(-3).join(' | '));
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('#section-people .show-more').screenshot({ path: join(SHOTS, 'show-more-en.png') });

  await setLang(page, 'he');
  await page.locator('#section-people .show-more').screenshot({ path: join(SHOTS, 'show-more-he.png') });
  assert.equal(plain(await page.locator('#section-people .show-more [role=status]').textContent()), 'בתצוגה: 50 מתוך 60');
  assert.equal(plain(await page.locator('#section-people .show-more button').textContent()), 'הצגת עוד 10');
  await context.close();
});

test('when the demo and the instrument texts cannot be fetched, the app says so and still works', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.route('**/texts/**', (route) => route.abort());
  await page.route('**/demo/**', (route) => route.abort());
  await page.goto(env.url);
  await page.waitForSelector('header.topbar');
  await page.selectOption('#language', 'en');
  const notices = page.locator('.notices');
  await notices.getByText('The texts of the instruments could not be loaded').waitFor();
  await notices.getByText('The demo workspace could not be loaded').waitFor();
  // The empty state is there, and work can start.
  await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
  await page.fill('#new-plan-name', 'Offline start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('translations that cannot be loaded: a message in all three languages, then the language in use stays', async () => {
  // No translations at all: the one message there is, in he, en and ar.
  const context = await env.browser.newContext();
  await context.route('**/locales/*.ftl', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(env.url);
  const alert = page.locator('.load-failed [role=alert]');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /לא ניתן לטעון/);
  assert.match(text, /could not load its texts/);
  assert.match(text, /تعذّر تحميل/);
  await context.close();

  // Hebrew loads, English fails: the page stays in Hebrew and says so.
  const ctx2 = await env.browser.newContext();
  await ctx2.route('**/locales/en.ftl', (route) => route.abort());
  const page2 = await openPage(ctx2, env.url);
  await page2.selectOption('#language', 'en');
  await page2.locator('.notice.error').first().waitFor();
  assert.match(await page2.locator('.notice.error').first().innerText(), /השפה שנבחרה/);
  assert.equal(await page2.getAttribute('html', 'lang'), 'he');
  assert.equal(await page2.inputValue('#language'), 'he');
  await ctx2.close();
});
