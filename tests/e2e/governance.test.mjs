// End-to-end: governance and the work plan. The seed's worked example (the mathematics goal with
// its two levers, four action components and their executing bodies) entered in Hebrew, with
// the table and its totals checked; three meetings of a steering committee recorded with
// attendance and the infrastructure figures read back; the minutes in print preview; the
// governance page and the planning-year summary in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, setLang, shot, axeViolations, waitSaved, foreignRequests } from './harness.mjs';

const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

const GOAL = 'בסוף שנת תשפ"ב הרשות תעמוד בממוצע הארצי של שיעור הניגשים לבגרות ברמת 5 יח"ל במתמטיקה, בפיזיקה ובמדעי המחשב';
const LEVERS = ['פיתוח מורים בהיבטים פדגוגיים ומקצועיים', 'חיזוק ידע ומיומנויות תלמידים'];
const PARTNERS = ['קרן טראמפ', 'התוכנית הלאומית של משרד החינוך', 'עמותה מקומית ברשות'];
// [lever, title, executing body, budget, core programme]
const COMPONENTS = [
  [0, 'בניית קהילת מורים: למידת עמיתים, מנטורינג לכל מורה וליווי אישי', 0, 400000, true],
  [0, 'השתלמויות לפי מקצוע: ראייה אזורית', 1, 250000, true],
  [0, 'סדנאות למורי מתמטיקה: העצמה, ידע, העברת תוכן וארגון', 2, 80000, false],
  [1, 'תוספת שעות מתמטיקה ואנגלית, פתיחת מגמות', 1, 600000, true],
];
const PEOPLE = ['מיכל אדרי', 'דן שחם', 'שירן לוי'];

const ids = (page, sel) => page.locator(sel).evaluateAll((els) => els.map((e) => e.id));

async function addBy(page, input, text) {
  await page.fill(input, text);
  await page.press(input, 'Enter');
}

