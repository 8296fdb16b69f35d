// The offline base map: light provinces with labels, the national border and special lines, a South China Sea inset
// and the data's attribution. Everything one map needs lives in its BaseMap object.
import { el } from './domText.js';
import { fetchGeoJson } from './geoJson.js';
import { afterNextPaint, afterPaintWhenIdle, eachInSlices, nextTask } from '../paint.js';
import { ProvinceLabels } from './provinceLabels.js';
import { linePieces } from './linePieces.js';
import { takeOffPage, whileOffPage } from './offPage.js';

const L = window.L;
// Prefecture and county lines begin at this zoom (boundaryTiles.js TIERS): their code and the vector-tile decoder are
// fetched the first time the map gets there, not with the national view most visits stay at.
const BOUNDARY_MIN_ZOOM = 6;

// Standard maps of China show the South China Sea islands in a framed inset at the lower right.
const INSET_BOUNDS = [[2, 105], [25, 125]];
// The inset belongs to national views; zoomed in on a region it would only hide the map.
const INSET_MAX_ZOOM = 5;
const BORDER = '#6e5a78';
const LINE_STYLES = {
    national_border: { color: BORDER, weight: 1.4 },
    xinjiang_border_segment: { color: BORDER, weight: 1.4 },
    ten_dash_line: { color: BORDER, weight: 2.2, lineCap: 'butt' },
    hk_macau_boundary: { color: '#8c8194', weight: 0.8, dashArray: '4 2 1 2' },
    provincial_sea_boundary: { color: '#9aa5b1', weight: 0.8, dashArray: '3 3' },
};
const INSET_KINDS = new Set(['national_border', 'ten_dash_line', 'hk_macau_boundary']);

// SVG, not canvas: each canvas layer of a phone-sized map is a bitmap of about 1,000 x 1,000 pixels that the browser
// allocates, then copies to the compositor in every frame that draws on it; on a machine without a GPU that was a
// second of the first load's main thread at a phone's CPU (bench/README.md, lighthouse). An SVG path is rasterised off
// the main thread, and the few hundred paths of the national view are cheap to keep in the page.
function svgIn(pane) {
    return L.svg({ pane });
}

function provinceStyle(overTiles) {
    return { color: '#a9b3bd', weight: 0.7, fillColor: '#f4f3ef', fillOpacity: overTiles ? 0.25 : 1 };
}

