// Where a page's main thread spent its time, from a Chromium trace (bench/tiles with BENCH_TRACE=FILE writes one):
//   node trace-top.mjs FILE [--top N]
// Prints the renderer main thread's busy time by kind (script, style, layout, paint, parse, GC...), how much of the
// layout and style work was forced by script (read right after a write), and the scripts' self time by function and by
// file from the sampling profiler. Times are from the trace's first event of that thread.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) { console.error('usage: node trace-top.mjs TRACE.json [--top N]'); process.exit(2); }
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 15;

const raw = JSON.parse(readFileSync(file, 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The page's renderer main thread: of the CrRendererMain threads (headless Chromium has its own WebUI renderers too),
// the one whose events name the most http(s) URLs.
const names = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const counts = new Map();
for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) === 'CrRendererMain' && e.args && /"https?:\/\//.test(JSON.stringify(e.args))) counts.set(key, (counts.get(key) ?? 0) + 1);
}
const [mainKey] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
if (!mainKey) { console.error('no renderer main thread in the trace'); process.exit(1); }
const [pid, tid] = mainKey.split(':').map(Number);
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const t0 = main[0].ts;

const KIND = {
    Layout: 'layout', UpdateLayoutTree: 'style (recalc)', ParseHTML: 'parse HTML', ParseAuthorStyleSheet: 'parse CSS',
    Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', 'MajorGC': 'GC', 'MinorGC': 'GC', 'V8.GC_SCAVENGER': 'GC',
    'BlinkGC.AtomicPhase': 'GC', EvaluateScript: 'script (evaluate)', 'v8.compile': 'script (compile)',
    'v8.compileModule': 'script (compile)', 'v8.evaluateModule': 'script (evaluate)', FunctionCall: 'script',
    TimerFire: 'script', FireAnimationFrame: 'script', EventDispatch: 'script', 'v8.callFunction': 'script',
    XHRReadyStateChange: 'script', 'Decode Image': 'image decode', 'ImageDecodeTask': 'image decode',
};

// Self time per kind: an event's time minus its children's (nesting by time on one thread).
const selfByKind = new Map();
const forced = { layout: 0, style: 0, layoutCount: 0 };
const stack = [];
let busy = 0;
for (const e of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (!parent) busy += e.dur;
    const kind = KIND[e.name];
    if (kind) {
        // charged to the innermost known kind: subtract from the enclosing known one
        const owner = [...stack].reverse().find((s) => KIND[s.name]);
        if (owner) selfByKind.set(KIND[owner.name], (selfByKind.get(KIND[owner.name]) ?? 0) - e.dur);
        selfByKind.set(kind, (selfByKind.get(kind) ?? 0) + e.dur);
        const inScript = stack.some((s) => KIND[s.name]?.startsWith('script'));
        if (inScript && e.name === 'Layout') { forced.layout += e.dur; forced.layoutCount++; }
        if (inScript && e.name === 'UpdateLayoutTree') forced.style += e.dur;
    }
    stack.push(e);
}
const end = Math.max(...main.map((e) => e.ts + e.dur));
const ms = (us) => (us / 1000).toFixed(0);
console.log(`main thread ${pid}:${tid}: ${ms(end - t0)} ms of trace, ${ms(busy)} ms busy in top-level tasks`);
console.log('| kind | self time (ms) |');
console.log('| --- | ---: |');
for (const [kind, us] of [...selfByKind.entries()].sort((a, b) => b[1] - a[1])) console.log(`| ${kind} | ${ms(us)} |`);
console.log(`forced by script: layout ${ms(forced.layout)} ms (${forced.layoutCount} times), style ${ms(forced.style)} ms`);

// The sampling profiler: ProfileChunk events carry the call tree's new nodes and the samples (node ids, time deltas).
// Sample times: the Profile event's startTime plus the running sum of the chunks' deltas (one profile per thread id).
const nodes = new Map();
const samples = [];
const clock = new Map();
for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') clock.set(e.id, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk' || e.tid !== tid && clock.size > 1 && !clock.has(e.id)) continue;
    const data = e.args?.data?.cpuProfile;
    for (const n of data?.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    let t = clock.get(e.id) ?? e.ts;
    (data?.samples ?? []).forEach((id, i) => { t += deltas[i] ?? 0; samples.push({ id, dt: deltas[i] ?? 0, t }); });
    clock.set(e.id, t);
}
if (samples.length === 0) { console.log('no sampling profile in the trace'); process.exit(0); }
const fileOf = (f) => f.url ? f.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '') : `(${f.functionName || 'native'})`;
const functionOf = (f) => `${f.functionName || '(anonymous)'} ${fileOf(f)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
const byFunction = new Map();
const byFile = new Map();
for (const { id, dt } of samples) {
    const f = nodes.get(id)?.callFrame;
    if (!f) continue;
    byFunction.set(functionOf(f), (byFunction.get(functionOf(f)) ?? 0) + dt);
    byFile.set(fileOf(f), (byFile.get(fileOf(f)) ?? 0) + dt);
}
// The JS functions sampled within [from, to) (self time), for the longest tasks below.
function sampledBetween(from, to) {
    const by = new Map();
    for (const { id, dt, t } of samples) {
        if (t < from || t >= to) continue;
        const f = nodes.get(id)?.callFrame;
        if (!f || !f.url) continue;
        by.set(functionOf(f), (by.get(functionOf(f)) ?? 0) + dt);
    }
    return [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, us]) => `${k} ${ms(us)}`);
}
const table = (title, map) => {
    console.log(`| ${title} | self (ms) |`);
    console.log('| --- | ---: |');
    for (const [k, us] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`| ${k} | ${ms(us)} |`);
};
table('script file', byFile);
table('function', byFunction);

// The longest top-level tasks, each with what inside it took longest (a script by function and URL, or a kind).
const tasks = [];
{
    const open = [];
    for (const e of main) {
        while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
        if (open.length === 0) tasks.push({ task: e, inner: [] });
        else tasks.at(-1).inner.push(e);
        open.push(e);
    }
}
const label = (e) => {
    const d = e.args?.data ?? {};
    const where = d.url ? `${d.functionName || ''} ${d.url.replace(/^https?:\/\/[^/]+/, '')}:${d.lineNumber ?? ''}` : (d.type ?? d.callbackName ?? '');
    return `${e.name}${where ? ` (${where.trim()})` : ''}`;
};
console.log(`| task start (ms) | duration (ms) | longest inside | scripts sampled inside (self) |`);
console.log('| ---: | ---: | --- | --- |');
for (const { task, inner } of tasks.sort((a, b) => b.task.dur - a.task.dur).slice(0, TOP)) {
    const top = inner.filter((e) => e.name !== task.name).sort((a, b) => b.dur - a.dur).slice(0, 3).map((e) => `${label(e)} ${ms(e.dur)}`);
    console.log(`| ${ms(task.ts - t0)} | ${ms(task.dur)} | ${top.join('; ')} | ${sampledBetween(task.ts, task.ts + task.dur).join('; ')} |`);
}
