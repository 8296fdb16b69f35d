// What the server-rendered combobox (PlaceSearchBox) and menu buttons (MenuButton) cannot do from the circuit: the
// browser's own reaction to a key happens before the server hears of it. One listener for the whole document, imported
// once per page by boot.js (data-start-module in App.razor), so no circuit holds a JS object for it.
//  - Up and Down in a combobox, and Home and End while an option is active, move through the list (the server does
//    that), not the caret.
//  - Arrow keys, Home and End on a menu button or in a menu move between its items (the server moves the focus), not
//    the page.
//  - The active option (aria-activedescendant) is scrolled into view: a long list scrolls as the arrows move.
const MENU_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

function onKeyDown(e) {
    const target = e.target;
    if (!(target instanceof Element) || e.isComposing) return;
    if (target.matches('input[role=combobox]')) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp'
            || ((e.key === 'Home' || e.key === 'End') && target.hasAttribute('aria-activedescendant'))) {
            e.preventDefault();
        }
        return;
    }
    if (MENU_KEYS.has(e.key) && (target.matches('[aria-haspopup=menu]') || target.closest('[role=menu]'))) {
        e.preventDefault();
    }
}

function scrollActiveIntoView(records) {
    for (const record of records) {
        const id = record.target.getAttribute('aria-activedescendant');
        if (id) document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    }
}

document.addEventListener('keydown', onKeyDown, true);
new MutationObserver(scrollActiveIntoView).observe(document.body, {
    subtree: true, attributes: true, attributeFilter: ['aria-activedescendant'],
});
