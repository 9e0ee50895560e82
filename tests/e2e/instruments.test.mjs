// End-to-end: instruments in headless Chromium — the sharing-continuum classifier and the GROW
// session filled in Hebrew, results after a reload, print, warnings dismissed with a reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { start, openPage, setLang, foreignRequests, shot, axeViolations, waitSaved, download, ROOT } from './harness.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

const lib = (id) => JSON.parse(readFileSync(join(ROOT, 'src', 'instrument', 'library', `${id}.json`), 'utf8'));
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

async function openPlan(page, index) {
  await page.locator('.plan-card .plan-open').nth(index).click();
  await page.waitForSelector('article.plan-page');
}

async function openInstrument(page, ins, lang = 'he') {
  await page.locator('#section-instruments').getByRole('button', { name: ins.title[lang], exact: true }).click();
  await page.waitForSelector('article.instrument-page');
}

/** Answers every question of the classifier with the option pointing to `level` (or the nearest below). */
async function answerLevels(page, ins, level) {
  for (const section of ins.sections) {
    for (const item of section.items) {
      const options = item.answer.options.filter((o) => o.level <= level);
      const best = options.reduce((a, b) => (b.level > a.level ? b : a));
      await page.locator(`label[for="q-${item.id}-${best.id}"]`).click();
      await page.locator(`#q-${item.id}-${best.id}:checked`).waitFor();
    }
  }
}

