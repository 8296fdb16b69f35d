// Page start: draw the maps the server prerendered, then load MudBlazor's script and Blazor and start the circuit,
// so starting the circuit does not compete with the first picture. Those scripts are the URLs in boot's own
// data-start-scripts, loaded in order; modules named by data-start-module attributes are imported once Blazor runs.
// Whatever goes wrong with the early drawing, the page still starts: the circuit then draws the map itself.
import { afterNextPaint } from './paint.js';

// A map that cannot be drawn in this time (a slow server) does not keep the page from becoming interactive.
const LONGEST_WAIT_MS = 3000;

async function drawEarlyMaps() {
    if (!document.querySelector('[data-early-map]')) return;
    try {
        // js/map/earlyMap.js and its imports, bundled into one file at build time (bundle-map-assets.mjs).
        const { drawPrerenderedMaps } = await import('../lib/early-map/early-map.js');
        await Promise.race([
            drawPrerenderedMaps(document),
            new Promise((resolve) => setTimeout(resolve, LONGEST_WAIT_MS)),
        ]);
    } catch (e) {
        console.error('The map could not be drawn before the circuit connected; it will be drawn after.', e);
    }
}

function loadScript(src) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.setAttribute('autostart', 'false');
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`${src} did not load`));
        document.body.append(script);
    });
}

await drawEarlyMaps();
// Blazor's scripts take the main thread for a while: the drawn map is painted first.
await afterNextPaint();
const scripts = document.querySelector('script[data-start-scripts]')?.dataset.startScripts.split(' ').filter(s => s) ?? [];
for (const src of scripts) {
    try {
        await loadScript(src);
    } catch (e) {
        console.error(e);
    }
}
window.Blazor.start();
for (const element of document.querySelectorAll('[data-start-module]')) {
    import(new URL(element.dataset.startModule, document.baseURI).href).catch((e) => console.error(e));
}
