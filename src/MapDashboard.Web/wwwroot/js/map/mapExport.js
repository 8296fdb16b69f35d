// Export of one map as a PNG, and its A4 print layout. The picture is composed from what the map shows right now:
// its canvas layers, province labels, markers (as coloured circles) and the inset; then a title, legend and attribution.
// Tiles are never drawn: a cross-origin tile would taint the canvas and forbid the export.

import { APP_FONT as FONT, loadFontsFor } from './fonts.js';

const PAD = 16;
const PRINT_CLASS = 'map-print-size';
const TRANSPARENT = new Set(['', 'transparent', 'rgba(0, 0, 0, 0)']);

function rectOf(node, origin) {
    const r = node.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
}

function intersects(r, box) {
    return r.w > 0 && r.h > 0 && r.x < box.w && r.y < box.h && r.x + r.w > 0 && r.y + r.h > 0;
}

function shown(node) {
    const s = getComputedStyle(node);
    return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0;
}

// A layer stacks as the pane directly inside the map pane that holds it (Leaflet's map pane has a z-index itself).
function paneZ(node, mapPane) {
    let pane = node;
    while (pane.parentElement && pane.parentElement !== mapPane) pane = pane.parentElement;
    const z = parseInt(getComputedStyle(pane).zIndex, 10);
    return Number.isNaN(z) ? 0 : z;
}

function fillText(ctx, text, x, y, style, halo) {
    ctx.font = `${style.fontWeight} ${style.fontSize} ${FONT}`;
    if (halo) {
        ctx.lineWidth = 3;
        ctx.strokeStyle = 'rgba(255,255,255,0.9)';
        ctx.strokeText(text, x, y);
    }
    ctx.fillStyle = style.color;
    ctx.fillText(text, x, y);
}

function drawCanvases(ctx, canvases, origin) {
    for (const c of canvases) {
        const r = rectOf(c, origin);
        if (r.w > 0 && r.h > 0 && c.width > 0 && c.height > 0) ctx.drawImage(c, r.x, r.y, r.w, r.h);
    }
}

function drawLabels(ctx, container, origin, box) {
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    for (const label of container.querySelectorAll('.base-labels .base-label')) {
        if (!shown(label) || !intersects(rectOf(label, origin), box)) continue;
        for (const span of label.children) {
            if (!shown(span) || !span.textContent) continue;
            const r = rectOf(span, origin);
            fillText(ctx, span.textContent, r.x, r.y, getComputedStyle(span), true);
        }
    }
}

// A marker (or cluster) is drawn as the round shapes it is made of, outermost first, and its count in the middle.
function drawMarker(ctx, icon, origin) {
    for (const node of [icon, ...icon.querySelectorAll('*')]) {
        const s = getComputedStyle(node);
        if (TRANSPARENT.has(s.backgroundColor)) continue;
        const r = rectOf(node, origin);
        const radius = Math.min(r.w, r.h) / 2;
        ctx.beginPath();
        ctx.arc(r.x + r.w / 2, r.y + r.h / 2, radius, 0, Math.PI * 2);
        ctx.fillStyle = s.backgroundColor;
        ctx.fill();
        const border = parseFloat(s.borderTopWidth);
        if (border > 0) {
            ctx.lineWidth = border;
            ctx.strokeStyle = s.borderTopColor;
            ctx.beginPath();
            ctx.arc(r.x + r.w / 2, r.y + r.h / 2, radius - border / 2, 0, Math.PI * 2);
            ctx.stroke();
        }
    }
    const text = icon.textContent.trim();
    if (!text) return;
    const leaf = [...icon.querySelectorAll('*')].reverse().find(n => n.textContent.trim() === text) ?? icon;
    const r = rectOf(icon, origin);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    fillText(ctx, text, r.x + r.w / 2, r.y + r.h / 2 + 0.5, getComputedStyle(leaf), false);
}

