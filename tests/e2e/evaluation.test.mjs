// End-to-end: measurement and evaluation. In Hebrew, the seed's teacher-training indicators
// (quantitative and qualitative) are typed in, measured and charted; a CSV with one bad row is
// previewed with that row's error; two interviews are recorded and tagged, and a finding shows
// its prevalence; the report is printed. In English, the demo network's evaluation and report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, shot, axeViolations, waitSaved, foreignRequests } from './harness.mjs';

const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

async function field(page, sel, value) {
  await page.fill(sel, value);
  await page.locator(sel).blur();
}

async function addByName(page, id, value) {
  await page.fill(`#${id}`, value);
  await page.locator(`#${id}`).press('Enter');
}

test('teacher-training indicators, a CSV import, interviews and the report, in Hebrew', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url, { lang: 'he' });
  await page.waitForSelector('.plan-card');
  await page.fill('#new-plan-name', 'אשכול הכשרת מורים');
  await page.selectOption('#new-plan-kind', 'network_cluster');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  // For a network cluster, evaluation comes before every other module.
  const ids = await page.locator('article.plan-page section[id^="section-"]').evaluateAll((ss) => ss.map((s) => s.id));
  assert.ok(ids.indexOf('section-evaluation') >= 0 && ids.indexOf('section-evaluation') < ids.indexOf('section-instruments'), ids.join());
  await page.getByRole('button', { name: 'פתיחת מדידה והערכה' }).click();
  await page.waitForSelector('article.evaluation-page');

  // Quantitative: teachers who finished the training, 0 → 40, measured twice.
  await addByName(page, 'new-indicator', 'מורים שסיימו את ההכשרה');
  await page.waitForSelector('article.indicator-page');
  await field(page, '#ind-linked', 'תכנית הכשרה למורים');
  await field(page, '#ind-unit', 'מורים');
  await field(page, '#ind-baseline', '0');
  await field(page, '#ind-target', '40');
  await field(page, '#ind-target-text', '40 מורים מסיימים את ההכשרה');
  for (const [date, value] of [['2025-10-15', '8'], ['2026-01-15', '20']]) {
    await page.fill('#m-date', date);
    await page.fill('#m-value', value);
    await page.getByRole('button', { name: 'הוספת מדידה' }).click();
    await page.locator('article.indicator-page table.eval-table tbody tr', { hasText: date }).waitFor();
  }
  // The chart: one line through two points, with its table; progress 20 of 40 = 50 %.
  const svg = page.locator('article.indicator-page svg[role="img"]');
  await svg.waitFor();
  assert.equal(await svg.locator('circle').count(), 2);
  assert.match(await svg.locator('path.line').getAttribute('d'), /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  // Hebrew runs time right to left: the later point is to the left of the earlier one.
  const xs = await svg.locator('circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
  assert.ok(xs[1] < xs[0], `RTL time axis: ${xs}`);
  assert.match(plain(await page.locator('.headline').innerText()), /50%/);
  await shot(page, 'evaluation-indicator-he');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'חזרה למדידה והערכה' }).click();

  // Qualitative, with the seed's vague target: the warning says so.
  await addByName(page, 'new-indicator', 'תחושת המסוגלות של המורים');
  await page.waitForSelector('article.indicator-page');
  await page.selectOption('#ind-kind', 'qualitative');
  await page.selectOption('#ind-level', 'goal');
  await field(page, '#ind-target-text', 'הגדלה משמעותית של תחושת המסוגלות');
  await page.locator('.eval-warnings', { hasText: 'היעד עמום' }).waitFor();
  await page.getByRole('button', { name: 'חזרה למדידה והערכה' }).click();
  const table = page.locator('#eval-indicators table.eval-table');
  assert.match(plain(await table.innerText()), /מורים שסיימו את ההכשרה[\s\S]*50%/);

  // CSV: a BOM, semicolons, Hebrew dates; one row has a date that does not exist.
  await page.getByRole('button', { name: 'ייבוא מדידות (CSV)' }).click();
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  await page.fill('#csv-text', '\uFEFFמדד;תאריך;ערך\nמורים שסיימו את ההכשרה;15/4/2026;27\nמורים שסיימו את ההכשרה;31/2/2026;30\n');
  await page.locator('#csv-text').blur();
  const bad = dialog.locator('tr.bad');
  await bad.waitFor();
  assert.match(plain(await bad.innerText()), /^3[\s\S]*„31\/2\/2026” אינו תאריך/);
  assert.match(plain(await dialog.innerText()), /1 שורות מוכנות, 1 עם בעיה/);
  await shot(page, 'evaluation-csv-he');
  assert.deepEqual(await axeViolations(page), []);
  await dialog.getByRole('button', { name: /^ייבוא/ }).click();
  await dialog.waitFor({ state: 'detached' });
  // 27 of 40.
  await page.locator('#eval-indicators table.eval-table tbody tr', { hasText: '68%' }).waitFor();

  // The interview guide from the protocol, then two interviews with tagged quotes.
  await page.selectOption('#protocol-pick', '4');
  await page.getByRole('button', { name: 'הוספה למתווה' }).click();
  await page.locator('ol.guide li').first().waitFor();
  for (const [who, quote, themes] of [
    ['מרצה, מכללת הצפון', 'ההיכרות עם המודלים של האחרים פתחה לי את הראש', 'למידה, היכרות'],
    ['רכז, מכללת העמק', 'למדתי איך אחרים מלווים סטודנטים', 'למידה'],
  ]) {
    await addByName(page, 'new-interview', who);
    await page.waitForSelector('article.interview-page');
    await field(page, '#iv-cluster', 'רזידנסי');
    await addByName(page, 'new-quote', quote);
    await page.locator('#quote-0-themes').waitFor();
    await field(page, '#quote-0-themes', themes);
    await page.getByRole('button', { name: 'חזרה למדידה והערכה' }).click();
    await page.waitForSelector('article.evaluation-page');
  }
  await addByName(page, 'new-finding', 'המפגשים תרמו בעיקר ללמידה');
  const finding = page.locator('li.finding').first();
  await finding.waitFor();
  await field(page, `#${await finding.locator('input[list="finding-themes"]').getAttribute('id')}`, 'למידה');
  await finding.locator('.prevalence', { hasText: /כל המרואיינים/ }).waitFor();
  assert.match(plain(await finding.locator('.prevalence').innerText()), /\(2 מתוך 2 ראיונות\)/);
  // Narrowing the theme to one interview: only one.
  await field(page, `#${await finding.locator('input[list="finding-themes"]').getAttribute('id')}`, 'היכרות');
  await finding.locator('.prevalence', { hasText: /רק מרואיין אחד/ }).waitFor();
  assert.match(plain(await finding.locator('.prevalence').innerText()), /\(1 מתוך 2 ראיונות\)/);
  await addByName(page, 'new-recommendation', 'לבנות כל שנה סביב משימה משותפת');
  await shot(page, 'evaluation-page-he');
  assert.deepEqual(await axeViolations(page), []);

  // The report, in print.
  await page.getByRole('button', { name: 'דוח הערכה' }).first().click();
  const report = page.locator('article.evaluation-report');
  await report.waitFor();
  const text = plain(await report.innerText());
  assert.match(text, /מורים שסיימו את ההכשרה/);
  assert.match(text, /המפגשים תרמו בעיקר ללמידה/);
  assert.match(text, /רק מרואיין אחד/);
  assert.ok(await report.locator('svg[role="img"]').count() >= 1);
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.topbar').evaluate((el) => getComputedStyle(el).display), 'none');
  await shot(page, 'evaluation-report-print-he');
  await page.emulateMedia({ media: 'screen' });
  await waitSaved(page);
  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the demo network evaluation and its report, in English', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url, { lang: 'en' });
  await page.waitForSelector('.plan-card');
  // The demo in English (the first visit loaded it in Hebrew).
  await page.getByRole('button', { name: 'Restore the demo' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore the demo' }).click();
  await page.locator('.plan-card.kind-network_cluster .plan-open', { hasText: 'Network cluster' }).click();
  await page.waitForSelector('article.plan-page');
  assert.match(plain(await page.locator('#section-evaluation').innerText()), /4 indicators · 3 interviews · 2 findings/);
  await page.getByRole('button', { name: 'Open measurement and evaluation' }).click();
  await page.waitForSelector('article.evaluation-page');
  // The seed's vague target is flagged; the findings show their prevalence.
  assert.match(plain(await page.locator('.eval-warnings').first().innerText()), /the target is vague/);
  // (textContent: rows off screen are left to content-visibility, which innerText skips.)
  assert.match(plain(await page.locator('#eval-findings').evaluate((e) => e.textContent)), /Two interviewees \(2 of 3 interviews\)/);
  // In English time runs left to right.
  await page.locator('#eval-indicators').getByRole('button', { name: 'Teachers who completed the training programme' }).click();
  const xs = await page.locator('article.indicator-page svg circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
  assert.ok(xs.length === 3 && xs[0] < xs[1] && xs[1] < xs[2], `LTR time axis: ${xs}`);
  await shot(page, 'evaluation-indicator-en');
  await page.getByRole('button', { name: 'Back to measurement and evaluation' }).click();
  await shot(page, 'evaluation-page-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Evaluation report' }).first().click();
  await page.locator('article.evaluation-report').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'evaluation-report-print-en');
  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an indicator whose goal is not in the work plan says so, in Hebrew, English and Arabic', async () => {
  // A plan whose work plan has one goal (g1); one indicator measures it, another names a
  // component "gone" that the work plan does not have (as a file from elsewhere may).
  const indicator = (id, name, level, ref) => ({
    id, name, axis: 'work_plan', level, target_ref: ref, kind: 'quantitative', baseline: 0, target: 10,
    measurements: [['2026-01-15', 5, '']],
  });
  const file = {
    format: 'shutaf', format_version: 1, content: 'workspace',
    plans: [{
      id: 'p-links', name: 'Links', kind: 'municipal_ecosystem',
      governance: { goals: [{ id: 'g1', title: 'מתמטיקה' }] },
      evaluation: { indicators: [indicator('i-goal', 'Goal indicator', 'goal', 'g1'), indicator('i-gone', 'Stray indicator', 'action_component', 'gone')] },
    }],
  };
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.url, { lang: 'he' });
  await page.waitForSelector('.plan-card');
  await page.setInputFiles('input[type=file]', { name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('dialog').getByRole('button', { name: 'החלפת סביבת העבודה שלי' }).click();
  await page.locator('.plan-card .plan-open', { hasText: 'Links' }).click();
  await page.waitForSelector('article.plan-page');
  await page.getByRole('button', { name: 'פתיחת מדידה והערכה' }).click();
  await page.waitForSelector('article.evaluation-page');
  const linked = async () => (await page.locator('#eval-indicators .eval-table tbody tr td:nth-of-type(2)').allTextContents()).map(plain);
  const chart = async () => plain(await page.locator('#eval-indicators .chart-data-table').evaluate((e) => e.textContent));
  const words = { he: '(לא בתכנית העבודה)', en: '(not in the work plan)', ar: '(ليس في خطة العمل)' };
  // The table and the roll-up chart name the goal by its title, and the stray one in words.
  assert.deepEqual(await linked(), ['מתמטיקה', words.he]);
  assert.match(await chart(), new RegExp(`מתמטיקה.*${words.he.replace(/[()]/g, '\\$&')}`));
  assert.doesNotMatch((await chart()) + (await linked()).join(), /\bgone\b|\bg1\b/);
  assert.match(plain(await page.locator('.eval-warnings').innerText()), /„Stray indicator”: היעד או הרכיב שהוא מודד אינו בתכנית העבודה/);
  assert.equal(await page.locator('#eval-indicators .eval-table .missing-link').count(), 1);
  await shot(page, 'evaluation-not-in-work-plan-he');
  assert.deepEqual(await axeViolations(page), []);
  for (const lang of ['en', 'ar']) {
    await page.selectOption('#language', lang);
    await page.waitForFunction((c) => document.documentElement.lang === c, lang);
    await page.waitForFunction((w) => document.querySelector('#eval-indicators .missing-link')?.textContent.includes(w), words[lang]);
    assert.deepEqual(await linked(), ['מתמטיקה', words[lang]]);
    assert.ok((await chart()).includes(words[lang]), lang);
  }
  await shot(page, 'evaluation-not-in-work-plan-ar');
  // The report too.
  await page.locator('article.evaluation-page button', { hasText: 'تقرير' }).first().click();
  await page.locator('article.evaluation-report').waitFor();
  const report = plain(await page.locator('article.evaluation-report').evaluate((e) => e.textContent));
  assert.ok(report.includes(words.ar) && !/\bgone\b/.test(report), report.slice(0, 400));
  await page.locator('article.evaluation-report button.back').click();
  await page.waitForSelector('article.evaluation-page');
  // In the editor the id is shown, marked as missing; typing the goal's title links it.
  await page.selectOption('#language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('#eval-indicators').getByRole('button', { name: 'Stray indicator' }).click();
  await page.waitForSelector('article.indicator-page');
  assert.equal(await page.inputValue('#ind-linked'), 'gone');
  assert.equal(plain(await page.locator('#ind-linked-missing').innerText()), words.en);
  // The note is read with the field by screen readers, and goes with it once linked.
  assert.equal(await page.getAttribute('#ind-linked', 'aria-describedby'), 'ind-linked-missing');
  assert.match(plain(await page.locator('.indicator-page .eval-warnings').innerText()), /not in the work plan/);
  await field(page, '#ind-linked', ' מתמטיקה ');
  await page.waitForFunction(() => !document.querySelector('#ind-linked-missing'));
  assert.equal(await page.getAttribute('#ind-linked', 'aria-describedby'), null);
  assert.equal(await page.inputValue('#ind-linked'), 'מתמטיקה');
  await page.getByRole('button', { name: 'Back to measurement and evaluation' }).click();
  assert.deepEqual(await linked(), ['מתמטיקה', 'מתמטיקה']);
  assert.equal(await page.locator('#eval-indicators .missing-link').count(), 0);
  await waitSaved(page);
  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