test('the worked example in Hebrew, three meetings and their figures, print preview, English', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openPage(context, env.url, { lang: 'he' });
  await page.waitForSelector('.plan-card');
  await page.fill('#new-plan-name', 'אקוסיסטם STEM');
  await page.selectOption('#new-plan-kind', 'municipal_ecosystem');
  await page.getByRole('button', { name: 'יצירת תוכנית' }).click();
  await page.waitForSelector('article.plan-page');
  for (const name of PARTNERS) {
    await addBy(page, '#new-partner', name);
    await page.locator('#section-partners .entity-name', { hasText: name }).waitFor();
  }
  for (const name of PEOPLE) {
    await addBy(page, '#new-person', name);
    await page.locator('#section-people .entity-name', { hasText: name }).waitFor();
  }
  // The governance section comes first for a municipal ecosystem and leads to its page.
  await page.getByRole('button', { name: 'פתיחת ממשל ותכנית עבודה' }).click();
  await page.waitForSelector('article.gov-page');

  // The goal, its two levers and four components.
  await addBy(page, '#new-goal', GOAL);
  await page.locator('.goal-cell textarea').waitFor();
  const goalId = (await ids(page, '.goal-cell textarea'))[0].replace(/-title$/, '');
  for (const [i, lever] of LEVERS.entries()) {
    await addBy(page, `#${goalId}-new-lever`, lever);
    await page.locator('.lever-cell textarea').nth(i).waitFor();
  }
  const leverIds = (await ids(page, '.lever-cell textarea')).map((id) => id.replace(/-title$/, ''));
  assert.equal(leverIds.length, 2);
  for (const [k, [lever, title]] of COMPONENTS.entries()) {
    await addBy(page, `#${leverIds[lever]}-new-component`, title);
    await page.waitForFunction((n) => document.querySelectorAll('.component-cell textarea').length === n, k + 1);
  }
  // Rows follow the work plan: lever 1's three components, then lever 2's.
  const rowTitles = await page.locator('.component-cell textarea').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(rowTitles, [COMPONENTS[0][1], COMPONENTS[1][1], COMPONENTS[2][1], COMPONENTS[3][1]]);
  // Without executing bodies or core programmes, the goal is warned about.
  assert.equal(await page.locator('#gov-workplan [data-warning="no-executor"]').count(), 1);
  assert.equal(await page.locator('#gov-workplan [data-warning="core-programs"]').count(), 1);
  const compIds = (await ids(page, '.component-cell textarea')).map((id) => id.replace(/-title$/, ''));
  for (const [k, [, , executor, budget, core]] of COMPONENTS.entries()) {
    const id = compIds[k];
    // The choice holds only its chosen option until it is focused or pointed at.
    if (k === 0) assert.equal(await page.locator(`#${id}-executor option`).count(), 1);
    await page.focus(`#${id}-executor`);
    await page.waitForFunction((sel) => document.querySelector(sel).options.length > 1, `#${id}-executor`);
    await page.selectOption(`#${id}-executor`, { label: PARTNERS[executor] });
    await page.waitForFunction(([sel, v]) => document.querySelector(sel).selectedOptions[0]?.text === v, [`#${id}-executor`, PARTNERS[executor]]);
    await page.fill(`#${id}-budget`, String(budget));
    await page.locator(`#${id}-budget`).blur();
    if (core) await page.check(`#${id}-core`);
    await page.locator(`#${id}-from`).fill('2022');
    await page.locator(`#${id}-from`).blur();
  }
  await page.waitForFunction(() => document.querySelector('#workplan-total').textContent === '1,330,000');
  const subtotals = await page.locator('#workplan-table .subtotal .num').allInnerTexts();
  assert.deepEqual(subtotals, ['1,330,000', '730,000', '600,000'], 'goal, then each lever');
  const perExecutor = await page.locator('table.totals').nth(1).locator('tbody tr').allInnerTexts();
  assert.deepEqual(perExecutor.map((r) => r.replace(/\s+/g, ' ').replace(/[\u2066-\u2069]/g, '').trim()), [
    'קרן טראמפ 400,000', 'התוכנית הלאומית של משרד החינוך 850,000', 'עמותה מקומית ברשות 80,000',
  ]);
  // Three core programmes, every component with its executing body: no warning left.
  assert.equal(await page.locator('#gov-workplan [data-warning]').count(), 0);
  // The timeline shows every component in 2022.
  assert.equal(await page.locator('table.gantt td.bar').count(), 4);
  await waitSaved(page);
  await shot(page, 'governance-workplan-he');
  assert.deepEqual(await axeViolations(page), []);

  // A steering committee with the three people, then three meetings.
  await addBy(page, '#new-body', 'ועדת ההיגוי');
  await page.locator('.body-card').waitFor();
  await page.locator('.body-card summary').click();
  const bodyId = await page.locator('.body-card select').first().evaluate((e) => e.id.replace(/-kind$/, ''));
  for (const name of PEOPLE) {
    await page.selectOption(`#${bodyId}-add-member`, { label: name });
    await page.locator('.body-card table.members th[scope="row"]', { hasText: name }).waitFor();
  }
  // Meeting k: who came (indices into PEOPLE).
  const attended = [[0, 1, 2], [0, 1], [0, 1]];
  for (const [k, came] of attended.entries()) {
    await page.getByRole('button', { name: 'רישום מפגש' }).click();
    await page.waitForSelector('article.meeting-page');
    assert.equal(await page.locator('#meeting-number').inputValue(), String(k + 1));
    await page.fill('#meeting-topic', `מפגש ${k + 1}`);
    await page.locator('#meeting-topic').blur();
    // Members are invited by default.
    for (let i = 0; i < 3; i++) assert.ok(await page.isChecked(`#invited-${i}`));
    for (const i of came) {
      await page.check(`#attended-${i}`);
      await page.waitForFunction((id) => document.querySelector(id).checked, `#attended-${i}`);
    }
    if (k === 0) {
      await addBy(page, '#new-agenda-item', 'התנעת המהלך');
      await page.check('#agenda-0-covered');
      await page.fill('#meeting-task-title', 'לשלוח את דוח המיפוי');
      await page.getByRole('button', { name: 'הוספת משימה' }).click();
      await page.locator('.tasks li', { hasText: 'לשלוח את דוח המיפוי' }).waitFor();
      const minutes = await page.locator('#minutes-text').innerText();
      assert.match(minutes, /התנעת המהלך/);
      assert.match(minutes, /לשלוח את דוח המיפוי/);
      await page.getByRole('button', { name: 'העתקה כטקסט' }).click();
      await page.getByText('הועתק.').waitFor();
      await waitSaved(page);
      await shot(page, 'governance-meeting-he');
      assert.deepEqual(await axeViolations(page), []);
      // Print preview: only the agenda and minutes.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#meeting-topic').isVisible(), false);
      assert.equal(await page.locator('#minutes-text').isVisible(), true);
      await shot(page, 'governance-minutes-print-he');
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: 'חזרה לממשל ותכנית העבודה' }).click();
    await page.waitForSelector('article.gov-page');
  }
  assert.equal(await page.locator('#meetings-table tbody tr').count(), 3);
  // Figures: 7 of 9 invited came; consistency = mean(J(1,2)=2/3, J(2,3)=1) = 83%; one of one
  // task open; one of one topic covered.
  // (textContent: sections off screen are left to content-visibility, which innerText skips.)
  const row = (await page.locator('#figures-table tbody tr').first().locator('td').allTextContents()).map((s) => s.trim());
  assert.deepEqual(row.slice(0, 7), ['3', '78% (7/9)', '83%', '2 / 3', '0 / 1', '0', '1 / 1']);
  await waitSaved(page);
  await shot(page, 'governance-he');

  // English: the same page and the planning-year summary.
  await setLang(page, 'en');
  await page.getByRole('heading', { name: /Governance and work plan/ }).waitFor();
  await shot(page, 'governance-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Planning-year summary' }).click();
  await page.waitForSelector('article.year-page');
  assert.equal(await page.locator('table.year-grid tbody tr').count(), 1);
  // The meetings are dated today: the planning year (from the first meeting) holds all three.
  const yearFigures = async () => (await page.locator('#figures-table tbody tr').first().locator('td').allInnerTexts()).map((s) => s.trim());
  assert.equal((await yearFigures())[0], '3');
  assert.equal(await page.locator('#year-pick option').count(), 1);
  await shot(page, 'governance-year-en');
  assert.deepEqual(await axeViolations(page), []);
  // A planning year that began two years before this month: its summary has no meeting, and
  // the meetings are in the second implementation year, which the picker offers.
  const now = new Date();
  const yearStart = `${now.getFullYear() - 2}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
  await page.fill('#year-start', yearStart);
  await page.waitForFunction(() => document.querySelectorAll('#year-pick option').length === 2);
  assert.match(plain(await page.locator('#year-shown').innerText()), /^The planning year \(/);
  assert.equal(await page.locator('table.year-grid').count(), 0);
  assert.match(await page.locator('#h-year-timeline + p.empty').innerText(), /No meetings in this year/);
  assert.equal((await yearFigures())[0], '0');
  assert.match(await page.locator('article.year-page').innerText(), /No meeting in this year/);
  await page.selectOption('#year-pick', '2');
  await page.waitForSelector('table.year-grid');
  assert.match(plain(await page.locator('#year-shown').innerText()), /^Implementation year 2 \(/);
  assert.equal(await page.locator('table.year-grid tbody tr').count(), 1);
  const figures = await yearFigures();
  assert.deepEqual(figures.slice(0, 2), ['3', '78% (7/9)']);
  // The planning year's achievements belong to the planning year only.
  assert.equal(await page.locator('#year-achievements').count(), 0);
  await shot(page, 'governance-year-2-en');
  assert.deepEqual(await axeViolations(page), []);
  // In Hebrew, right to left, the same year stays picked.
  await setLang(page, 'he');
  await page.waitForFunction(() => /^שנת יישום 2 \(/.test(document.querySelector('#year-shown').textContent.replace(/[\u2066-\u2069]/g, '')));
  assert.equal(await page.locator('table.year-grid tbody tr').count(), 1);
  await shot(page, 'governance-year-2-he');
  await setLang(page, 'en');
  await page.selectOption('#year-pick', '0');
  await page.waitForSelector('#year-achievements');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'governance-year-print-en');
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(foreignRequests(page, env.origin), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
