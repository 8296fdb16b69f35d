// Where a cold load of a page spends the browser's main thread: loads it in a fresh headless Chromium with a phone's
// screen, user agent and CPU (Lighthouse's mobile profile: 412x823, 4x slowdown; no network throttling), records a Chromium trace
// until the map is drawn and the circuit is interactive plus BENCH_SETTLE_MS, and lists every task of the page's main
// thread longer than 50 ms (what Total Blocking Time counts, less 50 ms each) with what ran inside it: scripts by URL,
// style, layout, parsing, paint. Lighthouse simulates; this measures, so it shows what to split. Each run also gives the
// same sums from the main thread's CPU time, which a busy machine inflates much less than wall time.
//   bench/main-thread [URL]       default http://127.0.0.1:${MAPDASH_PORT:-5080}/
// Settings: BENCH_RUNS (3), BENCH_CPU (4), BENCH_SETTLE_MS (3000), BENCH_CHROMIUM (/usr/bin/chromium),
// BENCH_TRACE (a file prefix: each run's trace, with the sampling profiler, goes to PREFIX-N.json for trace-top.mjs).
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';

const url = process.argv[2] ?? `http://127.0.0.1:${process.env.MAPDASH_PORT ?? 5080}/`;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const cpu = Number(process.env.BENCH_CPU ?? 4);
const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 3000);
const LONG_MS = Number(process.env.BENCH_LONG_MS ?? 50);

// Lighthouse 12's mobile user agent (lighthouse/core/config/constants.js).
const MOBILE_USER_AGENT = 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) '
    + 'Chrome/119.0.0.0 Mobile Safari/537.36';

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading', 'toplevel',
    'blink.user_timing', 'disabled-by-default-v8.compile'];
const tracePrefix = process.env.BENCH_TRACE ?? '';
// The sampling profiler costs the page some time of its own: only when the trace is kept to be read.
if (tracePrefix) categories.push('disabled-by-default-v8.cpu_profiler');

// What a piece of work inside a task is called in the summary.
function label(e) {
    const d = e.args?.data ?? {};
    const file = (u) => (u ? u.split('/').pop().split('?')[0].replace(/\.[a-z0-9]{10}\./, '.') || '(page)' : '?');
    switch (e.name) {
        case 'EvaluateScript': return `evaluate ${file(d.url)}`;
        case 'v8.compileModule': return `compile ${file(e.args?.fileName)}`;
        case 'v8.compile': return `compile ${file(d.url ?? e.args?.fileName)}`;
        case 'FunctionCall': return `call ${file(d.url)}`;
        case 'v8.evaluateModule': return 'evaluate module';
        case 'ParseHTML': return 'parse HTML';
        case 'ParseAuthorStyleSheet': return `parse CSS ${file(d.styleSheetUrl)}`;
        case 'UpdateLayoutTree': return 'style';
        case 'Layout': return 'layout';
        case 'Paint': case 'PaintImage': case 'PrePaint': case 'Layerize': case 'UpdateLayer': return 'paint';
        case 'RunMicrotasks': return 'microtasks';
        case 'GCEvent': case 'MinorGC': case 'MajorGC': case 'V8.GC_SCAVENGER': return 'GC';
        case 'HitTest': return 'hit test';
        case 'FireAnimationFrame': return 'animation frame';
        case 'TimerFire': return 'timer';
        case 'EventDispatch': return `event ${d.type ?? ''}`;
        default: return null;
    }
}

// Self time of each labelled event inside a task (its duration less that of labelled events nested in it).
function attribute(task, events) {
    const inside = events.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && label(e))
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const totals = new Map();
    const stack = [];
    for (const e of inside) {
        while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
        const parent = stack.at(-1);
        if (parent) totals.set(label(parent), (totals.get(label(parent)) ?? 0) - e.dur);
        totals.set(label(e), (totals.get(label(e)) ?? 0) + e.dur);
        stack.push(e);
    }
    return [...totals].filter(([, us]) => us >= 2000).sort((a, b) => b[1] - a[1]).map(([l, us]) => `${l} ${Math.round(us / 1000)}`);
}

async function once(browser, run) {
    // Lighthouse's phone, user agent included: the server prerenders a phone's filter drawer closed (FilterDrawerStart).
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true,
        userAgent: MOBILE_USER_AGENT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await browser.startTracing(page, { categories });
    const started = Date.now();
    await page.goto(url);
    await page.locator('[data-interactive="true"]').first().waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=map][data-ready="true"]').first().waitFor({ timeout: 120_000 }).catch(() => { });
    const interactiveMs = Date.now() - started;
    await page.waitForTimeout(settleMs); // not a test: the tasks that follow interactivity belong to the load too
    const raw = await browser.stopTracing();
    if (tracePrefix) writeFileSync(`${tracePrefix}-${run}.json`, raw);
    const trace = JSON.parse(raw.toString('utf8'));
    await context.close();

    const events = trace.traceEvents ?? trace;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
        && events.some((n) => n.pid === e.pid && n.name === 'ParseHTML'));
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
    // Top-level tasks only: RunTask and ThreadControllerImpl::RunTask nest in one another.
    const tasks = [];
    for (const t of onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
        const last = tasks.at(-1);
        if (!last || t.ts >= last.ts + last.dur) tasks.push(t);
    }
    const navigation = onMain.find((e) => e.name === 'ParseHTML')?.ts ?? tasks[0]?.ts ?? 0;
    const long = tasks.filter((t) => t.dur / 1000 > LONG_MS);
    // The same from the thread's CPU time (tdur): Chromium's slowdown keeps the thread busy, so it counts in it, while
    // the time a busy machine gives the thread to others does not. Wall time (dur) measures the machine as much.
    const cpuMs = (t) => (t.tdur ?? t.dur) / 1000;
    const longByCpu = tasks.filter((t) => cpuMs(t) > LONG_MS);
    return {
        interactiveMs,
        mainMs: tasks.reduce((s, t) => s + t.dur, 0) / 1000,
        blockingMs: long.reduce((s, t) => s + t.dur / 1000 - LONG_MS, 0),
        cpuMainMs: tasks.reduce((s, t) => s + cpuMs(t), 0),
        cpuLong: longByCpu.length,
        cpuBlockingMs: longByCpu.reduce((s, t) => s + cpuMs(t) - LONG_MS, 0),
        long: long.map((t) => ({ at: (t.ts - navigation) / 1000, ms: t.dur / 1000, cpu: cpuMs(t), what: attribute(t, onMain) })),
    };
}

const browser = await chromium.launch({ executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
console.log(`main thread of ${url}, ${cpu}x CPU slowdown, 412x823, ${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (let i = 1; i <= runs; i++) {
    const r = await once(browser, i);
    console.log(`run ${i}: interactive and drawn after ${r.interactiveMs} ms; main thread ${Math.round(r.mainMs)} ms in tasks; `
        + `${r.long.length} tasks over ${LONG_MS} ms, blocking ${Math.round(r.blockingMs)} ms (load ${loadavg()[0].toFixed(1)}); `
        + `by CPU time: ${Math.round(r.cpuMainMs)} ms in tasks, ${r.cpuLong} over ${LONG_MS} ms, blocking ${Math.round(r.cpuBlockingMs)} ms`);
    for (const t of r.long) console.log(`  at ${Math.round(t.at)} ms, ${Math.round(t.ms)} ms (CPU ${Math.round(t.cpu)}): ${t.what.join(', ')}`);
}
await browser.close();
