// The practice list follows the map: the selected place's rows are scrolled into view. The grid virtualizes its rows
// (only those near the screen exist), so it first scrolls to where the row would be, waits for the circuit to render
// it, then brings the row itself into view.
const LONGEST_WAIT_MS = 2000;

// The selected place's rows: their locality buttons say aria-current (CSS highlights such rows). Set here, not by the
// grid: it does not redraw its rows when only the selection changes, and virtualization draws rows anew on scrolling
// (an observer per list marks them as they come). State lives on the list's element, one per list.
function mark(grid, code) {
    for (const button of grid.querySelectorAll('.grid-locality')) {
        const on = code != null && button.dataset.code === code;
        if (on && button.getAttribute('aria-current') !== 'true') button.setAttribute('aria-current', 'true');
        else if (!on && button.hasAttribute('aria-current')) button.removeAttribute('aria-current');
    }
}

// code: the selected place (null: none); index: its first row in the list as sorted and filtered (-1: not listed).
export function follow(grid, code, index) {
    if (!grid) return;
    const state = grid.mapdashFollow ??= { code: null, observer: null };
    state.code = code;
    if (!state.observer) {
        state.observer = new MutationObserver(() => mark(grid, state.code));
        state.observer.observe(grid, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-code'] });
    }
    mark(grid, code);
    if (code != null && index >= 0) revealRow(grid, index);
}

export function stop(grid) {
    grid?.mapdashFollow?.observer?.disconnect();
    if (grid) delete grid.mapdashFollow;
}

// The selected place's first row.
function selectedRow(grid) {
    return grid.querySelector('.grid-locality[aria-current="true"]')?.closest('tr') ?? null;
}

function rendered(grid) {
    return new Promise((resolve) => {
        if (selectedRow(grid)) { resolve(selectedRow(grid)); return; }
        const observer = new MutationObserver(() => {
            const row = selectedRow(grid);
            if (row) { observer.disconnect(); clearTimeout(timer); resolve(row); }
        });
        const timer = setTimeout(() => { observer.disconnect(); resolve(selectedRow(grid)); }, LONGEST_WAIT_MS);
        observer.observe(grid, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    });
}

// index: the place's first row in the grid's sorted order. Returns true when the row is in view.
export async function revealRow(grid, index) {
    const scroller = grid?.querySelector('.mud-table-container');
    if (!scroller || !(index >= 0)) return false;
    let row = selectedRow(grid);
    if (!row) {
        const height = grid.querySelector('tbody tr.practice-row')?.getBoundingClientRect().height || 36;
        scroller.scrollTop = Math.max(0, index * height - scroller.clientHeight / 3);
        row = await rendered(grid);
    }
    if (!row) return false;
    // Only the list scrolls: scrollIntoView would move the page (and the map) too.
    const r = row.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    if (r.top < box.top + header || r.bottom > box.bottom) scroller.scrollTop += r.top - box.top - header - 4;
    return true;
}
