// Measures page loads for bench/dashboard-load (run that, not this): for each page, N cold loads (a new browser
// context each, so an empty HTTP cache), the time to first drawn feature and the bytes of every response.
//   node dashboard-load.mjs --floor URL --dashboard URL [--floor-pid PID --dashboard-pid PID] [--runs N] [--warmup N]
//                           [--json FILE]
// (the pids are the servers' processes, for the CPU time a load costs them and to wait until they are idle)
// Output: the table, the verdicts and the biggest responses of one dashboard load, on stdout.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { cores, launchedBrowserPid, startCpuReading, treeCpuMs } from './cpu-time.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
    return acc;
}, []));
const RUNS = Math.max(1, Math.min(50, Number(args.runs ?? 5) | 0));
// Discarded loads of each page before measuring. A freshly started server compiles its code as the first visits use
// it: on this machine each of the dashboard's first loads left the server 1-1.5 s of CPU work (the circuit's first
// renders, then the JIT's optimised recompilations), spilling into the loads after it; by the tenth, 0.1-0.3 s.
const WARMUP = { floor: 2, dashboard: Math.max(1, Number(args.warmup ?? 40) | 0) };
// Before each load: wait until the browser and both servers have been idle (under QUIET_CPU_MS of CPU time in
// QUIET_WINDOW_MS), so that a load never shares the cores with the end of the one before it (the circuit's work
// after the dashboard's first feature). Bounded: a machine that never gets quiet is reported, not waited for forever.
const QUIET_WINDOW_MS = 300;
const QUIET_CPU_MS = 30;
const QUIET_MAX_MS = 10_000;
const TIMEOUT_MS = 60_000;        // one load must draw within this, else the run fails
const SETTLE_MS = 1_500;          // after the first feature: no new resource for this long = the load is over
const SETTLE_MAX_MS = 15_000;     // ...but never wait longer than this
const TARGET_KB = 1024;
const TARGET_RATIO = 1.5;
const BROWSER = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

const PAGES = [
    { name: 'floor', url: args.floor, serverPid: Number(args['floor-pid']) || null, marker: 'window.__firstFeatureAt' },
    { name: 'dashboard', url: args.dashboard, serverPid: Number(args['dashboard-pid']) || null, marker: 'window.__benchPlotted?.frame' },
];
for (const p of PAGES) if (!p.url) { console.error(`missing --${p.name} URL`); process.exit(2); }

// Installed before any page script: notes when the dashboard's map container gets data-plotted-localities, and the
// end of the animation frame after it (the floor page notes the same moment itself: layers added + one frame).
const INIT_SCRIPT = `(() => {
    const seen = (el) => {
        if (window.__benchPlotted) return;
        window.__benchPlotted = { attr: performance.now(), count: Number(el.dataset.plottedLocalities) };
        requestAnimationFrame(() => { window.__benchPlotted.frame = performance.now(); });
    };
    const observer = new MutationObserver((records) => {
        for (const r of records) if (r.target.dataset && r.target.dataset.plottedLocalities !== undefined) {
            seen(r.target); observer.disconnect(); return;
        }
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-plotted-localities'] });
    // Blazor's circuit: a WebSocket, whose frames are not in Resource Timing. Counted here, in the page, rather than
    // through a CDP session with Network enabled, which would make the browser report every request of the load to
    // the bench while it is measured: payloads as the page sees them (after permessage-deflate is undone, so an upper
    // bound of what crossed the wire), with the time each message arrived (page clock).
    const ws = window.__benchWs = { opened: null, extensions: null, messages: [], sent: 0, framesSent: 0 };
    const bytes = (data) => typeof data === 'string' ? new TextEncoder().encode(data).length : (data.byteLength ?? data.size ?? 0);
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
        constructor(...a) {
            super(...a);
            this.addEventListener('open', () => { ws.opened ??= performance.now(); ws.extensions ??= this.extensions || 'none'; });
            this.addEventListener('message', (e) => { ws.messages.push([performance.now(), bytes(e.data)]); });
        }
        send(data) {
            ws.sent += bytes(data); ws.framesSent++;
            super.send(data);
        }
    };
})();`;

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
    const s = [...xs].sort((a, b) => a - b);
    if (s.length === 0) return NaN;
    const pos = (s.length - 1) * q, lo = Math.floor(pos), hi = Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const kb = (bytes) => (bytes / 1024).toFixed(1);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Milliseconds waited until the machine's part in the loads was quiet, or -1 when it never was within QUIET_MAX_MS.
