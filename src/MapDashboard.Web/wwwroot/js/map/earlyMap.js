// Draws each map the server prerendered as soon as the page has loaded, instead of waiting for Blazor's circuit.
// Blazor then renders the page again over the circuit and replaces the prerendered elements; the drawn map moves into
// its element's replacement (same data-map-key) before the browser paints, and LeafletMap adopts it there.
import { MapHandle } from './mapHandle.js';
import { createBaseMap } from './baseMap.js';
import { createLocalityLayer } from './localityLayer.js';
import { fetchGeoJson } from './geoJson.js';

// config (data-early-map, written by LeafletMap while prerendering): { key, map, baseMap, localitiesUrl, layer,
// view: { latitude, longitude, zoom } | null, visible: [code] | null, fit }.
function draw(host, config) {
    const handle = new MapHandle(host, config.map);
    if (config.view) handle.setView(config.view.latitude, config.view.longitude, config.view.zoom);
    // Provinces and localities start drawing together, once both responses are in (each in tasks of a few
    // milliseconds, so a phone can paint and answer a tap between them). Each still fails on its own.
    const provinces = fetchGeoJson(config.baseMap.provincesUrl);
    const pilots = fetchGeoJson(config.localitiesUrl);
    const bothSettled = Promise.allSettled([provinces, pilots]);
    const localities = createLocalityLayer(handle, config.localitiesUrl, config.layer, null, bothSettled.then(() => pilots)).then((layer) => {
        if (config.visible) layer.setVisible(config.visible);
        if (config.fit) layer.fitVisible();
        return layer;
    });
    // The base map's labels and inset wait for the localities: the first picture is provinces and pilots.
    const baseMap = createBaseMap(handle, { ...config.baseMap, provinces: bothSettled.then(() => provinces), decorateAfter: localities.catch(() => { }) });
    // A failure is reported when LeafletMap adopts the layer, as if it had drawn it itself.
    for (const layer of [baseMap, localities]) layer.catch(() => { });
    handle.early.set('baseMap', baseMap);
    handle.early.set('localities', localities);
    return handle;
}

function handOver(prerendered, key, handle) {
    const observer = new MutationObserver(() => {
        if (prerendered.isConnected) return;
        const next = [...document.querySelectorAll('[data-map-key]')].find(e => e.dataset.mapKey === key && !e.earlyMapHandle);
        if (!next) return;
        observer.disconnect();
        handle.moveTo(next);
        next.earlyMapHandle = handle;
    });
    observer.observe(document.body, { childList: true, subtree: true });
}

// Draws every prerendered map under root; resolves once each has drawn its localities or failed to.
export function drawPrerenderedMaps(root) {
    const drawing = [...root.querySelectorAll('[data-early-map]')].map((host) => {
        try {
            const config = JSON.parse(host.dataset.earlyMap);
            const handle = draw(host, config);
            handOver(host, config.key, handle);
            // The first picture: the base map's lines, labels and inset follow it when the browser is idle.
            return Promise.allSettled([handle.early.get('localities')]);
        } catch (e) {
            // Not handed over: LeafletMap draws a map of its own once interactive.
            console.error('A prerendered map could not be drawn early.', e);
            return Promise.resolve();
        }
    });
    return Promise.all(drawing);
}
