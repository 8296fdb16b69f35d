// The offline base map: light provinces with labels, the national border and special lines, a South China Sea inset
// and the data's attribution. Everything one map needs lives in its BaseMap object.
import { el } from './domText.js';

const L = window.L;

// Standard maps of China show the South China Sea islands in a framed inset at the lower right.
const INSET_BOUNDS = [[2, 105], [25, 125]];
const BORDER = '#6e5a78';
const LINE_STYLES = {
    national_border: { color: BORDER, weight: 1.4 },
    xinjiang_border_segment: { color: BORDER, weight: 1.4 },
    ten_dash_line: { color: BORDER, weight: 2.2, lineCap: 'butt' },
    hk_macau_boundary: { color: '#8c8194', weight: 0.8, dashArray: '4 2 1 2' },
    provincial_sea_boundary: { color: '#9aa5b1', weight: 0.8, dashArray: '3 3' },
};
const INSET_KINDS = new Set(['national_border', 'ten_dash_line', 'hk_macau_boundary']);
// Label positions tried in turn (multiples of the label's size): on the point, then beside, below, above it.
const LABEL_SPOTS = [[0, 0], [0.55, 0], [-0.55, 0], [0, 0.6], [0, -0.6]];
const LABEL_GAP = 2;
const ENGLISH_FROM_ZOOM = 4;

async function fetchJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.json();
}

function provinceStyle(overTiles) {
    return { color: '#a9b3bd', weight: 0.7, fillColor: '#f4f3ef', fillOpacity: overTiles ? 0.25 : 1 };
}

function linesLayer(data, kinds, renderer, scale) {
    return L.geoJSON(data, {
        filter: (f) => !kinds || kinds.has(f.properties?.kind),
        style: (f) => {
            const s = LINE_STYLES[f.properties?.kind] ?? LINE_STYLES.provincial_sea_boundary;
            return { ...s, weight: s.weight * scale, opacity: 1 };
        },
        interactive: false,
        renderer,
    });
}

function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

class BaseMap {
    constructor(handle, provinces, lines, options) {
        this.map = handle.map;
        this.element = handle.map.getContainer();
        this.element.classList.add('base-map');
        this.panes = ['basePolygons', 'baseLines', 'baseLabels'].map((name, i) => {
            const pane = this.map.createPane(name);
            pane.style.zIndex = String([350, 410, 450][i]);
            pane.style.pointerEvents = 'none';
            return pane;
        });
        this.panes[2].classList.add('leaflet-zoom-hide', 'base-labels');
        const polygonRenderer = L.canvas({ pane: 'basePolygons' });
        this.provinces = L.geoJSON(provinces, {
            style: () => provinceStyle(options.overTiles), interactive: false, renderer: polygonRenderer,
        }).addTo(this.map);
        this.lines = linesLayer(lines, null, L.canvas({ pane: 'baseLines' }), 1).addTo(this.map);
        this.labels = this.createLabels(provinces);
        const credit = el('div', 'leaflet-control-attribution base-attribution', options.attribution);
        credit.title = options.attribution;
        this.attribution = this.addControl(credit);
        this.inset = this.createInset(provinces, lines);
        // The inset belongs to national views; zoomed in on a region it only hides the map.
        this.onZoom = () => { this.placeLabels(); this.inset.frame.hidden = this.map.getZoom() > 5; };
        this.map.on('zoomend viewreset resize', this.onZoom);
        this.onZoom();
        const ds = this.element.dataset;
        ds.baseProvinces = String(provinces.features.length);
        ds.baseLines = String(lines.features.length);
        ds.drawnFeatures = ds.baseProvinces;
    }

