// Benchmark (not a test): the render batches a dashboard's circuit sends to the browser, as Playwright sees the
// WebSocket frames: at first render (until the practice list shows its rows), while the list is scrolled to its end,
// and per filter click (a measure's switch in the filter drawer, on and off, BENCH_CLICKS times; skipped where the
// drawer starts closed).
//   cd bench && node render-batches.mjs URL [URL...]      (an app already running, e.g. MAPDASH_PORT=5150 scripts/run)
// Settings: BENCH_VIEWPORT (1440x900), BENCH_CHROMIUM (/usr/bin/chromium), BENCH_SCROLL_STEPS (8), BENCH_CLICKS (20),
// BENCH_MOBILE=1 (Lighthouse's phone: its user agent, a touch screen and 412x823 unless BENCH_VIEWPORT says otherwise;
// the server then prerenders the phone's page, filter drawer closed).
// A frame counts as a render batch when it carries Blazor's "JS.RenderBatch" invocation; "list" marks the batches that
// hold the list's row markup (the locality buttons' class name is in the batch's string table).
import { chromium } from 'playwright-core';

const urls = process.argv.slice(2);
if (urls.length === 0) { console.error('usage: node render-batches.mjs URL [URL...]'); process.exit(2); }
const mobile = process.env.BENCH_MOBILE === '1';
const [width, height] = (process.env.BENCH_VIEWPORT ?? (mobile ? '412x823' : '1440x900')).split('x').map(Number);
// Lighthouse 12's mobile user agent (as in main-thread.mjs).
const MOBILE_USER_AGENT = 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) '
    + 'Chrome/119.0.0.0 Mobile Safari/537.36';
const SCROLL_STEPS = Number(process.env.BENCH_SCROLL_STEPS ?? 8);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);

const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const batchOf = (payload) => {
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    return bytes.includes('JS.RenderBatch') ? { size: bytes.length, list: bytes.includes('grid-locality') } : null;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const describe = (batches) => batches.length === 0 ? '-' :
    `${batches.length} batches, ${sum(batches.map(b => b.size)).toLocaleString('en')} B (largest ${Math.max(...batches.map(b => b.size)).toLocaleString('en')} B)`;

// The scrolled box of the list: the one holding the rows.
const scrollList = (page, fraction) => page.evaluate((f) => {
    const row = document.querySelector('.grid-locality');
    let box = row?.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    if (!box) return false;
    box.scrollTop = f * (box.scrollHeight - box.clientHeight);
    return true;
}, fraction);

for (const url of urls) {
    const context = await browser.newContext({
        viewport: { width, height }, serviceWorkers: 'block',
        ...(mobile ? { userAgent: MOBILE_USER_AGENT, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 } : {}),
    });
    const page = await context.newPage();
    const frames = [], sent = [];
    const started = Date.now();
    page.on('websocket', (ws) => {
        ws.on('framereceived', (f) => { const b = batchOf(f.payload); if (b) frames.push({ ...b, at: Date.now() - started }); });
        ws.on('framesent', (f) => sent.push(f.payload.length));
    });
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    await page.locator("[data-interactive='true']").waitFor({ timeout: 300_000 });
    await page.locator("[data-testid=map][data-ready='true']").first().waitFor({ timeout: 300_000 });
    await page.locator('.grid-locality').first().waitFor({ timeout: 300_000 });
    await page.waitForTimeout(1500);   // a benchmark, not a test: let late batches arrive
    const first = frames.splice(0);
    const rowsShown = await page.locator('.grid-locality').count();

    for (let i = 1; i <= SCROLL_STEPS; i++) {
        if (!await scrollList(page, i / SCROLL_STEPS)) break;
        await page.waitForTimeout(400);
    }
    await page.waitForTimeout(1000);
    const scrolled = frames.splice(0);

    const toggle = page.locator('input[data-testid=measure-3]');
    let clicks = 0;
    if (await toggle.isVisible()) {
        sent.splice(0);
        for (; clicks < CLICKS; clicks++) { await toggle.click(); await page.waitForTimeout(400); }
    }
    const clicked = frames.splice(0);

    console.log(`${url} at ${width}x${height}, load ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    console.log(`  first render: ${describe(first)}; with list rows: ${describe(first.filter(b => b.list))}; rows in the DOM: ${rowsShown}`);
    console.log(`    sizes (B, * with list rows, @ ms after navigation): ${first.map(b => `${b.size}${b.list ? '*' : ''}@${b.at}`).join(' ')}`);
    console.log(`  scrolling the list to its end in ${SCROLL_STEPS} steps: ${describe(scrolled)}`);
    console.log(`    sizes: ${scrolled.map(b => b.size).join(' ')}`);
    console.log(clicks === 0 ? '  filter clicks: - (the filter drawer is closed)'
        : `  filter clicks: ${clicks}, per click ${(clicked.length / clicks).toFixed(1)} render batches, ${(sum(clicked.map(b => b.size)) / clicks).toFixed(0)} B received in them, ${(sent.length / clicks).toFixed(1)} frames sent`);
    await context.close();
}
await browser.close();
