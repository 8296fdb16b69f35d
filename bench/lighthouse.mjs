// Runs Lighthouse's mobile profile BENCH_RUNS times per URL (each with a fresh headless Chromium, so a cold cache) and
// prints performance, accessibility, Total Blocking Time, Largest Contentful Paint and bytes transferred, with the median.
// Targets (issue 20): performance >= 0.90 with TBT <= 300 ms, accessibility 1.00.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const keep = process.env.BENCH_JSON;
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];

async function once(url) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: flags });
    try {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'] });
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        return {
            performance: lhr.categories.performance.score,
            accessibility: lhr.categories.accessibility.score,
            tbt: audit('total-blocking-time'),
            lcp: audit('largest-contentful-paint'),
            bytes: audit('total-byte-weight'),
            failedA11y: Object.values(lhr.audits).filter((a) => lhr.categories.accessibility.auditRefs
                .some((r) => r.id === a.id && r.weight > 0) && a.score === 0).map((a) => a.id),
            json: result.report,
        };
    } finally {
        await chrome.kill();
    }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const row = (label, r) => `| ${label.padEnd(28)} | ${r.performance.toFixed(2).padStart(11)} | ${r.accessibility.toFixed(2).padStart(13)} |`
    + ` ${Math.round(r.tbt).toString().padStart(8)} | ${(r.lcp / 1000).toFixed(1).padStart(7)} | ${Math.round(r.bytes / 1024).toString().padStart(13)} |`;

console.log(`Lighthouse 12.2.3, mobile profile (simulated slow 4G, 4x CPU), ${runs} runs per URL, ${new Date().toISOString().slice(0, 16)}Z`);
console.log('');
console.log('| URL (run)                    | performance | accessibility | TBT (ms) | LCP (s) | transfer (KB) |');
console.log('| ---------------------------- | ----------: | ------------: | -------: | ------: | ------------: |');
let broke = false;
for (const url of process.argv.slice(2)) {
    const results = [];
    for (let i = 1; i <= runs; i++) {
        try {
            const r = await once(url);
            results.push(r);
            if (keep) { mkdirSync(keep, { recursive: true }); writeFileSync(join(keep, `${encodeURIComponent(url)}-${i}.json`), r.json); }
            console.log(row(`${new URL(url).pathname}${new URL(url).search} (${i})`, r));
        } catch (e) {
            broke = true;
            console.error(`bench: run ${i} of ${url} broke: ${e.message}`);
        }
    }
    if (results.length === 0) continue;
    const m = Object.fromEntries(['performance', 'accessibility', 'tbt', 'lcp', 'bytes'].map((k) => [k, median(results.map((r) => r[k]))]));
    console.log(row(`${new URL(url).pathname} median`, m));
    const failed = [...new Set(results.flatMap((r) => r.failedA11y))];
    if (failed.length) console.log(`|   accessibility audits failed: ${failed.join(', ')} |`);
    const verdict = m.performance >= 0.9 && m.tbt <= 300 && m.accessibility >= 1 ? 'meets' : 'misses';
    console.error(`bench: ${url} ${verdict} the targets (performance >= 0.90, TBT <= 300 ms, accessibility 1.00)`);
}
process.exit(broke ? 1 : 0);
