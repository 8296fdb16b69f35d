// Prefecture boundaries from zoom 6 and county boundaries from zoom 8, with their names in the page's language, drawn
// from the app's own vector tiles (/ogc/collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}) beneath the pilot layers.
// Lines go on canvas tiles (a Leaflet GridLayer: tiles of the old zoom stay until the new ones are drawn, so nothing
// flickers); names are page text placed from the tiles' label points once per batch of tiles (boundaryLabels.js), so
// the webfont draws them.
import { VectorTile, PbfReader } from '../../lib/vector-tile/vector-tile.js';
import { BoundaryLabels } from './boundaryLabels.js';

const L = window.L;

const TIERS = [
    { id: 'prefectures', minZoom: 6, color: '#8d7fa0', width: 1.1, dash: [] },
    { id: 'counties', minZoom: 8, color: '#a79fb3', width: 0.8, dash: [4, 3] },
];
// Tiles of this zoom are drawn larger beyond it: the source has no more detail for a boundary line.
const MAX_DATA_ZOOM = 12;

function tileUrl(id, { z, x, y }) {
    return `ogc/collections/${id}/tiles/WebMercatorQuad/${z}/${y}/${x}`;
}

// One tier's lines: each tile fetched, decoded and stroked on its own canvas; its label points handed to `labels`.
const BoundaryTiles = L.GridLayer.extend({
    initialize(tier, labels, options) {
        L.GridLayer.prototype.initialize.call(this, options);
        this.tier = tier;
        this.labels = labels;
        this.on('tileunload', (e) => { e.tile.abort?.abort(); labels.dropTile(this.tier.id, e.coords); });
    },

    createTile(coords, done) {
        const canvas = document.createElement('canvas');
        const size = this.getTileSize();
        const ratio = window.devicePixelRatio || 1;
        canvas.width = size.x * ratio;
        canvas.height = size.y * ratio;
        canvas.abort = new AbortController();
        fetch(tileUrl(this.tier.id, coords), { signal: canvas.abort.signal })
            .then((r) => { if (!r.ok) throw new Error(`tile ${r.status}`); return r.arrayBuffer(); })
            .then((buffer) => {
                const tile = new VectorTile(new PbfReader(new Uint8Array(buffer)));
                this.draw(canvas, tile.layers[this.tier.id], ratio * size.x);
                this.labels.addTile(this.tier.id, coords, tile.layers[this.tier.id + '_labels'], size.x);
                done(null, canvas);
            })
            .catch((e) => { if (e.name !== 'AbortError') done(e, canvas); });
        return canvas;
    },

    draw(canvas, layer, pixels) {
        if (!layer) return;
        const ctx = canvas.getContext('2d');
        const scale = pixels / layer.extent;
        ctx.strokeStyle = this.tier.color;
        ctx.lineWidth = this.tier.width * (pixels / this.getTileSize().x);
        ctx.setLineDash(this.tier.dash.map((d) => d * (pixels / this.getTileSize().x)));
        ctx.lineJoin = 'round';
        ctx.beginPath();
        for (let i = 0; i < layer.length; i++) {
            for (const ring of layer.feature(i).loadGeometry()) {
                ring.forEach((p, j) => j === 0 ? ctx.moveTo(p.x * scale, p.y * scale) : ctx.lineTo(p.x * scale, p.y * scale));
            }
        }
        ctx.stroke();
    },
});

// Both tiers and their names on `handle`'s map; the host reports data-admin-labels (names shown) after each move.
export class BoundaryTileLayers {
    constructor(handle) {
        this.handle = handle;
        this.map = handle.map;
        this.panes = [['adminLines', 360], ['adminLabels', 440]].map(([name, z]) => {
            const pane = this.map.createPane(name);
            pane.style.zIndex = String(z);
            pane.style.pointerEvents = 'none';
            return pane;
        });
        this.panes[1].classList.add('leaflet-zoom-hide', 'admin-labels');
        const english = !(document.documentElement.lang || '').toLowerCase().startsWith('zh');
        // Names wait while a tier shown at this zoom still loads tiles in view (one placement per batch, not per tile).
        const busy = () => this.layers.some((layer) => layer.isLoading() && this.map.getZoom() >= layer.options.minZoom);
        this.labels = new BoundaryLabels(this.map, this.panes[1], english, TIERS, busy);
        // data-admin-labels: the names shown, once placed with every tile in view loaded (benchmarks wait on it).
        this.labels.onPlaced = (count) => handle.setData('adminLabels', count);
        this.layers = TIERS.map((tier) => new BoundaryTiles(tier, this.labels, {
            pane: 'adminLines', minZoom: tier.minZoom, maxNativeZoom: MAX_DATA_ZOOM, keepBuffer: 3,
            updateWhenZooming: false, interactive: false,
        }));
        // data-prefectures-drawn / data-counties-drawn: every tile in view is drawn (benchmarks and tests wait on it).
        this.layers.forEach((layer, i) => {
            const key = `${TIERS[i].id}Drawn`;
            layer.on('loading', () => { handle.setData(key, undefined); handle.setData('adminLabels', undefined); });
            layer.on('load', () => { handle.setData(key, 'true'); this.labels.schedule(); });
            layer.addTo(this.map);
        });
        // A pan keeps the names where they are until the new tiles are in; a zoom moves every name at once (their
        // positions are in the pixels of the old zoom).
        this.onMove = () => this.labels.schedule();
        this.onZoom = () => this.labels.place();
        this.map.on('moveend', this.onMove);
        this.map.on('zoomend viewreset', this.onZoom);
    }

    dispose() {
        this.map.off('moveend', this.onMove);
        this.map.off('zoomend viewreset', this.onZoom);
        for (const layer of this.layers) layer.remove();
        this.labels.dispose();
        for (const pane of this.panes) pane.remove();
        for (const key of ['adminLabels', 'prefecturesDrawn', 'countiesDrawn']) this.handle.setData(key, undefined);
    }
}
