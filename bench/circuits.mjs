// Measures what open dashboards cost the server, for bench/circuits (run that, not this): opens dashboards in their own
// browser contexts up to each N, then forces a full GC in the server (dotnet-gcdump collects after one) and reads its
// managed heap (the dump's total) and RSS (/proc/PID/status); closes them all and measures again.
//   node circuits.mjs --url URL --pid PID --dumps DIR [--steps 0,10,25,50,100] [--settle-ms 3000] [--retention-wait-s 75]
// Prints the table, the least-squares slope per circuit and, from the first and last dumps, the types that grew most
// per circuit.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
    return acc;
}, []));
const URL_ = args.url, PID = Number(args.pid), DUMPS = args.dumps;
if (!URL_ || !PID || !DUMPS) { console.error('usage: node circuits.mjs --url URL --pid PID --dumps DIR'); process.exit(2); }
const STEPS = (args.steps ?? '0,10,25,50,100').split(',').map(Number);
const SETTLE_MS = Number(args['settle-ms'] ?? 3000);
// Past the disconnected-circuit retention (1 minute, CircuitSettings.cs) and the server's periodic cleanup.
const RETENTION_WAIT_S = Number(args['retention-wait-s'] ?? 75);
const TARGET_HEAP_KB = 400, TARGET_RSS_KB = 1024, TARGET_RETURN = 0.10;
const OPEN_PARALLEL = Number(process.env.BENCH_OPEN_PARALLEL ?? 4);
const BROWSER = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${PID}/status`, 'utf8'))[1]);

// dotnet-gcdump triggers a full, compacting GC before walking the heap, so the dump is what survives a collection.
function gcdump(name) {
    const file = join(DUMPS, `${name}.gcdump`);
    execFileSync('dotnet', ['tool', 'run', 'dotnet-gcdump', 'collect', '-p', String(PID), '-o', file], { stdio: 'ignore', timeout: 300_000 });
    return { file, ...report(file) };
}

// `dotnet-gcdump report` prints the heap's total ("N  GC Heap bytes"), then one line per type and size class:
// "bytes-per-object  count  type" (the first column is the size of one object, not the type's total).
function report(file) {
    const out = execFileSync('dotnet', ['tool', 'run', 'dotnet-gcdump', 'report', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const types = new Map();
    let total = 0;
    const num = t => Number(t.replaceAll(',', ''));
    for (const line of out.split('\n')) {
        const heap = /^\s*([\d,]+)\s+GC Heap bytes/.exec(line);
        if (heap) { total = num(heap[1]); continue; }
        const m = /^\s*([\d,]+)\s+([\d,]+)\s+(.+?)(?:\s+\(Bytes > [\d.]+K\))?\s+\[[^\]]*\]\s*$/.exec(line);
        if (m) types.set(m[3], (types.get(m[3]) ?? 0) + num(m[1]) * num(m[2]));
    }
    return { total, types };
}


function slope(points) {
    const n = points.length, mx = points.reduce((a, p) => a + p.x, 0) / n, my = points.reduce((a, p) => a + p.y, 0) / n;
    const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
    return sxx === 0 ? 0 : points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx;
}

const browser = await chromium.launch({
    executablePath: BROWSER, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const contexts = [];
async function openDashboard() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(URL_, { waitUntil: 'load', timeout: 600_000 });
    await page.locator("[data-interactive='true']").waitFor({ timeout: 600_000 });
    await page.locator("[data-testid=map][data-ready='true']").first().waitFor({ timeout: 600_000 });
    contexts.push(context);
}

// One dashboard opened and closed first: the shared data (the read model's snapshot, the GeoJSON) is built by the first
// visit and kept for every later one, so it belongs in the baseline, not in the first step's circuits.
await openDashboard();
for (const p of contexts[0].pages()) await p.close({ runBeforeUnload: true });
await contexts.pop().close();

const rows = [];
let first, last;
for (const n of STEPS) {
    // A few at a time: the machine is shared and slow, and a dashboard mostly waits for it.
    while (contexts.length < n) await Promise.all(Array.from({ length: Math.min(OPEN_PARALLEL, n - contexts.length) }, openDashboard));
    await new Promise(r => setTimeout(r, SETTLE_MS)); // let the last circuits finish their first renders
    const dump = gcdump(`open-${n}`);
    rows.push({ label: String(n), n, heap: dump.total, rss: rssKb() * 1024 });
    first ??= dump; last = dump;
    console.error(`circuits: ${n} open, heap ${(rows.at(-1).heap / 1e6).toFixed(1)} MB`);
}
const openMax = contexts.length;
// A tab closed the ordinary way (unload handlers run) tells the server its circuit is gone; one whose connection just
// dropped is kept as a disconnected circuit for the retention period (CircuitSettings), so measure both moments.
for (const c of contexts.splice(0)) {
    for (const p of c.pages()) await p.close({ runBeforeUnload: true });
    await c.close();
}
await browser.close();
await new Promise(r => setTimeout(r, SETTLE_MS * 2));
const after = gcdump('closed');
rows.push({ label: `closed (after ${openMax}), ${SETTLE_MS * 2 / 1000} s`, n: null, heap: after.total, rss: rssKb() * 1024 });
if (RETENTION_WAIT_S > 0) {
    await new Promise(r => setTimeout(r, RETENTION_WAIT_S * 1000));
    const later = gcdump('closed-later');
    rows.push({ label: `closed (after ${openMax}), ${RETENTION_WAIT_S} s later`, n: null, heap: later.total, rss: rssKb() * 1024 });
}

const mb = b => (b / 1048576).toFixed(1);
console.log('| open dashboards | managed heap after GC (MB) | RSS (MB) |');
console.log('| ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${mb(r.heap)} | ${mb(r.rss)} |`);
const open = rows.filter(r => r.n !== null);
const heapKb = slope(open.map(r => ({ x: r.n, y: r.heap }))) / 1024;
const rssKbPer = slope(open.map(r => ({ x: r.n, y: r.rss }))) / 1024;
const base = rows[0], closed = rows.at(-1);
console.log();
console.log(`per circuit (least-squares slope over ${open.length} steps): managed heap ${heapKb.toFixed(0)} KB (target ≤ ${TARGET_HEAP_KB}), RSS ${rssKbPer.toFixed(0)} KB (target ≤ ${TARGET_RSS_KB})`);
const heapBack = (closed.heap - base.heap) / base.heap, rssBack = (closed.rss - base.rss) / base.rss;
console.log(`after closing: heap ${(heapBack * 100).toFixed(0)} % and RSS ${(rssBack * 100).toFixed(0)} % above the baseline (target ≤ ${TARGET_RETURN * 100} %)`);
console.log(`verdict: ${heapKb <= TARGET_HEAP_KB && rssKbPer <= TARGET_RSS_KB && heapBack <= TARGET_RETURN && rssBack <= TARGET_RETURN ? 'MET' : 'MISSED'}`);

const n = Math.max(1, open.at(-1).n - open[0].n);
const growth = [...last.types].map(([type, size]) => [type, (size - (first.types.get(type) ?? 0)) / n])
    .sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log();
console.log(`types that grew most per circuit (dump at ${open[0].n} vs ${open.at(-1).n} open):`);
console.log('| bytes per circuit | type |');
console.log('| ---: | --- |');
for (const [type, per] of growth) console.log(`| ${per.toFixed(0)} | ${type.replaceAll('|', '\\|')} |`);
