// Pilot localities: boundary polygons (SVG, like the base map's: baseMap.js says why) and clustered, keyboard-focusable markers, coloured by theme.
// All state of one layer lives in the LocalityLayer object; several maps never share anything.
import { el } from './domText.js';
import { fetchGeoJson } from './geoJson.js';
import { eachInSlices, nextTask } from '../paint.js';
import { takeOffPage, whileOffPage } from './offPage.js';

const L = window.L;

function popupContent(p, options) {
    const box = el('div', 'locality-popup');
    const zh = el('div', 'locality-popup-zh', p.name_zh);
    const en = el('div', 'locality-popup-en', p.name_en);
    // Each name in its own language, whatever the page's: screen readers pick the voice, browsers the font.
    zh.lang = 'zh-CN';
    en.lang = 'en';
    box.append(zh, en);
    box.append(el('div', 'locality-popup-meta', `${p.level_label} · ${p.province_label}`));
    const list = el('ul', 'locality-popup-measures');
    for (const m of p.measures) list.append(el('li', null, `(${m}) ${options.measureTitles[m] ?? ''}`));
    box.append(list);
    if (p.figures?.length) {
        const figures = el('div', 'locality-popup-figures');
        p.figures.forEach((text, i) => {
            const chip = el('span', 'locality-popup-figure', text);
            if (p.figures_repaired?.[i]) {
                chip.classList.add('repaired');
                chip.title = options.texts.repairedFigure;
            }
            figures.append(chip);
        });
        box.append(figures);
    }
    return box;
}