function drawMarkers(ctx, container, origin, box) {
    let drawn = 0;
    for (const icon of container.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')) {
        if (!shown(icon) || !intersects(rectOf(icon, origin), box)) continue;
        drawMarker(ctx, icon, origin);
        drawn++;
    }
    return drawn;
}

function drawInset(ctx, container, origin) {
    for (const frame of container.querySelectorAll('.leaflet-control-container .base-inset')) {
        if (!shown(frame)) continue;
        const r = rectOf(frame, origin);
        const s = getComputedStyle(frame);
        ctx.fillStyle = s.backgroundColor;
        ctx.fillRect(r.x, r.y, r.w, r.h);
        ctx.save();
        ctx.beginPath();
        ctx.rect(r.x, r.y, r.w, r.h);
        ctx.clip();
        drawCanvases(ctx, frame.querySelectorAll('canvas'), origin);
        ctx.restore();
        ctx.lineWidth = parseFloat(s.borderTopWidth) || 1;
        ctx.strokeStyle = s.borderTopColor;
        ctx.strokeRect(r.x, r.y, r.w, r.h);
        const caption = frame.querySelector('.base-inset-caption');
        if (caption) {
            const c = rectOf(caption, origin);
            ctx.textAlign = 'left';
            ctx.textBaseline = 'top';
            fillText(ctx, caption.textContent, c.x, c.y, getComputedStyle(caption), true);
        }
    }
}

function attributionOf(container) {
    const texts = [...container.querySelectorAll('.leaflet-control-attribution')]
        .map(n => n.textContent.replace(/\s+/g, ' ').trim()).filter(t => t.length > 0);
    return [...new Set(texts)].join(' · ');
}

function ellipsize(ctx, text, width) {
    if (ctx.measureText(text).width <= width) return text;
    let s = text;
    while (s.length > 1 && ctx.measureText(s + '…').width > width) s = s.slice(0, -1);
    return s + '…';
}

// Legend items flow in rows; returns the rows so the height can be known before drawing.
function layoutLegend(ctx, items, width) {
    ctx.font = `12px ${FONT}`;
    const rows = [[]];
    let x = 0;
    for (const item of items) {
        const w = 18 + Math.min(ctx.measureText(item.label).width, width - 18) + 16;
        if (x > 0 && x + w > width) { rows.push([]); x = 0; }
        rows[rows.length - 1].push({ ...item, x, w });
        x += w;
    }
    return rows.filter(r => r.length > 0);
}

function drawLegend(ctx, title, rows, top, width) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    let y = top;
    if (title) {
        ctx.font = `600 12px ${FONT}`;
        ctx.fillStyle = '#2c3e50';
        ctx.fillText(title, PAD, y + 8);
        y += 20;
    }
    ctx.font = `12px ${FONT}`;
    for (const row of rows) {
        for (const item of row) {
            ctx.fillStyle = item.color;
            if (item.box) {
                ctx.fillRect(PAD + item.x, y + 2, 14, 12);
                ctx.strokeStyle = '#8895a3';
                ctx.lineWidth = 1;
                ctx.strokeRect(PAD + item.x + 0.5, y + 2.5, 13, 11);
            } else {
                ctx.beginPath();
                ctx.arc(PAD + item.x + 7, y + 8, 6, 0, Math.PI * 2);
                ctx.fill();
            }
            ctx.fillStyle = '#2c3e50';
            ctx.fillText(ellipsize(ctx, item.label, width - 18), PAD + item.x + 18, y + 8);
        }
        y += 20;
    }
    return y;
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

