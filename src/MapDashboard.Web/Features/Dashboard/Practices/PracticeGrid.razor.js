// The practice list follows the map: the selected place's rows are scrolled into view. The list virtualizes its rows
// (only those near the screen exist), so it first scrolls to where the row would be, waits for the circuit to draw it,
// then brings the row itself into view. The circuit marks the selected place's rows (aria-current on their buttons).
const LONGEST_WAIT_MS = 2000;

// The selected place's first row.
function selectedRow(list) {
    return list.querySelector('.grid-locality[aria-current="true"]')?.closest('tr') ?? null;
}

function rendered(list) {
    return new Promise((resolve) => {
        if (selectedRow(list)) { resolve(selectedRow(list)); return; }
        const observer = new MutationObserver(() => {
            const row = selectedRow(list);
            if (row) { observer.disconnect(); clearTimeout(timer); resolve(row); }
        });
        const timer = setTimeout(() => { observer.disconnect(); resolve(selectedRow(list)); }, LONGEST_WAIT_MS);
        observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    });
}

// index: the place's first row in the list's sorted order. Returns true when the row is in view.
export async function revealRow(list, index) {
    const scroller = list?.querySelector('.practice-scroll');
    if (!scroller || !(index >= 0)) return false;
    const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    let row = selectedRow(list);
    if (!row) {
        const height = scroller.querySelector('tbody tr.practice-row')?.getBoundingClientRect().height || 33;
        scroller.scrollTop = Math.max(0, index * height - (scroller.clientHeight - header) / 3);
        row = await rendered(list);
    }
    if (!row) return false;
    // Only the list scrolls: scrollIntoView would move the page (and the map) too.
    const r = row.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if (r.top < box.top + header || r.bottom > box.bottom) scroller.scrollTop += r.top - box.top - header - 4;
    return true;
}

// The list's first rows arrive three, then one per paint (PracticeGrid.RevealInSteps): the circuit waits for this before the next.
export { afterNextPaint } from '../../../js/paint.js';
