// Where each open dashboard's server memory goes, for bench/circuit-parts (run that, not this): opens N dashboards in
// their own browser contexts, takes a heap dump of the server (dotnet-dump) and reads it with heapwalk (ClrMD).
//   node circuit-parts.mjs --url URL --pid PID --dumps DIR [--n 10] [--width 1280 --height 800]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDashboard } from './lib/dashboard.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
    return acc;
}, []));
const N = Number(args.n ?? 10), PID = Number(args.pid), URL_ = args.url, DUMPS = args.dumps;
if (!URL_ || !PID || !DUMPS) { console.error('usage: node circuit-parts.mjs --url URL --pid PID --dumps DIR [--n 10]'); process.exit(2); }
const viewport = { width: Number(args.width ?? 1280), height: Number(args.height ?? 800) };
const here = dirname(fileURLToPath(import.meta.url));

const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (let i = 0; i < N; i++) await openDashboard(browser, URL_, viewport);
await new Promise(r => setTimeout(r, 3000)); // the last dashboards' list settles (Virtualize measures, then draws again)
const dump = join(DUMPS, `open-${N}.dmp`);
// A full GC first (dotnet-gcdump triggers one), so the dump holds what survives a collection.
execFileSync('dotnet', ['tool', 'run', 'dotnet-gcdump', 'collect', '-p', String(PID), '-o', join(DUMPS, 'gc.gcdump')], { stdio: 'ignore', timeout: 300_000 });
execFileSync('dotnet', ['tool', 'run', 'dotnet-dump', 'collect', '-p', String(PID), '--type', 'Heap', '-o', dump], { stdio: 'ignore', timeout: 300_000 });
await browser.close();
console.log(`${N} dashboards at ${viewport.width}x${viewport.height}`);
console.log(execFileSync('dotnet', ['run', '--project', join(here, 'heapwalk'), '-c', 'Release', '--', dump, String(N)],
    { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000 }));