    createLabels(provinces) {
        const withPoint = provinces.features.filter(f => Number.isFinite(f.properties?.label_lat));
        // Larger provinces claim their place first; tiny ones (HK, Macao) move aside or wait for a closer zoom.
        const size = (f) => { const b = L.geoJSON(f).getBounds(); return (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth()); };
        const sized = withPoint.map(f => ({ f, area: size(f) })).sort((a, b) => b.area - a.area);
        return sized.map(({ f }) => {
            const p = f.properties;
            const node = el('div', 'base-label');
            node.append(el('span', 'base-label-zh', p.short_name_zh || p.name_zh), el('span', 'base-label-en', p.pinyin || p.name_en));
            node.dataset.code = p.code;
            this.panes[2].append(node);
            return { node, latlng: L.latLng(p.label_lat, p.label_lon) };
        });
    }

    // Each label in turn (largest province first) takes the first free spot; without room it drops its English line,
    // then hides until a closer zoom.
    placeLabels() {
        this.panes[2].classList.toggle('base-labels-zh-only', this.map.getZoom() < ENGLISH_FROM_ZOOM);
        const placed = [];
        for (const label of this.labels) {
            label.node.classList.remove('base-label-compact');
            let spot = this.freeSpot(label, placed);
            if (!spot) {
                label.node.classList.add('base-label-compact');
                spot = this.freeSpot(label, placed);
            }
            label.node.style.visibility = spot ? '' : 'hidden';
            if (!spot) continue;
            placed.push(spot);
            L.DomUtil.setPosition(label.node, L.point(spot.x + LABEL_GAP, spot.y + LABEL_GAP));
        }
        this.element.dataset.baseLabels = String(placed.length);
    }

    freeSpot(label, placed) {
        const at = this.map.latLngToLayerPoint(label.latlng);
        const box = label.node.getBoundingClientRect();
        const w = box.width + 2 * LABEL_GAP, h = box.height + 2 * LABEL_GAP;
        return LABEL_SPOTS
            .map(([dx, dy]) => ({ x: at.x - w / 2 + dx * w, y: at.y - h / 2 + dy * h, w, h }))
            .find(r => !placed.some(q => overlaps(q, r)));
    }

    addControl(node, position = 'bottomright') {
        const control = L.control({ position });
        control.onAdd = () => node;
        control.addTo(this.map);
        return control;
    }

    createInset(provinces, lines) {
        const frame = el('div', 'leaflet-control base-inset');
        frame.setAttribute('role', 'img');
        frame.setAttribute('aria-label', 'Inset: South China Sea Islands (南海诸岛)');
        frame.dataset.testid = 'south-china-sea-inset';
        const box = el('div', 'base-inset-map');
        frame.append(box, el('div', 'base-inset-caption', '南海诸岛'));
        L.DomEvent.disableClickPropagation(frame);
        L.DomEvent.disableScrollPropagation(frame);
        const control = this.addControl(frame);
        const map = L.map(box, {
            preferCanvas: true, zoomControl: false, attributionControl: false, dragging: false, touchZoom: false,
            scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false, zoomSnap: 0,
            inertia: false, fadeAnimation: false, zoomAnimation: false,
        });
        map.fitBounds(INSET_BOUNDS, { animate: false, padding: [0, 0] });
        // The inset has no tiles below it, so its provinces stay opaque.
        L.geoJSON(provinces, { style: () => provinceStyle(false), interactive: false }).addTo(map);
        linesLayer(lines, INSET_KINDS, undefined, 0.7).addTo(map);
        this.element.dataset.inset = 'drawn';
        return { control, map, frame };
    }

    dispose() {
        this.map.off('zoomend viewreset resize', this.onZoom);
        this.inset.map.remove();
        this.inset.control.remove();
        this.attribution.remove();
        this.provinces.remove();
        this.lines.remove();
        for (const pane of this.panes) pane.remove();
        this.element.classList.remove('base-map');
        for (const key of ['baseProvinces', 'baseLines', 'baseLabels', 'inset']) delete this.element.dataset[key];
    }
}

// options: { provincesUrl, linesUrl (same origin), attribution (one line of text), overTiles (fade the fill over tiles) }.
export async function createBaseMap(handle, options) {
    const [provinces, lines] = await Promise.all([
        fetchJson(options.provincesUrl),
        fetchJson(options.linesUrl),
    ]);
    return new BaseMap(handle, provinces, lines, options);
}
