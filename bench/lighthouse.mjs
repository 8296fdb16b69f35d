// Runs Lighthouse's mobile profile BENCH_RUNS times per URL, the URLs taking turns (each run with a fresh headless
// Chromium, so a cold cache), and prints performance, accessibility, Total Blocking Time, Largest Contentful Paint and
// bytes transferred, with the median, and where the main thread went: its total, the long tasks (count and the three
// longest, by URL) and Lighthouse's breakdown by kind of work. Beside each run: Lighthouse's CPU benchmark
// (benchmarkIndex) and the load average, since the simulation scales what a busy machine measured.
// Targets (issue 20): performance >= 0.90 with TBT <= 300 ms, accessibility 1.00.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const keep = process.env.BENCH_JSON;
// BENCH_BLOCK: URL patterns (comma-separated, `*` wildcards) the page may not load: a what-if without a build, e.g. how
// much of the blocking time is Blazor's (`*blazor.web*`) or the map's (`*leaflet-with*`). A blocked run is no result.
const blocked = (process.env.BENCH_BLOCK ?? '').split(',').map((p) => p.trim()).filter((p) => p);
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];

const load = () => loadavg()[0].toFixed(1);

async function once(url) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: flags });
    try {
        const loadBefore = load();
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'], blockedUrlPatterns: blocked });
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        const items = (id) => lhr.audits[id]?.details?.items ?? [];
        const longTasks = items('long-tasks');
        return {
            performance: lhr.categories.performance.score,
            accessibility: lhr.categories.accessibility.score,
            tbt: audit('total-blocking-time'),
            lcp: audit('largest-contentful-paint'),
            bytes: audit('total-byte-weight'),
            mainThread: audit('mainthread-work-breakdown'),
            longTasks: longTasks.length,
            longest: [...longTasks].sort((a, b) => b.duration - a.duration).slice(0, 3)
                .map((t) => `${Math.round(t.duration)} ${shortUrl(t.url)}`),
            // What each of the other metrics scored: the performance score weighs TBT 30 %, LCP and CLS 25 % each, FCP and SI 10 %.
            metrics: [['FCP', 'first-contentful-paint', 's'], ['SI', 'speed-index', 's'], ['LCP', 'largest-contentful-paint', 's'],
                ['TBT', 'total-blocking-time', 'ms'], ['CLS', 'cumulative-layout-shift', '']].map(([name, id, unit]) => {
                const a = lhr.audits[id];
                const value = unit === 's' ? (a.numericValue / 1000).toFixed(1) : unit === 'ms' ? Math.round(a.numericValue) : a.numericValue.toFixed(3);
                return `${name} ${value}${unit} (${a.score?.toFixed(2)})`;
            }),
            breakdown: items('mainthread-work-breakdown').map((i) => `${i.group} ${Math.round(i.duration)}`),
            benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
            load: `${loadBefore}→${load()}`,
            failedA11y: Object.values(lhr.audits).filter((a) => lhr.categories.accessibility.auditRefs
                .some((r) => r.id === a.id && r.weight > 0) && a.score === 0).map((a) => a.id),
            json: result.report,
        };
    } finally {
        await chrome.kill();
    }
}

