// CPU time (user + system) of processes, read from /proc: what a page load costs the machine, not only the page's
// clock. On a machine with few cores the browser's processes and the server share them, so the first feature cannot
// come sooner than (their CPU time) / (cores).
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const TICK_MS = 10; // Linux's USER_HZ is 100

function stat(pid) {
    try {
        const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
        return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
    } catch {
        return null; // the process ended
    }
}

// rootPid and every process below it (Chromium's zygote, renderers, GPU and network processes), in milliseconds.
export function treeCpuMs(rootPid) {
    const all = new Map();
    for (const name of readdirSync('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        const s = stat(name);
        if (s) all.set(Number(name), s);
    }
    const inTree = new Set([rootPid]);
    for (let grew = true; grew;) {
        grew = false;
        for (const [pid, s] of all) if (!inTree.has(pid) && inTree.has(s.ppid)) { inTree.add(pid); grew = true; }
    }
    let ticks = 0;
    for (const pid of inTree) ticks += all.get(pid)?.ticks ?? 0;
    return ticks * TICK_MS;
}

// A reading to take before a load; its end() gives the CPU milliseconds spent since, by the browser and the server.
export function startCpuReading(browserPid, serverPid) {
    const read = () => ({ browser: treeCpuMs(browserPid), server: serverPid ? treeCpuMs(serverPid) : 0 });
    const before = read();
    return {
        end() {
            const after = read();
            return { browser: after.browser - before.browser, server: after.server - before.server };
        },
    };
}

// The browser Playwright launched from this process (a child driven over --remote-debugging-pipe; Debian's
// /usr/bin/chromium is a script that execs the real binary, so the executable's path does not identify it).
export function launchedBrowserPid(parentPid = process.pid) {
    for (const name of readdirSync('/proc')) {
        if (!/^\d+$/.test(name) || stat(name)?.ppid !== parentPid) continue;
        try {
            if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes('--remote-debugging-pipe')) return Number(name);
        } catch {
            // ended meanwhile
        }
    }
    throw new Error(`no browser launched by process ${parentPid}`);
}

export const cores = availableParallelism();
