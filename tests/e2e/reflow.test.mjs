// Reflow (WCAG 2.1 AA, 1.4.10): at 320 CSS pixels wide, no page scrolls sideways. Every plan of
// the demo and each of its pages (plan, partner landscape, governance, evaluation, coaching,
// passport), in Hebrew and in English; the elements that stick out are named on failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, setLang, shot } from './harness.mjs';

let env;
before(async () => { env = await start('/'); });
after(async () => { await env.browser.close(); env.server.close(); });

/** The page's overflow: its scroll width against its width, and what sticks out. */
const overflow = (page) => page.evaluate(() => {
  const W = document.documentElement.clientWidth;
  const out = [...document.querySelectorAll('body *')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > W + 1); })
    .filter((e) => !e.closest('.visually-hidden, .sr-only'))
    // Inside a box that scrolls on its own (a wide data table may: WCAG's two-dimensional
    // exception), sticking out is that box's business.
    .filter((e) => { for (let a = e.parentElement; a; a = a.parentElement) { if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return false; } return true; })
    .slice(0, 6)
    .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${String(e.className).split(' ')[0]} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`);
  return { scroll: document.documentElement.scrollWidth, width: W, out };
});

async function fits(page, where) {
  const o = await overflow(page);
  assert.ok(o.scroll <= o.width, `${where}: ${o.scroll} px wide in ${o.width}: ${o.out.join(', ')}`);
}

const OPEN = {
  he: { land: 'מפת השותפים', gov: 'פתיחת ממשל ותכנית עבודה', eval: 'פתיחת מדידה והערכה', coach: 'פתיחת שותפות האימון', passport: 'דרכון השותפות' },
  en: { land: 'Partner landscape', gov: 'Open governance and work plan', eval: 'Open measurement and evaluation', coach: 'Open the coaching partnership', passport: 'Partnership passport' },
};

for (const lang of ['he', 'en']) {
  test(`at 320 px wide no page scrolls sideways, in ${lang}`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await openPage(context, env.url);
    if (lang !== 'he') await setLang(page, lang);
    await page.waitForSelector('.plan-card');
    await fits(page, 'home');
    const plans = await page.locator('.plan-card').count();
    assert.ok(plans >= 5, `${plans} demo plans`);
    let pages = 0;
    for (let i = 0; i < plans; i++) {
      await page.locator('.plan-card .plan-open').nth(i).click();
      await page.waitForSelector('article.plan-page');
      await fits(page, `plan ${i + 1}`);
      if (i === 0) await shot(page, `reflow-plan-${lang}`);
      pages += 1;
      for (const [what, name] of Object.entries(OPEN[lang])) {
        const button = page.getByRole('button', { name, exact: true });
        if ((await button.count()) === 0) continue;
        const before = await page.locator('h1').first().textContent();
        await button.first().click();
        await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
        await fits(page, `plan ${i + 1}, ${what}`);
        pages += 1;
        await page.locator('button.back').first().click();
        await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, before);
      }
      await page.locator('button.back').first().click();
      await page.waitForSelector('.plan-card');
    }
    assert.ok(pages >= 12, `${pages} pages looked at`);
    await context.close();
  });
}