async function waitUntilQuiet() {
    const started = Date.now();
    const cpuNow = () => treeCpuMs(browserPid) + PAGES.reduce((sum, p) => sum + (p.serverPid ? treeCpuMs(p.serverPid) : 0), 0);
    while (Date.now() - started < QUIET_MAX_MS) {
        const before = cpuNow();
        await sleep(QUIET_WINDOW_MS);
        if (cpuNow() - before <= QUIET_CPU_MS) return Date.now() - started;
    }
    return -1;
}

async function oneLoad(browser, page) {
    const quietAfterMs = await waitUntilQuiet();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
        await context.addInitScript(INIT_SCRIPT);
        const tab = await context.newPage();
        // Content-Encoding and status per URL (Resource Timing has sizes but no headers).
        const headers = new Map();
        tab.on('response', (r) => {
            const h = r.headers();
            headers.set(r.url(), { status: r.status(), encoding: h['content-encoding'] ?? '-', type: (h['content-type'] ?? '').split(';')[0] });
        });
        const cpu = startCpuReading(browserPid, page.serverPid);
        await tab.goto(page.url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
        // Polled every frame, so the CPU reading ends soon after the feature (the page's work right after it is included).
        const handle = await tab.waitForFunction(`(${page.marker}) ?? (window.__floorError ? -1 : undefined)`, null, { timeout: TIMEOUT_MS, polling: 'raf' });
        const cpuMs = cpu.end();
        const firstFeature = await handle.jsonValue();
        if (firstFeature < 0) throw new Error(`${page.name}: ${await tab.evaluate('window.__floorError')}`);
        const extra = page.name === 'dashboard' ? await tab.evaluate('window.__benchPlotted') : null;

        // Let the load finish (late fetches, icons), bounded.
        let count = -1, stableSince = Date.now();
        const started = Date.now();
        while (Date.now() - started < SETTLE_MAX_MS) {
            const n = await tab.evaluate('performance.getEntriesByType("resource").length');
            if (n !== count) { count = n; stableSince = Date.now(); }
            else if (Date.now() - stableSince >= SETTLE_MS) break;
            await tab.waitForTimeout(250);
        }
        const entries = await tab.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
            .map((e) => ({ url: e.name, type: e.initiatorType ?? 'navigation', transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize,
                start: e.startTime, responseStart: e.responseStart, end: e.responseEnd })));
        const timeline = await tab.evaluate(() => {
            const nav = performance.getEntriesByType('navigation')[0];
            return { domContentLoaded: nav?.domContentLoadedEventEnd, load: nav?.loadEventEnd, ws: window.__benchWs ?? null };
        });
        const pageWs = timeline.ws ?? { messages: [], sent: 0 };
        const ws = {
            received: pageWs.messages.reduce((sum, [, n]) => sum + n, 0),
            receivedBeforeFeature: pageWs.messages.filter(([at]) => at <= firstFeature).reduce((sum, [, n]) => sum + n, 0),
            sent: pageWs.sent, extensions: pageWs.extensions,
        };
        const responses = entries.map((e) => ({ ...e, ...(headers.get(e.url) ?? { status: '?', encoding: '?', type: '?' }) }));
        const sum = (k) => responses.reduce((s, r) => s + (r[k] || 0), 0);
        return {
            firstFeature, cpuMs, quietAfterMs, plotted: extra, responses, ws, timeline,
            transfer: sum('transfer'), encoded: sum('encoded'), decoded: sum('decoded'),
        };
    } finally {
        await context.close();
    }
}

const browser = await chromium.launch({
    executablePath: BROWSER,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
});
const browserPid = launchedBrowserPid();
const results = Object.fromEntries(PAGES.map((p) => [p.name, []]));
try {
    // Discarded loads first (the server's JIT, connection pools, the OS file cache), then the pages alternate so that
    // drift on a busy machine hits both alike.
    for (const p of PAGES) for (let i = 0; i < WARMUP[p.name]; i++) await oneLoad(browser, p);
    for (let i = 0; i < RUNS; i++) for (const p of PAGES) results[p.name].push(await oneLoad(browser, p));
} finally {
    await browser.close();
}