// The file name without its fingerprint, or what Lighthouse calls work no script is blamed for ("Unattributable").
function shortUrl(url) {
    try {
        return new URL(url).pathname.split('/').pop().replace(/\.[a-z0-9]{10}\./, '.') || '(page)';
    } catch {
        return url;
    }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const row = (label, r) => `| ${label.padEnd(28)} | ${r.performance.toFixed(2).padStart(11)} | ${r.accessibility.toFixed(2).padStart(13)} |`
    + ` ${Math.round(r.tbt).toString().padStart(8)} | ${(r.lcp / 1000).toFixed(1).padStart(7)} | ${Math.round(r.bytes / 1024).toString().padStart(13)} |`
    + ` ${Math.round(r.mainThread).toString().padStart(16)} | ${String(r.longTasks).padStart(10)} | ${String(Math.round(r.benchmarkIndex)).padStart(14)} | ${(r.load ?? '').padEnd(12)} |`;

console.log(`Lighthouse 12.2.3, mobile profile (simulated slow 4G, 4x CPU), ${runs} runs per URL, ${new Date().toISOString().slice(0, 16)}Z,`
    + ` load average (1/5/15 min) ${loadavg().map((l) => l.toFixed(1)).join(' ')}${blocked.length ? `; blocked (a what-if): ${blocked.join(', ')}` : ''}`);
console.log('');
console.log('| URL (run)                    | performance | accessibility | TBT (ms) | LCP (s) | transfer (KB) | main thread (ms) | long tasks | benchmarkIndex | load (1 min) |');
console.log('| ---------------------------- | ----------: | ------------: | -------: | ------: | ------------: | ---------------: | ---------: | -------------: | ------------ |');
let broke = false;
const notes = [];
const urls = process.argv.slice(2);
const results = new Map(urls.map((url) => [url, []]));
// The port too: an A/B run compares two builds of the same page on two ports.
const page = (url) => { const u = new URL(url); return `${u.port ? `:${u.port}` : ''}${u.pathname}${u.search}`; };
const label = (url, i) => `${page(url)} (${i})`;
// The URLs take turns, one run each per round, and the first of a round alternates: this shared machine's speed drifts
// by 2x within minutes (benchmarkIndex), so one URL's runs in a row compared with another's measured another machine.
for (let i = 1; i <= runs; i++) {
    for (const url of i % 2 === 1 ? urls : [...urls].reverse()) {
        try {
            const r = await once(url);
            results.get(url)[i - 1] = r;
            if (keep) { mkdirSync(keep, { recursive: true }); writeFileSync(join(keep, `${encodeURIComponent(url)}-${i}.json`), r.json); }
            console.log(row(label(url, i), r));
            notes.push(`${label(url, i)}: metrics (score) ${r.metrics.join(', ')}; longest tasks (ms, simulated) ${r.longest.join(', ') || 'none'}; main thread by kind (ms) ${r.breakdown.join(', ')}`);
        } catch (e) {
            broke = true;
            console.error(`bench: run ${i} of ${url} broke: ${e.message}`);
        }
    }
}
for (const url of urls) {
    const done = results.get(url).filter((r) => r);
    if (done.length === 0) continue;
    const m = Object.fromEntries(['performance', 'accessibility', 'tbt', 'lcp', 'bytes', 'mainThread', 'longTasks', 'benchmarkIndex']
        .map((k) => [k, median(done.map((r) => r[k]))]));
    console.log(row(`${page(url)} median`, m));
    const failed = [...new Set(done.flatMap((r) => r.failedA11y))];
    if (failed.length) console.log(`|   accessibility audits failed: ${failed.join(', ')} |`);
    const verdict = m.performance >= 0.9 && m.tbt <= 300 && m.accessibility >= 1 ? 'meets' : 'misses';
    console.error(blocked.length ? `bench: ${url} with ${blocked.join(', ')} blocked: a what-if, not measured against the targets`
        : `bench: ${url} ${verdict} the targets (performance >= 0.90, TBT <= 300 ms, accessibility 1.00)`);
}
// Two URLs: each round's ratio of their TBTs, measured minutes apart at most, and the median of those ratios.
if (urls.length === 2) {
    const [a, b] = urls.map((url) => results.get(url));
    const ratios = a.map((r, i) => (r && b[i] ? b[i].tbt / Math.max(r.tbt, 1) : null)).filter((x) => x !== null);
    if (ratios.length) {
        console.log('');
        console.log(`TBT of the second URL over the first, round by round: ${ratios.map((x) => x.toFixed(2)).join(', ')};`
            + ` median ${median(ratios).toFixed(2)}`);
    }
}
console.log('');
for (const n of notes) console.log(`- ${n}`);
process.exit(broke ? 1 : 0);
