// Page start: once the prerendered page is painted, apply the whole stylesheets, load MudBlazor's script and Blazor and
// start the circuit, so none of that competes with the first picture. The first paint is styled by a part of
// MudBlazor's stylesheet (a <style> or <link> with data-full-href="the whole one"); the scripts are the URLs in boot's
// own data-start-scripts, loaded in order; modules named by data-start-module attributes are imported once Blazor runs.
// The maps are drawn by the circuit (LeafletMap): a map drawn before it, and then taken out of the page with the rest
// of the prerendered page by Blazor's first render, was most of a phone's blocking time (bench/README.md).
import { afterNextPaint } from './paint.js';
import { applyCjkFallbackWhenNeeded } from './cjkFallback.js';
import { applyInParts } from './stylesheetParts.js';
import { renderOffPage } from './renderOffPage.js';

// The server prerenders the next page's filter drawer closed when this viewport is narrower than where the drawer
// closes itself (MudBlazor's Md breakpoint, 960 px; Shell/FilterDrawerStart.cs).
document.cookie = `mapdash-viewport=${matchMedia('(max-width: 959.98px)').matches ? 'narrow' : 'wide'}; `
    + `path=${new URL(document.baseURI).pathname}; max-age=31536000; samesite=lax`;

function loaded(element, url) {
    return new Promise((resolve, reject) => {
        element.onload = () => resolve();
        element.onerror = () => reject(new Error(`${url} did not load`));
    });
}

// Scripts added with async = false run in the order they were added but download together: one after the other, Blazor's
// waited a round trip (and MudBlazor's 15 KB) more on a phone's network before it could start.
function loadScript(src) {
    const script = document.createElement('script');
    script.src = src;
    script.async = false;
    script.setAttribute('autostart', 'false');
    const done = loaded(script, src);
    document.body.append(script);
    return done;
}

// Each whole stylesheet goes right after its first-paint part, so the cascade (app.css after MudBlazor) is unchanged.
// A large one (data-full-in-parts: MudBlazor's) is parsed in several tasks instead of one long one (stylesheetParts.js).
function applyWholeStylesheet(part) {
    if (part.hasAttribute('data-full-in-parts')) return applyInParts(part, part.dataset.fullHref);
    const whole = document.createElement('link');
    whole.rel = 'stylesheet';
    whole.href = part.dataset.fullHref;
    const done = loaded(whole, whole.href);
    part.after(whole);
    return done;
}

async function settle(promise) {
    try {
        await promise;
    } catch (e) {
        console.error(e);
    }
}

// Parsing the whole stylesheet and Blazor's scripts take the main thread for a while: the first picture is painted first.
await afterNextPaint();
const stylesheets = Promise.all([...document.querySelectorAll('[data-full-href]')]
    .map((part) => settle(applyWholeStylesheet(part))));
const scripts = document.querySelector('script[data-start-scripts]')?.dataset.startScripts.split(' ').filter(s => s) ?? [];
await Promise.all(scripts.map((src) => settle(loadScript(src))));
// Blazor renders popovers, menus and dialogs that only the whole stylesheet styles.
await stylesheets;
document.documentElement.dataset.stylesheets = 'whole';
applyCjkFallbackWhenNeeded();
window.Blazor.start({ circuit: { configureSignalR: renderOffPage(document) } });
for (const element of document.querySelectorAll('[data-start-module]')) {
    import(new URL(element.dataset.startModule, document.baseURI).href).catch((e) => console.error(e));
}
