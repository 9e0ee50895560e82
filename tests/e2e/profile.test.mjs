// End-to-end: the partnership profile for the seed's Northern Ireland shared-education example
// (two schools of two communities, weekly joint classes, three years), in English and Hebrew:
// the continuum level, the profile's warnings, the ideas, an idea turned into a task, and the
// printable passport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, openPage, setLang, shot, axeViolations, waitSaved, ROOT } from './harness.mjs';

const lib = (id) => JSON.parse(readFileSync(join(ROOT, 'src', 'instrument', 'library', `${id}.json`), 'utf8'));
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

const card = lib('profile_card');
const continuum = lib('sharing_continuum');
const item = (id) => card.sections.flatMap((s) => s.items).find((i) => i.id === id);

/** The Northern Ireland example, as the profile card records it. */
const NI = {
  choices: { model: 'other', joining: 'incentive', leading_body: 'government', coordination: 'coordinator', decision_involvement: 'joint_decisions', duration: 'fixed_term', geography: 'same_locality' },
  multi: { goals: ['expand_opportunities'], motives: ['policy', 'advancing_students'], stages_spanned: ['primary'], beneficiaries: ['students', 'teachers'] },
  yes: ['student_outcomes_goal', 'student_activity', 'budget', 'groups_in_tension'],
  number: { school_count: '2' },
};

async function fillProfile(page) {
  for (const [id, option] of Object.entries(NI.choices)) await page.locator(`label[for="q-${id}-${option}"]`).click();
  for (const [id, options] of Object.entries(NI.multi)) for (const o of options) await page.check(`#q-${id}-${o}`);
  for (const id of NI.yes) await page.locator(`label[for="q-${id}-yes"]`).click();
  for (const [id, value] of Object.entries(NI.number)) { await page.fill(`#q-${id}`, value); await page.locator(`#q-${id}`).blur(); }
  await page.fill('#q-diversity', 'Two communities in tension: a Catholic and a Protestant school, classes together every week for three years.');
  await page.locator('#q-diversity').blur();
  await page.locator(`#q-groups_in_tension-yes:checked`).waitFor();
}

for (const lang of ['en', 'he']) {
  test(`the Northern Ireland example in ${lang}: level, warnings, ideas, a task, the passport`, async () => {
    const t = (tr) => tr[lang];
    const L = lang === 'en'
      ? { passport: 'Partnership passport', fill: 'Fill in the profile card', start: 'Start a round', add: 'Add a response', back: 'Back to the instrument', plan: 'Back to the plan', task: 'Make it a task', place: 'Place it', size: /2 schools: a pair of schools/, print: 'Print' }
      : { passport: 'דרכון השותפות', fill: 'מילוי כרטיס הפרופיל', start: 'פתיחת סבב', add: 'הוספת מענה', back: 'חזרה לכלי', plan: 'חזרה לתוכנית', task: 'הפיכה למשימה', place: 'מיקום על הרצף', size: /2 בתי ספר: זוג בתי ספר/, print: 'הדפסה' };
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, env.url, { lang });
    await page.waitForSelector('.plan-card');
    await page.fill('#new-plan-name', lang === 'en' ? 'Shared education, Northern Ireland' : 'חינוך משותף, צפון אירלנד');
    await page.selectOption('#new-plan-kind', 'school_partnership');
    await page.keyboard.press('Enter');
    await page.waitForSelector('article.plan-page');

    // No profile yet: the passport says so and leads to the card.
    await page.getByRole('button', { name: L.passport }).click();
    await page.waitForSelector('article.passport-page');
    await page.getByRole('button', { name: L.fill }).click();
    await page.waitForSelector('article.instrument-page');
    await page.getByRole('button', { name: L.start }).click();
    await page.getByRole('button', { name: L.add }).click();
    await page.waitForSelector('article.response-page');
    await fillProfile(page);
    await shot(page, `profile-form-${lang}`);
    await page.getByRole('button', { name: L.back }).first().click();

    // The card's ideas follow from the chosen goal; one becomes a task.
    const goal = item('goals').answer.options.find((o) => o.id === 'expand_opportunities');
    assert.ok(goal.ideas && goal.ideas.length > 0, 'the goal has ideas in the profile card');
    const idea = t(goal.ideas[0].text);
    const ideas = page.locator('section.results .ideas').first();
    await ideas.waitFor();
    const row = ideas.locator('li', { hasText: idea }).first();
    await row.getByRole('button', { name: new RegExp(`^${esc(L.task)}`) }).click();
    await row.getByRole('button').waitFor({ state: 'detached' });

    // Place the partnership on the continuum: weekly joint classes in the curriculum (level 4).
    await page.getByRole('button', { name: L.plan }).click();
    await page.getByRole('button', { name: L.passport }).click();
    await page.waitForSelector('article.passport-page');
    await page.getByRole('button', { name: L.place }).click();
    await page.waitForSelector('article.instrument-page');
    await page.getByRole('button', { name: L.start }).click();
    await page.getByRole('button', { name: L.add }).click();
    await page.waitForSelector('article.response-page');
    for (const section of continuum.sections) {
      for (const q of section.items) {
        const best = q.answer.options.filter((o) => o.level <= 4).reduce((a, b) => (b.level > a.level ? b : a));
        await page.locator(`label[for="q-${q.id}-${best.id}"]`).click();
      }
    }
    await page.getByRole('button', { name: L.back }).first().click();
    await page.getByRole('button', { name: L.plan }).click();

    // The passport: level 4, a pair of schools, the groups-in-tension warning, the answers.
    await page.getByRole('button', { name: L.passport }).click();
    const passport = page.locator('article.passport-page');
    await passport.waitFor();
    const text = plain(await passport.innerText());
    assert.match(text, new RegExp(esc(t(continuum.stages[3].title))));
    assert.match(text, L.size);
    const tension = card.rules.find((r) => r.id === 'groups_in_tension');
    assert.match(text, new RegExp(esc(t(tension.message).slice(0, 30))));
    // Students take part in weekly joint classes: no "no student component" warning.
    const warned = plain(await passport.locator('section.warnings').innerText());
    assert.ok(!warned.includes(t(card.rules.find((r) => r.id === 'no_student_component').message)));
    assert.match(text, /Catholic and a Protestant/);
    // The leading body comes with the typical agenda of each kind of lead.
    assert.match(text, new RegExp(esc(t(item('leading_body').help).slice(0, 40))));
    assert.match(text, new RegExp(esc(idea)));
    await shot(page, `passport-${lang}`);
    assert.deepEqual(await axeViolations(page), []);
    // Printing: the browser's print is called, and the print layout hides the controls.
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: L.print }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.topbar').evaluate((el) => getComputedStyle(el).display), 'none');
    await shot(page, `passport-print-${lang}`);
    await page.emulateMedia({ media: 'screen' });

    // The idea is a task of the plan, and the overview shows the level.
    await page.locator('.back').click();
    await page.locator('#section-tasks').getByText(idea).first().waitFor();
    // Read as text: the section may be off screen, where content-visibility leaves innerText empty.
    assert.match(plain(await page.locator('#section-overview').textContent()), new RegExp(esc(t(continuum.stages[3].title))));
    await waitSaved(page);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
