// When work that is not part of the first picture may run.

// Resolves after the browser has produced the next frame, so what was drawn before the call is on screen, or after
// longestWaitMs: a page opened in a background tab produces no frames until it is shown.
export function afterNextPaint(longestWaitMs = 250) {
    return new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, longestWaitMs);
    });
}

// Resolves after the next frame, once the browser is idle. An idle callback alone may run before a pending frame
// (between frames, when there is time before the next one), and a long one then delays that frame.
export async function afterPaintWhenIdle() {
    await afterNextPaint();
    await new Promise((resolve) => window.requestIdleCallback
        ? window.requestIdleCallback(() => resolve(), { timeout: 300 })
        : setTimeout(resolve, 50));
}

// Resolves in a task of its own, after what is queued now: long work cut into such steps lets the browser paint and
// answer input between them. A message, not setTimeout(0), which browsers clamp to 4 ms once nested.
export function nextTask() {
    return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
    });
}

// Main-thread work per task when drawing many features: Lighthouse scales what an unthrottled load measured by 4 for a
// phone, and a task over 50 ms there blocks input (Total Blocking Time), so under 12.5 ms here. A slice ends after the
// item that crosses the budget, and one item (a province's outline) can take several milliseconds more: with 10 ms the
// map's tasks in Lighthouse's trace were 14-38 ms (bench/lighthouse-tasks.mjs), so 5.
const SLICE_MS = 5;

// Calls each(item) for every item, in as many tasks as it takes to keep each to about SLICE_MS: the browser paints and
// answers input between them. Stops early (returning false) once stopped() says so, e.g. the map was disposed.
export async function eachInSlices(items, each, stopped = () => false) {
    let started = performance.now();
    for (const item of items) {
        if (performance.now() - started > SLICE_MS) {
            await nextTask();
            started = performance.now();
        }
        if (stopped()) return false;
        each(item);
    }
    return true;
}