// Relative luminance (WCAG 2) of a #rrggbb colour.
function luminance(hex) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The count on a dot in black or white, whichever reads better on the theme's colour (at least 4.5:1 on each of the
// palette's colours; white alone fails on orange and green).
function textOn(color) {
    if (!/^#[0-9a-f]{6}$/i.test(color)) return '#fff';
    const l = luminance(color);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

function clusterIcon(cluster) {
    const count = cluster.getChildCount();
    const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    const inner = el('div');
    inner.append(el('span', null, count));
    return L.divIcon({ html: inner, className: `marker-cluster marker-cluster-${size} locality-cluster`, iconSize: L.point(32, 32) });
}

function markerIcon(color, count) {
    const dot = el('span', 'locality-dot', count > 1 ? count : '');
    dot.style.background = color;
    dot.style.color = textOn(color);
    return L.divIcon({ className: 'locality-marker', html: dot, iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -11] });
}

class LocalityLayer {
    constructor(handle, options, dotnet) {
        this.handle = handle;
        this.map = handle.map;
        this.dotnet = dotnet;
        this.options = options;
        this.byCode = new Map();
        this.boundaries = L.featureGroup();
        this.renderer = L.svg();
        // Clusters of 32 px gathering what lies within 40 px: neither clusters nor dots overlap one another, so each stays a
        // whole 24 px target (WCAG 2.2, 2.5.8).
        this.cluster = L.markerClusterGroup({ maxClusterRadius: 40, spiderfyOnMaxZoom: true, showCoverageOnHover: false, iconCreateFunction: clusterIcon });
        this.escListener = (e) => { if (e.key === 'Escape') this.map.closePopup(); };
        document.addEventListener('keydown', this.escListener);
    }

    // Draws the features in tasks of a few milliseconds each (eachInSlices), not in one: one task for every locality
    // was the longest of a phone's first load (bench/README.md, lighthouse). Features arrive largest first, so smaller
    // units are drawn, and hit, above the larger ones around them. The markers are clustered once, after the
    // boundaries: one clustering pass instead of one per slice. Both are drawn out of the page and put in at once
    // (offPage.js): the boundaries' <svg> over the slices, the marker pane for the one task that fills it.
    async fill(features) {
        this.map.addLayer(this.boundaries);
        this.map.addLayer(this.renderer);
        // Leaflet 1.9 keeps a renderer's element in _container and has no getter for it.
        const drawn = await whileOffPage(this.renderer._container,
            () => eachInSlices(features, (f) => this.add(f), () => this.disposed));
        if (!drawn) return;
        await nextTask();
        if (this.disposed) return;
        const putBack = takeOffPage(this.map.getPane('markerPane'));
        try {
            this.cluster.addLayers([...this.byCode.values()].map(e => e.marker));
            this.map.addLayer(this.cluster);
        } finally {
            putBack();
        }
    }

    notifyClicked(code) { this.dotnet.invokeMethodAsync('OnLocalityClicked', code); }

    colorOf(p) { return this.options.themeColors[String(p.themes[0])] ?? '#555'; }

    add(feature) {
        const p = feature.properties;
        const color = this.colorOf(p);
        const entry = { props: p, polygon: null, marker: null, visible: true };
        if (feature.geometry && feature.geometry.type !== 'Point') {
            entry.polygon = L.geoJSON(feature.geometry, {
                style: { color, weight: 1.5, fillColor: color, fillOpacity: 0.28 }, renderer: this.renderer,
            });
            entry.polygon.on('click', (e) => { L.DomEvent.stop(e); this.open(p.code); });
            this.boundaries.addLayer(entry.polygon);
        }
        entry.marker = L.marker([p.lat, p.lon], { icon: markerIcon(color, p.measures.length), title: `${p.name_zh} ${p.name_en}`, keyboard: true, riseOnHover: true });
        entry.marker.bindPopup(() => popupContent(p, this.options), { autoPanPadding: [40, 40] });
        entry.marker.on('click', () => this.notifyClicked(p.code));
        // Leaflet opens the popup on Enter itself (bindPopup's keypress handler); firing a click as well toggled it shut.
        entry.marker.on('keypress', (e) => { if (e.originalEvent.key === 'Enter') this.notifyClicked(p.code); });
        this.byCode.set(p.code, entry);
    }

    setVisible(codes) {
        const wanted = new Set(codes);
        const show = [], hide = [];
        for (const [code, entry] of this.byCode) {
            const v = wanted.has(code);
            if (v === entry.visible) continue;
            entry.visible = v;
            (v ? show : hide).push(entry);
        }
        this.cluster.removeLayers(hide.map(e => e.marker));
        this.cluster.addLayers(show.map(e => e.marker));
        for (const e of hide) if (e.polygon) this.boundaries.removeLayer(e.polygon);
        // Re-adding in area order keeps small units above large ones.
        if (show.some(e => e.polygon)) this.redrawBoundaries();
        this.handle.setData('visibleLocalities', wanted.size);
        return this.visibleCount();
    }

    redrawBoundaries() {
        this.boundaries.clearLayers();
        for (const entry of this.byCode.values()) if (entry.visible && entry.polygon) this.boundaries.addLayer(entry.polygon);
    }

    visibleCount() { let n = 0; for (const e of this.byCode.values()) if (e.visible) n++; return n; }

    visibleCodes() { return [...this.byCode.entries()].filter(([, e]) => e.visible).map(([c]) => c); }

    fitVisible() {
        // The container may have been laid out after the map was created (panels, small multiples): re-read its size.
        this.map.invalidateSize({ animate: false });
        const bounds = L.latLngBounds([]);
        for (const e of this.byCode.values()) {
            if (!e.visible) continue;
            if (e.polygon) bounds.extend(e.polygon.getBounds()); else bounds.extend(e.marker.getLatLng());
        }
        if (bounds.isValid()) this.map.fitBounds(bounds, { animate: false, padding: [30, 30], maxZoom: 9 });
    }

    // The outline of one plotted locality (its point for a town); null when the code is not plotted.
    boundsOf(code) {
        const e = this.byCode.get(code);
        if (!e) return null;
        return e.polygon ? e.polygon.getBounds() : L.latLngBounds([e.marker.getLatLng()]);
    }

    // Flies to a locality and opens its popup; returns false when the code is not plotted.
    focus(code, animate) {
        const entry = this.byCode.get(code);
        if (!entry) return false;
        const target = entry.polygon ? entry.polygon.getBounds() : L.latLngBounds([entry.marker.getLatLng()]);
        const open = () => this.cluster.zoomToShowLayer(entry.marker, () => entry.marker.openPopup());
        if (animate) {
            this.map.once('moveend', open);
            this.map.flyToBounds(target, { maxZoom: 9, duration: 0.8, padding: [60, 60] });
        } else {
            this.map.fitBounds(target, { maxZoom: 9, animate: false, padding: [60, 60] });
            open();
        }
        this.handle.setData('focused', code);
        return true;
    }

    open(code) {
        const entry = this.byCode.get(code);
        if (!entry) return;
        this.cluster.zoomToShowLayer(entry.marker, () => entry.marker.openPopup());
        this.notifyClicked(code);
    }

    setShown(shown) {
        if (shown) { this.map.addLayer(this.boundaries); this.map.addLayer(this.cluster); }
        else { this.map.removeLayer(this.boundaries); this.map.removeLayer(this.cluster); }
    }

    dispose() {
        this.disposed = true;
        document.removeEventListener('keydown', this.escListener);
        this.map.removeLayer(this.boundaries);
        this.map.removeLayer(this.cluster);
        this.byCode.clear();
    }
}

// dotnet receives OnLocalityClicked(code).
export async function createLocalityLayer(handle, url, options, dotnet) {
    const features = (await fetchGeoJson(url)).features;
    const layer = new LocalityLayer(handle, options, dotnet);
    await layer.fill(features);
    handle.setData('plottedLocalities', layer.byCode.size);
    return layer;
}
