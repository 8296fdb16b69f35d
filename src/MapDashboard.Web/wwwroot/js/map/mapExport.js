// Export of one map as a PNG, and its A4 print layout. The PNG is a capture of the map as the page shows it (a DOM
// screenshot library: canvas layers, tiles, markers, labels, the open popup, the inset, the attribution), with a
// scale bar added for the moment, set in a frame with the title, the legend and a footer naming the notice and date.
// Everything on the map is same-origin, so no canvas is tainted.

import { embeddedFontCss, loadFontsFor } from './fonts.js';
import { captureToCanvas, captureToBlob } from './domCapture.js';

const L = window.L;
const PRINT_CLASS = 'map-print-size';
// Controls that are for the hand, not the picture.
const LEFT_OUT = ['leaflet-control-zoom'];

function element(tag, style, text) {
    const node = document.createElement(tag);
    Object.assign(node.style, style);
    if (text) node.textContent = text;
    return node;
}

function legendOf(title, items) {
    const legend = element('div', { padding: '0 16px', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 16px', fontSize: '12px', color: '#2c3e50' });
    if (title) legend.append(element('span', { fontWeight: '600', flexBasis: '100%' }, title));
    for (const item of items) {
        const entry = element('span', { display: 'inline-flex', alignItems: 'center', gap: '6px' });
        entry.append(element('span', item.box
            ? { width: '18px', height: '12px', border: '1px solid #8895a3', background: item.color }
            : { width: '12px', height: '12px', borderRadius: '50%', background: item.color }), item.label);
        legend.append(entry);
    }
    return legend;
}

// request: { title, subtitle, legendTitle, legend: [{ label, color, box }], footer, fileName }, in the interface's
// language; footer holds {0} for the date.
// The map's picture goes into the frame's slot (data-map-slot).
function frameOf(request, width) {
    const frame = element('div', {
        position: 'fixed', left: '-100000px', top: '0', width: `${width}px`, padding: '12px 0', boxSizing: 'border-box',
        display: 'flex', flexDirection: 'column', gap: '8px', background: '#ffffff', color: '#1f2d3a',
        fontFamily: getComputedStyle(document.body).fontFamily,
    });
    // Text keeps a margin; the map spans the whole width, at the size it has on screen.
    const inset = { padding: '0 16px' };
    frame.append(element('div', { ...inset, fontSize: '18px', fontWeight: '700', lineHeight: '1.3' }, request.title));
    if (request.subtitle) frame.append(element('div', { ...inset, fontSize: '13px', color: '#34495e', marginTop: '-4px' }, request.subtitle));
    const slot = element('div', { borderTop: '1px solid #b8c2cc', borderBottom: '1px solid #b8c2cc', lineHeight: '0' });
    slot.dataset.mapSlot = '';
    frame.append(slot);
    if (request.legend?.length) frame.append(legendOf(request.legendTitle, request.legend));
    const date = new Date().toISOString().slice(0, 10);
    frame.append(element('div', { ...inset, fontSize: '11px', color: '#4a5561' }, request.footer.replace('{0}', date)));
    return frame;
}

function download(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the click; the URL is only released later so slow browsers still read it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// A metric scale bar at the bottom right while the picture is taken or printed; returns its removal.
function withScaleBar(map) {
    const scale = L.control.scale({ imperial: false, position: 'bottomright' }).addTo(map);
    return () => scale.remove();
}

// Hidden nodes (labels that would overlap) are left out too: each cloned node costs the capture its computed style.
const kept = (node) => !(node instanceof Element && (node.hidden || LEFT_OUT.some((c) => node.classList.contains(c))));

// Returns { width, height, markers } of the PNG it downloaded.
export async function exportPng(handle, request) {
    const container = handle.map.getContainer();
    const removeScaleBar = withScaleBar(handle.map);
    const scale = Math.max(1, window.devicePixelRatio || 1);
    let frame;
    try {
        const width = Math.round(container.getBoundingClientRect().width);
        frame = frameOf(request, width);
        document.body.append(frame);
        const text = `${container.textContent} ${frame.textContent}`;
        // Page text fetches a webfont's slices on its own; text that is only in the export (its title, in Chinese, on an
        // English page) must fetch them first, and the capture draws with inlined copies of them.
        await loadFontsFor(text);
        const fontCss = await embeddedFontCss(text);
        const map = await captureToCanvas(container, { scale, filter: kept, fontCss });
        Object.assign(map.style, { display: 'block', width: '100%' });
        frame.querySelector('[data-map-slot]').append(map);
        const blob = await captureToBlob(frame, { scale, fontCss, background: '#ffffff', style: { position: 'static', left: '0' } });
        download(blob, request.fileName);
        const markers = container.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon').length;
        const size = frame.getBoundingClientRect();
        return { width: Math.round(size.width * scale), height: Math.round(size.height * scale), markers };
    } finally {
        frame?.remove();
        removeScaleBar();
    }
}

// Printing (Ctrl+P or a Print button) lays the page out for A4; the map is resized to its print size first so
// Leaflet draws the whole frame, shows the same area with a scale bar, and returns to the screen view afterwards.
export function watchPrint(handle) {
    const map = handle.map;
    if (handle.printWatched) return;
    handle.printWatched = true;
    // The host, not Leaflet's container, takes the print size: the container fills whatever host the map is in.
    const host = () => handle.element;
    let screenView = null;
    let removeScaleBar = null;
    const before = () => {
        screenView = { center: map.getCenter(), zoom: map.getZoom(), bounds: map.getBounds() };
        host().classList.add(PRINT_CLASS);
        map.invalidateSize({ animate: false, pan: false });
        map.fitBounds(screenView.bounds, { animate: false });
        removeScaleBar ??= withScaleBar(map);
    };
    const after = () => {
        host().classList.remove(PRINT_CLASS);
        removeScaleBar?.();
        removeScaleBar = null;
        map.invalidateSize({ animate: false, pan: false });
        if (screenView) map.setView(screenView.center, screenView.zoom, { animate: false });
        screenView = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    map.once('unload', () => {
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
    });
}
