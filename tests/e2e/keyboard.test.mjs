// A keyboard-only walk through the main flows: every step is reached with Tab (or Shift+Tab)
// from where focus is, and acted on with Enter, Space, arrows or typing; no click, no
// page.focus(). At each stop the focused control must show a visible focus indicator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, axeViolations } from './harness.mjs';

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

/** What the focused element is, as a short description, and whether its focus shows. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  const label = e.id ? `#${e.id}` : '';
  return { tag: e.tagName, id: e.id, cls: e.className, text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 60), label, ring };
});

/** Presses Tab (or Shift+Tab) until the focused element satisfies `want`; fails after `max`
 *  presses. Every stop on the way must show its focus. Returns the number of presses. */
async function tabTo(page, want, { back = false, max = 250 } = {}) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f.tag !== 'BODY') assert.ok(f.ring, `no visible focus on ${f.tag}${f.label} "${f.text}"`);
    if (want(f)) return i;
  }
  assert.fail(`not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}
const byText = (re) => (f) => re.test(f.text);
const byId = (id) => (f) => f.id === id;

test('keyboard only: open a plan, edit it, add and fill a partner, undo, switch language, export and import', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');

  // The skip link comes first and takes focus past the toolbar.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).cls, 'skip-link');

  // Open the first demo plan: focus lands on its heading.
  await tabTo(page, (f) => f.cls.includes('plan-open'));
  const planName = (await focused(page)).text;
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  assert.equal((await focused(page)).tag, 'H1');
  assert.equal(await page.locator('h1').innerText(), planName);

  // Edit the description; leaving the field (Tab) saves it.
  await tabTo(page, byId('plan-description'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Written from the keyboard');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('#plan-description').value === 'Written from the keyboard');

  // Add a partner by its name, then open its card and give it an added value.
  await tabTo(page, byId('new-partner'));
  await page.keyboard.type('Keyboard partner');
  await page.keyboard.press('Enter');
  const card = page.locator('#section-partners li.entity', { hasText: 'Keyboard partner' });
  await card.waitFor();
  // A new partner has no added value yet, so its card opens with its fields.
  await tabTo(page, (f) => f.tag === 'TEXTAREA' && f.id.endsWith('-added-value'), { back: true });
  const field = (await focused(page)).id;
  assert.ok(await card.locator(`#${field}`).count(), `the focused field ${field} is the new partner's`);
  await page.keyboard.type('Speech therapy for grade 1');
  await page.keyboard.press('Tab');
  await page.waitForFunction((id) => document.getElementById(id).value === 'Speech therapy for grade 1', field);

  // Undo from the keyboard, outside a text field: the added value goes, redo brings it back.
  await tabTo(page, byText(/^Undo$/), { back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.getElementById(id)?.value === '', field);
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction((id) => document.getElementById(id)?.value === 'Speech therapy for grade 1', field);

  // Back to the list, and switch the language with the arrow keys.
  await tabTo(page, byText(/Back to all plans/), { back: true });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.plan-card');
  await tabTo(page, byId('language'), { back: true });
  await page.keyboard.press('Home'); // עברית is first
  await page.waitForFunction(() => document.documentElement.lang === 'he' && document.documentElement.dir === 'rtl');
  await page.keyboard.press('End'); // then العربية
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.keyboard.press('ArrowUp'); // English, in the middle
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.dir === 'ltr');

  // Export the workspace from the toolbar.
  const download = page.waitForEvent('download');
  await tabTo(page, byText(/^Export workspace$/), { back: true });
  await page.keyboard.press('Enter');
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const plan = exported.plans.find((p) => p.name === planName);
  assert.equal(plan.description, 'Written from the keyboard');
  assert.ok(plan.partners.some((p) => p.name === 'Keyboard partner' && p.added_value === 'Speech therapy for grade 1'));

  // Import it back: the file control is reached and opened by keyboard; the dialog takes the
  // focus, Escape cancels it, and Tab reaches its buttons.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, (f) => f.tag === 'INPUT' && f.cls.includes('visually-hidden'), { back: true });
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.ok(await page.evaluate(() => document.querySelector('[role=dialog]').contains(document.activeElement)), 'focus is in the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  const again = page.waitForEvent('filechooser');
  await tabTo(page, (f) => f.tag === 'INPUT' && f.cls.includes('visually-hidden'), { back: true });
  await page.keyboard.press('Space');
  await (await again).setFiles(file);
  await dialog.waitFor();
  await tabTo(page, byText(/^Replace/), { max: 20 });
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.notice', { hasText: /replaced/i }).waitFor();
  assert.equal(await page.locator('.plan-card').count(), exported.plans.length);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors ?? [], []);
  await context.close();
});
