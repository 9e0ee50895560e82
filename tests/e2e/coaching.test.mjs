// End-to-end: a pair of principals plans six coaching sessions, records two GROW sessions in
// Hebrew (the first with a field observation), sees the carried goal and the cadence warnings,
// downloads the calendar (.ics, checked by a small parser) and exports the plan without the
// confidential coaching notes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, setLang, shot, axeViolations, foreignRequests, waitSaved, download } from './harness.mjs';

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

/** A small iCalendar reader: CRLF lines of at most 75 octets, unfolding, BEGIN/END balance. */
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  const lines = [];
  for (const raw of physical) {
    assert.ok(!/[\r\n]/.test(raw), `bare line break in ${JSON.stringify(raw)}`);
    assert.ok(Buffer.byteLength(raw, 'utf8') <= 75, `line over 75 octets: ${raw}`);
    if (raw.startsWith(' ')) lines[lines.length - 1] += raw.slice(1);
    else lines.push(raw);
  }
  const stack = [];
  const comps = [];
  for (const l of lines) {
    const at = l.indexOf(':');
    assert.ok(at > 0, `name:value in ${l}`);
    const name = l.slice(0, at);
    const value = l.slice(at + 1);
    if (name === 'BEGIN') { stack.push(value); comps.push({ name: value, props: {} }); }
    else if (name === 'END') assert.equal(stack.pop(), value, 'END matches BEGIN');
    else {
      const comp = comps.findLast((c) => c.name === stack[stack.length - 1]);
      comp.props[name.split(';')[0]] = value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  assert.equal(stack.length, 0, 'every BEGIN has its END');
  return comps;
}

async function set(page, selector, value) {
  await page.fill(selector, value);
  await page.locator(selector).press('Tab');
}

const GOAL = 'לבנות שגרת משוב למורים';
const REALITY = 'המורים חוששים מביקורים בכיתה';
const SEEN = 'המורה שאלה שאלות פתוחות ונתנה זמן המתנה';
const NEW_GOAL = 'שני ביקורי כיתה בשבוע';
const STEP = 'מחר בבוקר לשאול שלוש מורות מי רוצה ביקור ראשון';

test('a coaching pair: calendar, two GROW sessions in Hebrew, carried goals, warnings, .ics, export without notes', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await openPage(context, env.url, { lang: 'he' });
  await page.waitForSelector('.plan-card');
  await page.fill('#new-plan-name', 'זוג מנהלות מאמנות');
  await page.selectOption('#new-plan-kind', 'coaching_partnership');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.plan-page');
  for (const name of ['דנה כהן', 'מיכל לוי']) {
    await page.fill('#new-person', name);
    await page.keyboard.press('Enter');
  }
  // The coaching section comes first for a coaching plan.
  const ids = await page.locator('.plan-section[id^="section-"]').evaluateAll((els) => els.map((e) => e.id));
  assert.ok(ids.indexOf('section-coaching') >= 0 && ids.indexOf('section-coaching') < ids.indexOf('section-instruments'), ids.join());
  await page.getByRole('button', { name: 'פתיחת שותפות האימון' }).click();
  await page.waitForSelector('article.coaching-page');

  // Six sessions, every five weeks, from 1 September.
  await page.fill('#cal-first', '2026-09-01');
  await page.fill('#cal-weeks', '5');
  await page.fill('#cal-count', '6');
  await page.getByRole('button', { name: 'הוספה ללוח' }).click();
  await page.waitForFunction(() => document.querySelectorAll('section[aria-labelledby="h-co-cal"] tbody tr').length === 6);
  const planned = await page.locator('section[aria-labelledby="h-co-cal"] tbody tr td:first-child').allTextContents();
  assert.deepEqual(planned, ['2026-09-01', '2026-10-06', '2026-11-10', '2026-12-15', '2027-01-19', '2027-02-23']);

  // Session one: one hour, with an observation during initiation.
  await page.getByRole('button', { name: 'תיעוד מפגש' }).click();
  await page.waitForSelector('#h-session');
  assert.match(await page.locator('.carried').textContent(), /לא נקבעו יעדים/);
  await set(page, '#session-date', '2026-09-01');
  await set(page, '#session-minutes', '60');
  await page.check('#session-observation');
  await set(page, '#session-goal', GOAL);
  await set(page, '#session-reality', REALITY);
  await page.getByRole('button', { name: 'הוספת חלופה' }).click();
  await set(page, '#session-alt-0-text', 'להתחיל במתנדבות');
  await set(page, '#session-alt-0-pros', 'רצון טוב');
  await set(page, '#session-alt-0-cons', 'מגיע רק למוכנות');
  await set(page, '#session-first_step', STEP);
  await page.fill('#session-new-goal', NEW_GOAL);
  await page.locator('#session-new-goal').press('Enter');
  await page.locator(`.next-goals input:checked`).waitFor();
  await set(page, '#session-observation_notes', SEEN);
  await set(page, '#session-feedback', 'משוב: לשקף למורה את השאלות הפתוחות');
  await waitSaved(page);
  await page.getByRole('button', { name: 'סגירת המפגש' }).click();

  // Session two: the goal set at session one is carried, with room for its progress.
  await page.getByRole('button', { name: 'תיעוד מפגש' }).click();
  await page.waitForSelector('#h-session');
  await set(page, '#session-date', '2026-10-06');
  await page.waitForSelector('.carried-goals li');
  const carried = await page.locator('.carried').textContent();
  assert.match(carried, new RegExp(NEW_GOAL));
  assert.match(carried, /2026-09-01/);
  const progress = page.locator('.carried-goals textarea');
  await progress.fill('ביקרתי בשני שיעורים');
  await progress.press('Tab');
  await set(page, '#session-goal', 'להרחיב את המשוב לרכזות');
  await waitSaved(page);

  // Cadence warnings: the one-hour session and the observation during initiation.
  const warnings = (await page.locator('.co-warnings').textContent()).replace(/[\u2066-\u2069]/g, '');
  assert.match(warnings, /60 דקות/);
  assert.match(warnings, /צפיית עמיתים/);
  // The year view marks the observed session and the planned ones.
  assert.equal(await page.locator('.year-grid .mark.held.seen').count(), 1);
  assert.equal(await page.locator('.year-grid .mark.planned').count(), 4);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'coaching-he');

  // The calendar file.
  const ics = await download(page, () => page.getByRole('button', { name: /\.ics/ }).click());
  assert.match(ics.name, /\.ics$/);
  const comps = parseIcs(ics.text);
  assert.equal(comps[0].name, 'VCALENDAR');
  assert.equal(comps[0].props.VERSION, '2.0');
  assert.ok(comps[0].props.PRODID);
  const events = comps.filter((c) => c.name === 'VEVENT');
  assert.equal(events.length, 6);
  for (const e of events) {
    for (const p of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) assert.ok(e.props[p], `${p} in every event`);
    assert.match(e.props.DTSTAMP, /^\d{8}T\d{6}Z$/);
  }
  assert.equal(events[0].props.DTSTART, '20260901T160000');
  assert.equal(events[0].props.DTEND, '20260901T183000');
  assert.equal(new Set(events.map((e) => e.props.UID)).size, 6, 'UIDs are unique');
  assert.match(events[0].props.SUMMARY, /זוג מנהלות מאמנות/);

  // Export without the coaching notes: the box is off by default.
  assert.equal(await page.isChecked('#co-include-notes'), false);
  const bare = await download(page, () => page.getByRole('button', { name: 'ייצוא בלי רשומות האימון' }).click());
  for (const secret of [GOAL, REALITY, SEEN, NEW_GOAL, STEP, 'ביקרתי', 'מתנדבות']) assert.ok(!bare.text.includes(secret), `no “${secret}” in the export`);
  const file = JSON.parse(bare.text);
  assert.equal(file.plans[0].coaching.sessions.length, 2, 'the sessions themselves stay');
  assert.equal(file.plans[0].coaching.calendar.length, 6);
  // With the box ticked, the notes are there.
  await page.check('#co-include-notes');
  const full = await download(page, () => page.getByRole('button', { name: 'ייצוא עם רשומות האימון' }).click());
  assert.ok(full.text.includes(SEEN));

  // The plan page's export asks, and leaves the notes out unless told.
  await page.getByRole('button', { name: 'חזרה לתוכנית' }).click();
  await page.waitForSelector('article.plan-page');
  await page.locator('.plan-tools').getByRole('button', { name: 'ייצוא' }).first().click();
  await page.waitForSelector('[role="dialog"] #export-include-notes');
  assert.equal(await page.isChecked('#export-include-notes'), false);
  const fromPlan = await download(page, () => page.locator('[role="dialog"] button.primary').click());
  assert.ok(!fromPlan.text.includes(SEEN));

  // English: the same page, the session open.
  await setLang(page, 'en');
  await page.getByRole('button', { name: 'Open the coaching partnership' }).click();
  await page.waitForSelector('article.coaching-page');
  await page.getByRole('button', { name: 'Open 2026-10-06' }).click();
  await page.waitForSelector('#h-session');
  assert.match(await page.locator('.carried').textContent(), /Goals from the previous session/);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, 'coaching-en');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(foreignRequests(page, env.origin), []);
  await context.close();
});