// Whether any vertex of the feature lies in the inset's frame: the inset draws only what it can show.
function inInset(feature) {
    const [[south, west], [north, east]] = INSET_BOUNDS;
    const visit = (c) => typeof c[0] === 'number'
        ? c[1] >= south && c[1] <= north && c[0] >= west && c[0] <= east
        : c.some(visit);
    return feature.geometry ? visit(feature.geometry.coordinates) : false;
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

// Chinese characters in a line of Latin text (the attribution's 天地图).
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

// The attribution, one line cut short with an ellipsis where the map is narrow (the whole text is its title). Each run
// of Chinese characters is a box as wide as the characters are in every Chinese font (1em each, the shipped one
// included), marked as Chinese: where the line is cut then does not move when the Chinese webfont arrives and
// replaces the browser's stand-in glyphs (narrower boxes on a PC without Chinese fonts).
function attributionLine(text) {
    const line = el('div', 'leaflet-control-attribution base-attribution');
    line.title = text;
    let at = 0;
    for (const run of text.matchAll(HAN_RUN)) {
        if (run.index > at) line.append(text.slice(at, run.index));
        const zh = el('span', 'base-attribution-zh', run[0]);
        zh.lang = 'zh-CN';
        zh.style.width = `${run[0].length}em`;
        line.append(zh);
        at = run.index + run[0].length;
    }
    if (at < text.length) line.append(text.slice(at));
    return line;
}

// The panes, the attribution and (zoomed in) the boundary tiles come first; the provinces are drawn once they arrive;
// the lines, labels and inset (decorate) follow when the browser is idle, so the first frame with provinces and
// localities is painted sooner.
class BaseMap {
    constructor(handle, options) {
        this.handle = handle;
        this.map = handle.map;
        this.options = options;
        this.element = handle.map.getContainer();
        this.element.classList.add('base-map');
        this.panes = ['basePolygons', 'baseLines', 'baseLabels'].map((name, i) => {
            const pane = this.map.createPane(name);
            pane.style.zIndex = String([350, 410, 450][i]);
            pane.style.pointerEvents = 'none';
            return pane;
        });
        this.panes[2].classList.add('leaflet-zoom-hide', 'base-labels');
        const credit = attributionLine(options.attribution);
        this.attribution = this.addControl(credit);
        // Boundary tiles start with the map, while its provinces and localities are still on their way: zoomed in (a
        // shared link at zoom 8) they are most of the picture, and they need none of the base map's data. Below zoom 6
        // their code is not even fetched (loadBoundaries).
        this.loadBoundaries();
        // What the decoration has drawn so far follows each zoom (decorate draws it in several tasks).
        this.onZoom = () => { this.labels?.place(); if (this.insetData) this.showInset(); this.loadBoundaries(); };
    }

    // A few provinces per task (eachInSlices): in one task the 34 of them were one of a phone's long tasks. Their pane is
    // out of the page meanwhile (offPage.js), so they appear together once all are drawn.
    async drawProvinces(provinces) {
        this.provinces = L.geoJSON(null, {
            style: () => provinceStyle(this.options.overTiles), interactive: false, renderer: svgIn('basePolygons'),
        }).addTo(this.map);
        const drawn = await whileOffPage(this.panes[0],
            () => eachInSlices(provinces.features, (f) => this.provinces.addData(f), () => this.disposed));
        if (!drawn) return;
        this.handle.setData('baseProvinces', provinces.features.length);
        this.handle.setData('drawnFeatures', provinces.features.length);
    }

    // The lines, the labels and the inset, each in a task of its own: together they were one long task of the load.
    async decorate(provinces, lines) {
        if (this.disposed) return;
        this.map.on('zoomend viewreset resize', this.onZoom);
        this.lines = linesLayer(null, null, svgIn('baseLines'), 1).addTo(this.map);
        const drawn = await whileOffPage(this.panes[1],
            () => eachInSlices(linePieces(lines.features), (f) => this.lines.addData(f), () => this.disposed));
        if (!drawn) return;
        this.handle.setData('baseLines', lines.features.length);
        await nextTask();
        if (this.disposed) return;
        this.labels = new ProvinceLabels(this.handle, this.panes[2], provinces);
        await this.labels.measureInSlices();
        if (this.disposed) return;
        this.labels.place();
        // After a frame, not just a task: the inset's map reads its box's size, and with the labels just added that read
        // laid the whole page out inside the inset's task (one of a phone's long tasks); the frame lays it out anyway.
        await afterNextPaint();
        if (this.disposed) return;
        this.insetData = { provinces, lines };
        this.showInset();
        this.loadBoundaries();
    }

    loadBoundaries() {
        if (this.boundaries || this.map.getZoom() < BOUNDARY_MIN_ZOOM) return;
        this.boundaries = import('./boundaryTiles.js')
            .then(({ BoundaryTileLayers }) => (this.disposed ? null : new BoundaryTileLayers(this.handle)))
            .catch((e) => { console.error('Boundary tiles could not be loaded', e); return null; });
    }

    // The inset is drawn the first time the map shows a national view, not before: a map opened zoomed in (a shared
    // link at zoom 8) would spend a tenth of a second of its busiest moment on a second map it hides.
    showInset() {
        const national = this.map.getZoom() <= INSET_MAX_ZOOM;
        if (!this.inset && national) this.inset = this.createInset(this.insetData.provinces, this.insetData.lines);
        if (this.inset) this.inset.frame.hidden = !national;
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
        const inset = { control: this.addControl(frame), map: null, frame };
        this.fillInset(inset, box, provinces, lines);
        return inset;
    }

    // The inset's map once the frame has been laid out by a paint (made in the same task, its size read laid the page out
    // there: with the map's start, one task of ~50 ms in Lighthouse's phone trace), then its provinces and lines a few at
    // a time (each in tasks of a few milliseconds, like the map's own). The inset has no tiles below it, so its
    // provinces stay opaque.
    async fillInset(inset, box, provinces, lines) {
        await afterNextPaint();
        if (this.disposed) return;
        // Its panes are built out of the page like the map's own (mapHandle.js, offPage.js); its size is read once back.
        const putBack = takeOffPage(box);
        const map = inset.map = L.map(box, {
            zoomControl: false, attributionControl: false, dragging: false, touchZoom: false,
            scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false, zoomSnap: 0,
            inertia: false, fadeAnimation: false, zoomAnimation: false,
        });
        putBack();
        map.fitBounds(INSET_BOUNDS, { animate: false, padding: [0, 0] });
        await nextTask();
        if (this.disposed) return;
        // Both drawn out of the page (offPage.js) and shown together.
        const drawn = await whileOffPage(map.getPane('overlayPane'), async () => {
            const fill = L.geoJSON(null, { style: () => provinceStyle(false), interactive: false }).addTo(map);
            if (!await eachInSlices(provinces.features.filter(inInset), (f) => fill.addData(f), () => this.disposed)) return false;
            const border = linesLayer(null, null, undefined, 0.7).addTo(map);
            const pieces = linePieces(lines.features.filter((f) => INSET_KINDS.has(f.properties?.kind)));
            return eachInSlices(pieces, (f) => border.addData(f), () => this.disposed);
        });
        if (drawn) this.handle.setData('inset', 'drawn');
    }

    dispose() {
        this.disposed = true;
        this.map.off('zoomend viewreset resize', this.onZoom);
        this.labels?.dispose();
        this.boundaries?.then((b) => b?.dispose());
        this.inset?.map?.remove();
        this.inset?.control.remove();
        this.attribution.remove();
        this.provinces?.remove();
        this.lines?.remove();
        for (const pane of this.panes) pane.remove();
        this.element.classList.remove('base-map');
        for (const key of ['baseProvinces', 'baseLines', 'inset', 'drawnFeatures']) this.handle.setData(key, undefined);
    }
}

// options: { provincesUrl, linesUrl (same origin), attribution (one line of text), overTiles (fade the fill over tiles) }.
export async function createBaseMap(handle, options) {
    const base = new BaseMap(handle, options);
    let provinces;
    try {
        provinces = await fetchGeoJson(options.provincesUrl);
    } catch (e) {
        base.dispose();
        throw e;
    }
    await base.drawProvinces(provinces);
    await afterPaintWhenIdle();
    await base.decorate(provinces, await fetchGeoJson(options.linesUrl));
    return base;
}
