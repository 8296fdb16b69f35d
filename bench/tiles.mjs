// Measures the vector tiles for bench/tiles (run that, not this): a warm counties tile at zoom 5 (target <= 50 ms) and
// the dashboard opened at zoom 8 until every county tile in view is drawn (target <= 2 s).
//   node tiles.mjs --url http://127.0.0.1:5080 [--runs N] [--page-runs N] [--only tiles|page] [--trace FILE]
// --trace: one more page load (not counted) recorded as a Chromium trace with the JS sampling profiler; read it with
// `node trace-top.mjs FILE`.
import http from 'node:http';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
    return acc;
}, []));
const BASE = (args.url ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const RUNS = Math.max(1, Math.min(200, Number(args.runs ?? 30) | 0));
const PAGE_RUNS = Math.max(1, Math.min(20, Number(args['page-runs'] ?? 5) | 0));
const BROWSER = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const ONLY = args.only ?? '';
const TRACE = args.trace ?? '';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing',
    'loading', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-devtools.timeline.frame'];

// z5 row 13 column 26 holds all of Zhejiang (and its neighbours); z8 tiles around Guangzhou; Huadu at zoom 8.
const TILES = [
    { name: 'counties z5 (Zhejiang)', path: '/ogc/collections/counties/tiles/WebMercatorQuad/5/13/26', target: 50 },
    { name: 'prefectures z6 (Zhejiang)', path: '/ogc/collections/prefectures/tiles/WebMercatorQuad/6/26/53', target: 50 },
    { name: 'counties z8 (Guangzhou)', path: '/ogc/collections/counties/tiles/WebMercatorQuad/8/111/208', target: 50 },
];
const PAGE = { name: 'dashboard at zoom 8, counties drawn', path: '/?view=23.4,113.22,8', target: 2000 };

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

// One request on a kept-alive connection, timed to the last byte received, as the browser's network process sees it.
// The body stays as sent (gzipped): inflating it is the client's work, not the server's, and node's fetch() does it
// on its thread pool, one hop per chunk, which on a loaded machine added over 100 ms to a 62 KB tile.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function timeTile(path) {
    return new Promise((resolve, reject) => {
        const t0 = performance.now();
        http.get(BASE + path, { agent, headers: { 'accept-encoding': 'gzip, br' } }, (r) => {
            let bytes = 0;
            r.on('data', (chunk) => { bytes += chunk.length; });
            r.on('end', () => r.statusCode === 200
                ? resolve({ ms: performance.now() - t0, bytes, encoding: r.headers['content-encoding'] ?? 'identity' })
                : reject(new Error(`${path}: HTTP ${r.statusCode}`)));
            r.on('error', reject);
        }).on('error', reject);
    });
}

// In the page: from navigation start (the request) to the animation frame in which every county tile in view is drawn
// and named, as a person sees it. Playwright's own view of the same moment (goto → selector seen from Node) comes later
// by its polling and IPC, the more so while Blazor boots on the main thread: both are printed.
const SHOWN_IN_PAGE = `(() => {
    const shown = () => {
        const map = document.querySelector('[data-testid=map]');
        return map?.getAttribute('data-counties-drawn') === 'true' && map.hasAttribute('data-admin-labels');
    };
    const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__countiesShownAt = performance.now(); });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

async function timePage(browser, tracePath) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(SHOWN_IN_PAGE);
    const page = await context.newPage();
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    try {
        const t0 = Date.now();
        await page.goto(BASE + PAGE.path);
        await page.waitForSelector('[data-testid=map][data-counties-drawn=true][data-admin-labels]', { timeout: 60_000, state: 'attached' });
        const ms = Date.now() - t0;
        await page.waitForFunction(() => window.__countiesShownAt !== undefined, null, { timeout: 60_000 });
        const inPage = await page.evaluate(() => window.__countiesShownAt);
        const labels = Number(await page.getAttribute('[data-testid=map]', 'data-admin-labels'));
        return { ms, inPage, labels };
    } finally {
        if (tracePath) await browser.stopTracing();
        await context.close();
    }
}

const rows = [];
const loadBefore = loadavg();
for (const t of ONLY === 'page' ? [] : TILES) {
    const cold = await timeTile(t.path);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push((await timeTile(t.path)).ms);
    warm.sort((a, b) => a - b);
    rows.push({ what: t.name, first: cold.ms, p50: pct(warm, 0.5), p95: pct(warm, 0.95), max: warm.at(-1), size: `${cold.bytes} B ${cold.encoding}`, target: t.target });
}
agent.destroy();

// The page rows: PAGE_RUNS loads after one that warms the server, then (with --trace) one traced load.
async function measurePage() {
    const browser = await chromium.launch({ executablePath: BROWSER, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
        const loads = [];
        let labels = 0;
        for (let i = 0; i < PAGE_RUNS + 1; i++) {
            const r = await timePage(browser);
            if (i > 0) loads.push(r); // the first load warms the server's page rendering
            labels = r.labels;
        }
        if (TRACE) console.error(`traced one more load (${(await timePage(browser, TRACE)).ms} ms) into ${TRACE}`);
        const row = (what, ms) => {
            const sorted = [...ms].sort((a, b) => a - b);
            return { what, first: ms[0], p50: pct(sorted, 0.5), p95: pct(sorted, 0.95), max: sorted.at(-1), size: `${labels} names`, target: PAGE.target };
        };
        return [
            row(`${PAGE.name} (in the page: navigation start → the frame that shows them)`, loads.map((l) => l.inPage)),
            row(`${PAGE.name} (as Playwright saw it: goto → selector seen)`, loads.map((l) => l.ms)),
        ];
    } finally {
        await browser.close();
    }
}
if (ONLY !== 'tiles') rows.push(...await measurePage());
const loadAfter = loadavg();

const f = (ms) => ms.toFixed(ms < 10 ? 1 : 0);
const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
console.log(`bench/tiles against ${BASE}: ${RUNS} warm requests per tile, ${PAGE_RUNS} cold page loads (new browser context each); `
    + `load average (1, 5, 15 min) ${load(loadBefore)} before, ${load(loadAfter)} after`);
console.log('| what | first (ms) | p50 (ms) | p95 (ms) | max (ms) | size | target | verdict |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |');
for (const r of rows) {
    const verdict = r.p95 <= r.target ? 'met (p95)' : r.p50 <= r.target ? 'met (p50), p95 over' : 'missed';
    console.log(`| ${r.what} | ${f(r.first)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} | ${r.size} | ≤ ${r.target} ms | ${verdict} |`);
}
