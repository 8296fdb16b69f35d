// A whole stylesheet applied in parts: MudBlazor's (627 KB) took one task of ~100 ms on a phone's CPU to parse, which
// counts against Total Blocking Time and keeps the page from answering input. It is fetched, cut at the ends of its
// top-level rules into parts of about PART_CHARS, and each part is parsed in a task of its own into a disabled <style>;
// all parts are then switched on at once, so no frame shows some of its rules without the others (a later part's rule
// could otherwise lose to an earlier one of the first-paint part).
import { nextTask } from './paint.js';

// About 25 ms of parsing each at a phone's CPU (Lighthouse's 4x): parts of 48,000 characters took up to 160 ms.
const PART_CHARS = 16_000;

// Offsets just after each top-level rule's closing brace, outside strings and comments. The regular expression skips
// the ordinary characters natively: a loop over each of the 627 KB was a task of ~180 ms at a phone's CPU.
function ruleEnds(css) {
    const ends = [];
    let depth = 0;
    // Where the scan stops: braces, and where a string or a comment may begin.
    const special = /[{}"'/]/g;
    for (let m; (m = special.exec(css));) {
        const c = m[0];
        const i = m.index;
        if (c === '{') {
            depth++;
        } else if (c === '}') {
            if (depth > 0 && --depth === 0) ends.push(i + 1);
        } else if (c === '/') {
            if (css[i + 1] !== '*') continue;
            const close = css.indexOf('*/', i + 2);
            special.lastIndex = close < 0 ? css.length : close + 2;
        } else {
            let j = i + 1;
            for (; j < css.length && css[j] !== c; j++) if (css[j] === '\\') j++;
            special.lastIndex = j + 1;
        }
    }
    return ends;
}

export function cutIntoParts(css, size = PART_CHARS) {
    const parts = [];
    let start = 0;
    for (const end of ruleEnds(css)) {
        if (end - start < size) continue;
        parts.push(css.slice(start, end));
        start = end;
    }
    if (start < css.length && css.slice(start).trim()) parts.push(css.slice(start));
    return parts;
}

// Applies the stylesheet at url right after `after`; resolves once all of it applies.
export async function applyInParts(after, url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} did not load (${response.status})`);
    const css = await response.text();
    const styles = [];
    let previous = after;
    for (const text of cutIntoParts(css)) {
        await nextTask();
        const style = document.createElement('style');
        style.dataset.partOf = url;
        style.textContent = text;
        previous.after(style);
        style.sheet.disabled = true;
        styles.push(style);
        previous = style;
    }
    for (const style of styles) style.sheet.disabled = false;
}