test('sharing continuum: two respondents in Hebrew place the partnership, after a reload too', async () => {
  const ins = lib('sharing_continuum');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');
  await openPlan(page, 2); // the demo school-to-school partnership
  await shot(page, 'plan-instruments-he');
  await openInstrument(page, ins);
  assert.equal(await page.locator('h1').innerText(), ins.title.he);

  await page.getByRole('button', { name: 'פתיחת סבב' }).click();
  await page.locator('.round').waitFor();
  await page.getByRole('button', { name: 'הוספת מענה' }).click();
  await page.waitForSelector('article.response-page');
  await page.fill('#respondent', 'מנהלת בית הספר');
  await page.locator('#respondent').blur();
  await answerLevels(page, ins, 4);
  const total = ins.sections.reduce((n, s) => n + s.items.length, 0);
  assert.match(plain(await page.locator('.progress').innerText()), new RegExp(`נענו ${total} מתוך ${total}`));
  await shot(page, 'continuum-form-he');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'חזרה לכלי' }).first().click();

  // One respondent at level 4: the classifier says level 4, explains why, and shows level 5.
  const results = page.locator('section.results');
  await results.locator('.headline').waitFor();
  assert.equal(plain(await results.locator('.headline').innerText()), `רמה 4: ${ins.stages[3].title.he}`);
  assert.match(await results.innerText(), new RegExp(ins.stages[4].title.he.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.match(await results.innerText(), new RegExp(ins.results_note.he.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // A second respondent at level 6: the median of all answers decides.
  await page.getByRole('button', { name: 'הוספת מענה' }).click();
  await page.waitForSelector('article.response-page');
  await page.fill('#respondent', 'רכזת השותפות');
  await page.locator('#respondent').blur();
  await answerLevels(page, ins, 6);
  await page.getByRole('button', { name: 'חזרה לכלי' }).first().click();
  await results.locator('.headline').waitFor();
  const headline = plain(await results.locator('.headline').innerText());
  assert.ok(headline.startsWith('רמה 4') || headline.startsWith('רמה 5'), headline);
  assert.match(plain(await results.innerText()), /2 משיבים/);
  await waitSaved(page);
  await shot(page, 'continuum-results-he');
  assert.deepEqual(await axeViolations(page), []);

  // Reload: the answers and the result are still there.
  await page.reload();
  await page.waitForSelector('.plan-card');
  await openPlan(page, 2);
  // Sections off screen are not laid out (content-visibility), so read the text itself.
  assert.match(plain(await page.locator('#section-instruments').textContent()), new RegExp(`רמה \\d: `));
  await openInstrument(page, ins);
  assert.equal(plain(await page.locator('section.results .headline').innerText()), headline);

  // Print: the button calls the browser's print, and the print layout hides the controls.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('button', { name: 'הדפסה' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.topbar').evaluate((el) => getComputedStyle(el).display), 'none');
  await shot(page, 'continuum-print-he');
  await page.emulateMedia({ media: 'screen' });

  // The same results in English.
  await setLang(page, 'en');
  assert.equal(await page.locator('h1').innerText(), ins.title.en);
  await shot(page, 'continuum-results-en');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a second round is compared with the first, and the export with answers fits the schema', async () => {
  const ins = lib('milestones');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  await openPlan(page, 0);
  await openInstrument(page, ins, 'en');
  const rows = ins.sections.flatMap((s) => s.items);
  // Round 1: the first milestone only.
  await page.fill('#round-name', 'Autumn');
  await page.getByRole('button', { name: 'Start a round' }).click();
  // What the list shows is what "Add a response" uses: the plan as a whole, first.
  assert.equal(await page.locator('.round select').first().inputValue(), 'plan');
  await page.getByRole('button', { name: 'Add a response' }).click();
  await page.waitForSelector('article.response-page');
  for (const item of rows.filter((i) => i.stage === ins.stages[0].id)) await page.check(`#q-${item.id}`);
  await page.locator(`#q-${rows[1].id}:checked`).waitFor();
  await page.getByRole('button', { name: 'Back to the instrument' }).first().click();
  const results = page.locator('section.results');
  assert.match(await results.locator('.headline').innerText(), new RegExp(ins.stages[0].title.en));
  // Round 2: the first two milestones.
  await page.fill('#round-name', 'Spring');
  await page.getByRole('button', { name: 'Start a round' }).click();
  await page.locator('.round').nth(1).getByRole('button', { name: 'Add a response' }).click();
  await page.waitForSelector('article.response-page');
  for (const item of rows.filter((i) => i.stage === ins.stages[0].id || i.stage === ins.stages[1].id)) await page.check(`#q-${item.id}`);
  await page.locator(`#q-${rows[3].id}:checked`).waitFor();
  await page.getByRole('button', { name: 'Back to the instrument' }).first().click();
  assert.match(await results.locator('.headline').innerText(), new RegExp(ins.stages[1].title.en));
  // Compared with autumn, the ladder marks where the partnership stood then.
  await page.selectOption('#compare-round', { label: 'Autumn' });
  await results.locator('.compare-note').waitFor();
  assert.match(plain(await results.locator('.compare-note').innerText()), /Compared with the round “Autumn”/);
  assert.match(await results.locator('.ladder li', { hasText: ins.stages[0].title.en }).innerText(), /Then/);
  await shot(page, 'milestones-compare-en');
  await waitSaved(page);
  // The workspace, now with rounds and answers, still fits the published schema.
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await page.getByRole('button', { name: 'Back to all plans' }).click();
  const file = await download(page, () => page.getByRole('button', { name: 'Export workspace' }).click());
  const exported = JSON.parse(file.text);
  assert.equal(exported.plans[0].rounds.length, 2);
  assert.equal(exported.plans[0].responses.length, 2);
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'shutaf.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(exported), JSON.stringify(validate.errors));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('GROW session in Hebrew: answers, the first steps become tasks, and all survives a reload', async () => {
  const ins = lib('grow_session');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url);
  await page.waitForSelector('.plan-card');
  await openPlan(page, 4); // the demo coaching partnership
  await openInstrument(page, ins);
  await page.getByRole('button', { name: 'פתיחת סבב' }).click();
  await page.getByRole('button', { name: 'הוספת מענה' }).click();
  await page.waitForSelector('article.response-page');

  const texts = ins.sections.flatMap((s) => s.items).filter((i) => i.answer.type === 'text');
  const answers = {
    [texts[0].id]: 'לשפר את ישיבות הצוות כך שיתמקדו בלמידה',
    [texts[1].id]: 'שתי ישיבות השבוע עסקו רק בלוגיסטיקה',
    [texts[5].id]: 'לנסות פרוטוקול למידה קבוע בתחילת כל ישיבה',
  };
  for (const [id, value] of Object.entries(answers)) {
    await page.fill(`#q-${id}`, value);
    await page.locator(`#q-${id}`).blur();
  }
  const actions = ins.sections.flatMap((s) => s.items).find((i) => i.answer.type === 'actions');
  const steps = ['לשלוח לצוות סדר יום מראש', 'לבחור מאמר קצר לישיבה הבאה', 'לתאם תצפית עמיתים'];
  for (const [k, step] of steps.entries()) {
    await page.fill(`#q-${actions.id}-${k}`, step);
    await page.locator(`#q-${actions.id}-${k}`).blur();
    await page.locator(`#q-${actions.id}-${k}`).waitFor();
  }
  const date = ins.sections.flatMap((s) => s.items).find((i) => i.answer.type === 'date');
  await page.fill(`#q-${date.id}`, '2026-12-20');
  await page.locator(`#q-${date.id}`).blur();
  const observed = ins.sections.flatMap((s) => s.items).find((i) => i.answer.type === 'yes_no');
  await page.locator(`label[for="q-${observed.id}-yes"]`).click();
  await shot(page, 'grow-form-he');

  // The first steps become tasks of the plan.
  const toTasks = page.getByRole('button', { name: /הפיכת \u2068?3\u2069? פעולות למשימות/ });
  await toTasks.click();
  await toTasks.waitFor({ state: 'detached' });
  await waitSaved(page);

  await page.reload();
  await page.waitForSelector('.plan-card');
  await openPlan(page, 4);
  const tasks = page.locator('#section-tasks');
  for (const step of steps) await tasks.getByText(step, { exact: true }).first().waitFor();
  await openInstrument(page, ins);
  const results = page.locator('section.results');
  for (const value of Object.values(answers)) await results.getByText(value).waitFor();
  assert.match(await results.innerText(), /2026-12-20/);
  await shot(page, 'grow-results-he');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'מילוי' }).click();
  assert.equal(await page.inputValue(`#q-${texts[0].id}`), answers[texts[0].id]);
  assert.equal(await page.isChecked(`#q-${observed.id}-yes`), true);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a warning from the seeds appears, explains its source, and is dismissed with a reason', async () => {
  const ins = lib('ten_principles');
  const rule = ins.rules.find((r) => r.id === 'no_fixed_meeting_slot');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  await openPlan(page, 0); // the demo school support array
  await openInstrument(page, ins, 'en');
  await page.getByRole('button', { name: 'Start a round' }).click();
  await page.getByRole('button', { name: 'Add a response' }).click();
  await page.waitForSelector('article.response-page');
  // Tick every principle but the fixed meeting slot.
  const checks = ins.sections.flatMap((s) => s.items).filter((i) => i.answer.type === 'check');
  const slot = checks.find((i) => i.id.includes('meeting'));
  for (const item of checks) {
    if (item === slot) continue;
    await page.check(`#q-${item.id}`);
    await page.locator(`#q-${item.id}:checked`).waitFor();
  }
  await page.getByRole('button', { name: 'Back to the instrument' }).first().click();
  const results = page.locator('section.results');
  // The unticked principle is what remains to do.
  assert.ok((await results.locator('.remaining').allInnerTexts()).join('\n').includes(slot.text.en));
  await page.getByRole('button', { name: 'Back to the plan' }).click();

  const warning = page.locator(`li.warning[data-warning="ten_principles/no_fixed_meeting_slot"]`);
  await warning.waitFor();
  assert.match(await warning.innerText(), new RegExp(rule.message.en.slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.match(await warning.innerText(), new RegExp(rule.source.en.slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await shot(page, 'warnings-en');
  assert.deepEqual(await axeViolations(page), []);
  await warning.getByRole('button', { name: 'Dismiss…' }).click();
  await warning.locator('textarea').fill('We meet every Sunday at 8:00; it is in the school calendar.');
  await warning.getByRole('button', { name: 'Dismiss the warning' }).click();
  await warning.waitFor({ state: 'detached' });
  await page.getByText(/Dismissed warnings \(\u2068?1\u2069?\)/).click();
  await page.getByText('We meet every Sunday at 8:00').waitFor();
  // Undo brings it back; the reason is kept with the plan.
  await page.keyboard.press('Control+z');
  await warning.waitFor();
  await page.keyboard.press('Control+Shift+z');
  await warning.waitFor({ state: 'detached' });
  await setLang(page, 'he');
  await shot(page, 'warnings-he');
  assert.deepEqual(page.errors, []);
  await context.close();
});
