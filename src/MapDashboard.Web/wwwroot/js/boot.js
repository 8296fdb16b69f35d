// Page start: draw the maps the server prerendered, then load MudBlazor's script and Blazor and start the circuit,
// so starting the circuit does not compete with the first picture. Those scripts are the page's
// <link rel="preload" as="script" data-start="after-map"> elements, in order: they download with the page.
// Whatever goes wrong with the early drawing, the page still starts: the circuit then draws the map itself.

// A map that cannot be drawn in this time (a slow server) does not keep the page from becoming interactive.
const LONGEST_WAIT_MS = 3000;

async function drawEarlyMaps() {
    if (!document.querySelector('[data-early-map]')) return;
    try {
        const { drawPrerenderedMaps } = await import('./map/earlyMap.js');
        await Promise.race([
            drawPrerenderedMaps(document),
            new Promise((resolve) => setTimeout(resolve, LONGEST_WAIT_MS)),
        ]);
    } catch (e) {
        console.error('The map could not be drawn before the circuit connected; it will be drawn after.', e);
    }
}

function loadScript(src, attributes) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`${src} did not load`));
        document.body.append(script);
    });
}

await drawEarlyMaps();
for (const link of document.querySelectorAll('link[rel=preload][as=script][data-start=after-map]')) {
    try {
        await loadScript(link.href, { autostart: 'false' });
    } catch (e) {
        console.error(e);
    }
}
window.Blazor.start();