const out = [];
const row = (cols) => out.push(cols.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart']([10, 5, 31, 23, 12, 26][i])).join(' | '));
row(['page', 'runs', 'first feature median/p90 (ms)', 'transferred compressed', 'raw', 'circuit WS recv/sent (KB)']);
out.push('-'.repeat(10 + 5 + 31 + 23 + 12 + 26 + 15));
const stats = {};
for (const p of PAGES) {
    const rs = results[p.name];
    const ff = rs.map((r) => r.firstFeature);
    const s = stats[p.name] = {
        firstMedian: median(ff), firstP90: quantile(ff, 0.9),
        encoded: median(rs.map((r) => r.encoded)), decoded: median(rs.map((r) => r.decoded)), transfer: median(rs.map((r) => r.transfer)),
        wsReceived: median(rs.map((r) => r.ws.received)), wsSent: median(rs.map((r) => r.ws.sent)),
        wsBeforeFeature: median(rs.map((r) => r.ws.receivedBeforeFeature)),
    };
    row([p.name, rs.length, `${s.firstMedian.toFixed(0)} / ${s.firstP90.toFixed(0)}`, `${kb(s.encoded)} KB`, `${kb(s.decoded)} KB`,
        p.name === 'dashboard' ? `${kb(s.wsReceived)} / ${kb(s.wsSent)}` : '-']);
}
out.push('');
out.push('first feature = performance.now() (ms since navigation start) at the end of the first animation frame after the');
out.push('  map is drawn: floor = layers added; dashboard = map container gets data-plotted-localities.');
const d = results.dashboard;
const attr = d.map((r) => r.plotted?.attr).filter((x) => x !== undefined);
if (attr.length) out.push(`  dashboard attribute itself (before that frame): median ${median(attr).toFixed(0)} ms; localities plotted: ${d[0].plotted?.count}`);
out.push('bytes = medians of sums over the navigation + every Resource Timing entry: compressed = encodedBodySize (body as');
out.push('  sent, after Content-Encoding), raw = decodedBodySize; headers excluded (transferSize incl. headers: ' +
    `floor ${kb(stats.floor.transfer)} KB, dashboard ${kb(stats.dashboard.transfer)} KB).`);
out.push('  Blazor\'s circuit WebSocket is NOT in Resource Timing: counted in the page, per message (payload after');
out.push(`  permessage-deflate, an upper bound of the wire); ${kb(stats.dashboard.wsBeforeFeature)} KB of it received before the first feature.`);
out.push('');
const ds = stats.dashboard, fs = stats.floor;
const ratio = ds.firstMedian / fs.firstMedian;
out.push(`compressed bytes: ${kb(ds.encoded)} KB (target ≤ ${TARGET_KB} KB): ${ds.encoded <= TARGET_KB * 1024 ? 'PASS' : 'FAIL'}` +
    `  [with circuit WS payload: ${kb(ds.encoded + ds.wsReceived + ds.wsSent)} KB]`);
out.push(`first feature: ${ds.firstMedian.toFixed(0)} ms = ${ratio.toFixed(2)} × floor (${fs.firstMedian.toFixed(0)} ms) (target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}`);
out.push('');
out.push('CPU time of a load, from navigation until the bench saw the first feature (median; every Chromium process and');
out.push(`  the page's server, which share this machine's ${cores} cores; it includes the frames until the bench polled):`);
const cpuOf = (rs) => ({ browser: median(rs.map((r) => r.cpuMs.browser)), server: median(rs.map((r) => r.cpuMs.server)) });
for (const p of PAGES) {
    const c = cpuOf(results[p.name]);
    out.push(`  ${p.name.padEnd(10)} ${(c.browser + c.server).toFixed(0).padStart(5)} ms (Chromium ${c.browser.toFixed(0)}, server ${p.serverPid ? c.server.toFixed(0) : '?'})`);
}
{
    const [f, dc] = [cpuOf(results.floor), cpuOf(results.dashboard)];
    out.push(`  the dashboard costs ${((dc.browser + dc.server) / (f.browser + f.server)).toFixed(2)} × the floor's CPU time`);
}
{
    const all = PAGES.flatMap((p) => results[p.name]);
    const waits = all.map((r) => r.quietAfterMs).filter((w) => w >= 0);
    const never = all.length - waits.length;
    out.push(`warm-up: ${WARMUP.floor} floor and ${WARMUP.dashboard} dashboard loads discarded; each load started once the browser and the servers`);
    out.push(`  used under ${QUIET_CPU_MS} ms of CPU time in ${QUIET_WINDOW_MS} ms (waited median ${median(waits).toFixed(0)} ms, at most ${Math.max(...waits).toFixed(0)} ms)` +
        (never ? `; ${never} loads started without that after ${QUIET_MAX_MS / 1000} s` : ''));
}
out.push('');

// The biggest responses and the timeline of the dashboard load whose first feature was the median one.
const byEncoded = [...d].sort((a, b) => a.firstFeature - b.firstFeature)[Math.floor((d.length - 1) / 2)];
out.push('10 biggest dashboard responses (one load; compressed / raw KB, Content-Encoding, type, URL):');
for (const r of [...byEncoded.responses].sort((a, b) => b.encoded - a.encoded).slice(0, 10)) {
    const path = r.url.replace(/^https?:\/\/[^/]+/, '');
    out.push(`  ${kb(r.encoded).padStart(8)} / ${kb(r.decoded).padStart(8)}  ${String(r.encoding).padEnd(7)} ${String(r.type).padEnd(24)} ${path}`);
}
// Where the dashboard's time goes: milestones of that load on the page clock.
{
    const r = byEncoded, t = r.timeline, ms = (x) => (x === undefined || x === null ? '?' : `${x.toFixed(0)} ms`);
    const find = (re) => r.responses.filter((e) => re.test(e.url));
    const nav = r.responses[0];
    const msgs = t.ws?.messages ?? [];
    const before = msgs.filter(([at]) => at <= r.firstFeature);
    out.push('');
    out.push('dashboard timeline (same load; ms since navigation start):');
    out.push(`  HTML                 ${ms(nav.responseStart)} first byte, ${ms(nav.end)} last byte`);
    out.push(`  DOMContentLoaded     ${ms(t.domContentLoaded)}; load ${ms(t.load)}`);
    out.push(`  circuit WebSocket    opened ${ms(t.ws?.opened)} (extensions: ${r.ws.extensions ?? '?'}); ${before.length} messages (${kb(before.reduce((s, [, n]) => s + n, 0))} KB) before the first feature, the last at ${ms(before.at(-1)?.[0])}`);
    for (const [label, re] of [['province GeoJSON', /boundaries\/province/], ['lines GeoJSON', /api\/geo\/lines/], ['localities GeoJSON', /localities\.geojson/]])
        for (const e of find(re)) out.push(`  ${label.padEnd(20)} requested ${ms(e.start)}, done ${ms(e.end)} (${kb(e.transfer)} KB transferred)`);
    out.push(`  first feature        ${ms(r.firstFeature)}`);
    const f = [...results.floor].sort((a, b) => a.firstFeature - b.firstFeature)[Math.floor((results.floor.length - 1) / 2)];
    out.push(`floor timeline: HTML done ${ms(f.responses[0].end)}, DOMContentLoaded ${ms(f.timeline.domContentLoaded)}, first feature ${ms(f.firstFeature)}`);
}
const uncompressed = byEncoded.responses.filter((r) => r.encoding === '-' && r.decoded > 1024 && r.encoded >= r.decoded);
if (uncompressed.length) {
    out.push(`responses over 1 KB sent without Content-Encoding: ${uncompressed.length}, ${kb(uncompressed.reduce((s, r) => s + r.encoded, 0))} KB:`);
    for (const r of uncompressed) out.push(`  ${kb(r.encoded).padStart(8)} KB  ${r.url.replace(/^https?:\/\/[^/]+/, '')}`);
}
console.log(out.join('\n'));
if (args.json) writeFileSync(args.json, JSON.stringify({ runs: RUNS, stats, results }, null, 2));
