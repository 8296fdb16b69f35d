// Which tasks make Lighthouse's simulated Total Blocking Time: runs Lighthouse's mobile profile once on a URL, takes the
// trace it recorded (unthrottled) and replays Lantern's rule for a task's simulated length: ×4 (the CPU slowdown), but ×2
// for a task that did layout (Lantern's layoutTaskMultiplier 0.5). Each task simulated longer than 50 ms blocks for the
// rest. Lists those tasks after the first contentful paint with what ran inside them, so the work worth splitting is named.
// Lantern also reorders tasks and clips the window at its own FCP and TTI, so the sum here is near Lighthouse's TBT, not it.
//   node bench/lighthouse-tasks.mjs URL [--top N]
// BENCH_BLOCK: URL patterns the page may not load (as in bench/lighthouse), for a what-if.
// BENCH_TRACE=FILE also records the sampling profiler (which slows the page a little) and writes the trace there, for
// `node bench/trace-top.mjs FILE` to name the functions inside each task.
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';

const url = process.argv[2];
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 30;
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork', 'TaskQueueManager::ProcessTaskFromWorkQueue']);

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: flags });
let result;
try {
    result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
        blockedUrlPatterns: (process.env.BENCH_BLOCK ?? '').split(',').map((p) => p.trim()).filter((p) => p),
        additionalTraceCategories: process.env.BENCH_TRACE ? 'disabled-by-default-v8.cpu_profiler' : undefined });
} finally {
    await chrome.kill();
}
const { lhr, artifacts } = result;
const events = artifacts.Trace.traceEvents;
if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, JSON.stringify({ traceEvents: events }));
const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts
    ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? navStart;

// The page's main thread: the CrRendererMain thread with the most events naming the page's origin.
const origin = new URL(url).origin;
const threads = new Map();
for (const e of events) {
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.set(`${e.pid}:${e.tid}`, 0);
}
for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (threads.has(key) && JSON.stringify(e.args ?? {}).includes(origin)) threads.set(key, threads.get(key) + 1);
}
const main = [...threads.entries()].sort((a, b) => b[1] - a[1])[0][0];
const mainEvents = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);

const file = (u) => (u ? u.split('/').pop().split('?')[0].replace(/\.[a-z0-9]{10}\./, '.') || '(page)' : '?');
function describe(children) {
    const parts = new Map();
    const add = (k, d) => parts.set(k, (parts.get(k) ?? 0) + d / 1000);
    for (const c of children) {
        const d = c.args?.data ?? {};
        if (c.name === 'EvaluateScript' || c.name === 'v8.evaluateModule') add(`eval ${file(d.url ?? c.args?.data?.url)}`, c.dur);
        else if (c.name === 'FunctionCall') add(`call ${file(d.url)}${d.functionName ? ` ${d.functionName}` : ''}`, c.dur);
        else if (c.name === 'Layout') add('layout', c.dur);
        else if (c.name === 'UpdateLayoutTree') add('style', c.dur);
        else if (c.name === 'ParseHTML') add('parse HTML', c.dur);
        else if (c.name === 'ParseAuthorStyleSheet') add(`parse CSS ${file(d.styleSheetUrl)}`, c.dur);
        else if (c.name === 'Paint' || c.name === 'PrePaint') add('paint', c.dur);
        else if (c.name === 'RunMicrotasks') add('microtasks', c.dur);
        else if (c.name === 'TimerFire') add('timer', c.dur);
        else if (c.name === 'FireAnimationFrame') add('rAF', c.dur);
        else if (c.name === 'MajorGC' || c.name === 'MinorGC') add('GC', c.dur);
    }
    return [...parts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
}

const tasks = [];
for (let i = 0; i < mainEvents.length; i++) {
    const e = mainEvents[i];
    if (!TASK_NAMES.has(e.name) || !e.dur) continue;
    const end = e.ts + e.dur;
    const children = [];
    let j = i + 1;
    for (; j < mainEvents.length && mainEvents[j].ts < end; j++) children.push(mainEvents[j]);
    i = j - 1;
    const layout = children.some((c) => c.name === 'Layout');
    const simulated = (e.dur / 1000) * (layout ? 2 : 4);
    tasks.push({ at: (e.ts - navStart) / 1000, real: e.dur / 1000, simulated, blocking: Math.max(0, simulated - 50),
        afterFcp: e.ts >= fcp, what: describe(children) });
}
const counted = tasks.filter((t) => t.afterFcp && t.blocking > 0);
const sum = counted.reduce((s, t) => s + t.blocking, 0);
console.log(`${url}: Lighthouse TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms, performance `
    + `${lhr.categories.performance.score}; replayed from its trace: ${counted.length} tasks after FCP block ${Math.round(sum)} ms `
    + `(FCP observed at ${Math.round((fcp - navStart) / 1000)} ms)`);
console.log('| at (ms) | real (ms) | simulated (ms) | blocking (ms) | inside (ms, real) |');
console.log('| ---: | ---: | ---: | ---: | --- |');
for (const t of [...counted].sort((a, b) => b.blocking - a.blocking).slice(0, top)) {
    console.log(`| ${Math.round(t.at)} | ${t.real.toFixed(1)} | ${Math.round(t.simulated)} | ${Math.round(t.blocking)} | ${t.what} |`);
}
