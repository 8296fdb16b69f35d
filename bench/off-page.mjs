// Benchmark (not a test): what adding nodes to the page costs with and without Lighthouse's trace categories, which
// record style and layout invalidations with a script stack trace each (disabled-by-default-devtools.timeline
// .invalidationTracking). Measured in the dashboard's own page, in its map, side by side in one run:
//   live        BENCH_NODES SVG paths appended one by one to an <svg> in the map's overlay pane
//   off page    the same appended to an <svg> out of the page, which is then put in (js/map/offPage.js)
//   remove      the drawn <svg> with those paths taken out of the page
//   moveBefore  the map's whole canvas moved to another element and back with Element.moveBefore
//   move        the same with append (taken out, put in)
//   live, with :has rule   as live, with the practice list's former rule in the page:
//               .practice-row:has(.grid-locality[aria-current="true"]) > td
//   cd bench && node off-page.mjs URL       (an app already running, e.g. MAPDASH_PORT=5150 scripts/run)
// Settings: BENCH_ROUNDS (5), BENCH_NODES (60), BENCH_CHROMIUM (/usr/bin/chromium). Prints the median of the rounds in ms.
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) { console.error('usage: node off-page.mjs URL'); process.exit(2); }
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const NODES = Number(process.env.BENCH_NODES ?? 60);
// Lighthouse 12's trace categories (lighthouse/core/gather/driver/... DEFAULT_TRACE_CATEGORIES), those that touch the page.
const LIGHTHOUSE_CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.frame', 'disabled-by-default-devtools.timeline.stack',
    'disabled-by-default-devtools.timeline.invalidationTracking', 'blink.user_timing', 'v8.execute',
    'disabled-by-default-lighthouse', 'loading', 'latencyInfo', 'toplevel'];

const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.goto(url);
await page.locator("[data-interactive='true']").waitFor();
await page.locator('.leaflet-overlay-pane').first().waitFor({ state: 'attached' });
await page.locator('.practice-grid .practice-row').first().waitFor();

// One round in the page: each step after a frame, so the page it changes has been styled and laid out.
const round = (nodes) => page.evaluate(async (count) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const SVG = 'http://www.w3.org/2000/svg';
    const path = () => {
        const p = document.createElementNS(SVG, 'path');
        p.setAttribute('d', 'M0 0L10 10L20 0z');
        p.setAttribute('stroke', '#333');
        return p;
    };
    const time = (work) => { const start = performance.now(); work(); return performance.now() - start; };
    const pane = document.querySelector('.leaflet-overlay-pane');
    const canvas = document.querySelector('.map-canvas');
    const host = canvas.parentNode;
    const holder = document.body.appendChild(document.createElement('div'));
    const r = {};
    const live = pane.appendChild(document.createElementNS(SVG, 'svg'));
    await frame();
    r.live = time(() => { for (let i = 0; i < count; i++) live.append(path()); });
    await frame();
    r.remove = time(() => live.remove());
    const off = pane.appendChild(document.createElementNS(SVG, 'svg'));
    await frame();
    r.offPage = time(() => { off.remove(); for (let i = 0; i < count; i++) off.append(path()); pane.append(off); });
    off.remove();
    await frame();
    r.moveBefore = time(() => { holder.moveBefore(canvas, null); host.moveBefore(canvas, null); });
    await frame();
    r.move = time(() => { holder.append(canvas); host.append(canvas); });
    holder.remove();
    await frame();
    // The list's former rule (PracticeGrid.razor.css before 2026-12-06), as its scoped stylesheet had it.
    const scope = [...document.querySelector('.practice-grid').attributes].find((a) => a.name.startsWith('b-'))?.name;
    const has = document.head.appendChild(document.createElement('style'));
    has.textContent = `.practice-grid[${scope}] .practice-row:has(.grid-locality[aria-current="true"]) > td { background: #e3eefa; }`;
    await frame();
    const again = pane.appendChild(document.createElementNS(SVG, 'svg'));
    await frame();
    r['live, with :has rule'] = time(() => { for (let i = 0; i < count; i++) again.append(path()); });
    again.remove();
    has.remove();
    await frame();
    return r;
}, nodes);

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function measure(traced) {
    if (traced) await browser.startTracing(page, { categories: LIGHTHOUSE_CATEGORIES });
    // The first traced change pays for setting up stack traces once: a round that is not counted.
    await round(NODES);
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round(NODES));
    if (traced) await browser.stopTracing();
    return Object.fromEntries(Object.keys(rounds[0]).map((k) => [k, median(rounds.map((r) => r[k]))]));
}

const plain = await measure(false);
const traced = await measure(true);
await browser.close();
console.log(`${url}: ${NODES} paths, median of ${ROUNDS} rounds (ms)`);
console.log('| step | plain | Lighthouse trace categories |');
console.log('| --- | ---: | ---: |');
for (const step of Object.keys(plain)) console.log(`| ${step} | ${plain[step].toFixed(1)} | ${traced[step].toFixed(1)} |`);
