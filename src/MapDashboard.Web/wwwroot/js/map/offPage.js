// Drawing many nodes into a part of the map while that part is out of the page, then putting it back: one insertion
// into the page instead of one per node. Each change to a node in the page schedules style invalidation, and Lighthouse
// records its phone trace with invalidation tracking, which takes a script stack trace for each of them: 60 SVG paths
// added one by one to the map took 1.3 ms under its trace categories (0.3 without), added out of the page and put in
// at once 0.4 ms; 12.6 ms one by one while the practice list still had a :has() rule, whose invalidation walked every
// new node's ancestors (bench/off-page.mjs; bench/README.md, "Out of the page" and "Render batches out of the page").
// A part out of the page is not drawn, so only a layer not yet on screen is drawn this way. Taking a drawn part out
// costs as much as changing it in place.

// Takes element out of the page; the function returned puts it back where it was (once, and only if nothing else did).
export function takeOffPage(element) {
    const parent = element.parentNode;
    if (!parent || !element.isConnected) return () => { };
    const next = element.nextSibling;
    element.remove();
    return () => {
        if (element.parentNode) return;
        parent.insertBefore(element, next?.parentNode === parent ? next : null);
    };
}

// Runs work (sync or async) with element out of the page, and puts it back however the work ends.
export async function whileOffPage(element, work) {
    const putBack = takeOffPage(element);
    try {
        return await work();
    } finally {
        putBack();
    }
}