// request: { title, subtitle, legendTitle, legend: [{ label, color, box }], fileName, texts: { tilesOmitted, exported } }
// (exported holds {0} for the date).
// Returns { width, height, markers, tilesOmitted } of the PNG it downloaded.
export async function exportPng(handle, request) {
    const container = handle.map.getContainer();
    const origin = container.getBoundingClientRect();
    const box = { w: Math.round(origin.width), h: Math.round(origin.height) };
    const scale = Math.max(1, window.devicePixelRatio || 1);
    const measure = document.createElement('canvas').getContext('2d');
    // Canvas text does not wait for a webfont: the Chinese subsets it needs are loaded first, or their glyphs are boxes.
    await loadFontsFor([request.title, request.subtitle, request.legendTitle, ...(request.legend ?? []).map(l => l.label),
        request.texts?.exported, request.texts?.tilesOmitted, container.textContent].join(' '));
    const legendRows = layoutLegend(measure, request.legend ?? [], box.w - 2 * PAD);
    const header = request.subtitle ? 62 : 42;
    const legendHeight = (request.legendTitle ? 20 : 0) + legendRows.length * 20 + 8;
    const footer = legendHeight + 36;

    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.w * scale);
    canvas.height = Math.round((header + box.h + footer) * scale);
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, box.w, header + box.h + footer);

    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#1f2d3a';
    ctx.font = `700 18px ${FONT}`;
    ctx.fillText(ellipsize(ctx, request.title ?? '', box.w - 2 * PAD), PAD, 12);
    if (request.subtitle) {
        ctx.font = `13px ${FONT}`;
        ctx.fillStyle = '#34495e';
        ctx.fillText(ellipsize(ctx, request.subtitle, box.w - 2 * PAD), PAD, 38);
    }

    ctx.save();
    ctx.translate(0, header);
    ctx.beginPath();
    ctx.rect(0, 0, box.w, box.h);
    ctx.clip();
    ctx.fillStyle = getComputedStyle(container).backgroundColor || '#dce7ef';
    ctx.fillRect(0, 0, box.w, box.h);
    const mapPane = handle.map.getPane('mapPane');
    const layers = [...mapPane.querySelectorAll('canvas')]
        .map((c, i) => ({ c, i, z: paneZ(c, mapPane) }))
        .sort((a, b) => a.z - b.z || a.i - b.i)
        .map(l => l.c);
    drawCanvases(ctx, layers, origin);
    drawLabels(ctx, container, origin, box);
    const markers = drawMarkers(ctx, container, origin, box);
    drawInset(ctx, container, origin);
    ctx.restore();
    ctx.strokeStyle = '#b8c2cc';
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, header + 0.5, box.w - 1, box.h - 1);

    const legendBottom = drawLegend(ctx, request.legendTitle, legendRows, header + box.h + 10, box.w - 2 * PAD);
    const tilesOmitted = container.querySelector('.leaflet-tile-pane img') !== null;
    const date = new Date().toISOString().slice(0, 10);
    const texts = request.texts;
    const attribution = [attributionOf(container), tilesOmitted ? texts.tilesOmitted : '', texts.exported.replace('{0}', date)]
        .filter(t => t).join(' · ');
    ctx.font = `11px ${FONT}`;
    ctx.fillStyle = '#4a5561';
    ctx.textBaseline = 'top';
    ctx.fillText(ellipsize(ctx, attribution, box.w - 2 * PAD), PAD, legendBottom + 6);

    const blob = await new Promise((resolve, reject) =>
        canvas.toBlob(b => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))), 'image/png'));
    download(blob, request.fileName);
    return { width: canvas.width, height: canvas.height, markers, tilesOmitted };
}

// Printing (Ctrl+P or a Print button) lays the page out for A4; the map is resized to its print size first so
// Leaflet draws the whole frame, shows the same area, and returns to the screen view afterwards.
export function watchPrint(handle) {
    const map = handle.map;
    if (handle.printWatched) return;
    handle.printWatched = true;
    // The host, not Leaflet's container, takes the print size: the container fills whatever host the map is in.
    const host = () => handle.element;
    let screenView = null;
    const before = () => {
        screenView = { center: map.getCenter(), zoom: map.getZoom(), bounds: map.getBounds() };
        host().classList.add(PRINT_CLASS);
        map.invalidateSize({ animate: false, pan: false });
        map.fitBounds(screenView.bounds, { animate: false });
    };
    const after = () => {
        host().classList.remove(PRINT_CLASS);
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
