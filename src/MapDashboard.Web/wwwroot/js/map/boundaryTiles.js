// Prefecture boundaries from zoom 6 and county boundaries from zoom 8, with their names in the page's language, drawn
// from the app's own vector tiles (/ogc/collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}) beneath the pilot layers.
// Lines go on canvas tiles (a Leaflet GridLayer: tiles of the old zoom stay until the new ones are drawn, so nothing
// flickers); names are page text placed once per unit from the tiles' label points, so the webfont draws them.
import { VectorTile, PbfReader } from '../../lib/vector-tile/vector-tile.js';
import { el } from './domText.js';

const L = window.L;

const TIERS = [
    { id: 'prefectures', minZoom: 6, color: '#8d7fa0', width: 1.1, dash: [] },
    { id: 'counties', minZoom: 8, color: '#a79fb3', width: 0.8, dash: [4, 3] },
];
// Tiles of this zoom are drawn larger beyond it: the source has no more detail for a boundary line.
const MAX_DATA_ZOOM = 12;
const LABEL_GAP = 3;

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

// The names: one node per unit whose label point lies in a loaded tile of the current zoom; after each move, larger
// units first, each shown only where it overlaps no name already shown.
class BoundaryLabels {
    constructor(map, pane, english) {
        this.map = map;
        this.pane = pane;
        this.english = english;
        this.units = new Map(); // tier id + adcode -> { node, latlng, tier, size, tiles }
        this.onPlaced = () => { };
    }

    addTile(tierId, coords, layer, tileSize) {
        if (!layer) return;
        const key = `${coords.z}/${coords.x}/${coords.y}`;
        for (let i = 0; i < layer.length; i++) {
            const f = layer.feature(i);
            const [p] = f.loadGeometry()[0];
            const props = f.properties;
            const id = `${tierId}:${props.adcode}`;
            const existing = this.units.get(id);
            if (existing) { existing.tiles.add(key); continue; }
            const point = L.point((coords.x + p.x / layer.extent) * tileSize, (coords.y + p.y / layer.extent) * tileSize);
            const node = el('div', `admin-label admin-label-${tierId}`, this.english ? props.name_en : props.name_zh);
            node.lang = this.english ? 'en' : 'zh-CN';
            node.dataset.code = props.adcode;
            node.hidden = true;
            this.pane.append(node);
            this.units.set(id, { node, latlng: this.map.unproject(point, coords.z), tier: tierId, size: null, tiles: new Set([key]) });
        }
        this.schedule();
    }

    dropTile(tierId, coords) {
        const key = `${coords.z}/${coords.x}/${coords.y}`;
        for (const [id, unit] of this.units) {
            if (unit.tier !== tierId || !unit.tiles.delete(key) || unit.tiles.size > 0) continue;
            unit.node.remove();
            this.units.delete(id);
        }
    }

    schedule() {
        if (this.pending) return;
        this.pending = requestAnimationFrame(() => { this.pending = 0; this.place(); });
    }

    place() {
        const zoom = this.map.getZoom();
        const view = this.map.getBounds().pad(0.1);
        const shown = TIERS.filter((t) => zoom >= t.minZoom).map((t) => t.id);
        const candidates = [...this.units.values()].filter((u) => shown.includes(u.tier) && view.contains(u.latlng));
        // Sizes are read for all new nodes at once, not node by node: every read after a write lays the page out again.
        for (const u of candidates) if (!u.size) u.node.hidden = false;
        for (const u of candidates) if (!u.size) u.size = { w: u.node.offsetWidth + 2 * LABEL_GAP, h: u.node.offsetHeight + 2 * LABEL_GAP };
        candidates.sort((a, b) => shown.indexOf(a.tier) - shown.indexOf(b.tier));
        const placed = [];
        for (const u of this.units.values()) u.visible = false;
        for (const u of candidates) {
            const at = this.map.latLngToLayerPoint(u.latlng);
            const box = { x: at.x - u.size.w / 2, y: at.y - u.size.h / 2, w: u.size.w, h: u.size.h };
            if (placed.some((b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h)) continue;
            placed.push(box);
            u.visible = true;
            L.DomUtil.setPosition(u.node, L.point(box.x + LABEL_GAP, box.y + LABEL_GAP));
        }
        for (const u of this.units.values()) u.node.hidden = !u.visible;
        this.onPlaced(placed.length);
    }

    dispose() {
        cancelAnimationFrame(this.pending);
        for (const u of this.units.values()) u.node.remove();
        this.units.clear();
    }
}

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
        this.labels = new BoundaryLabels(this.map, this.panes[1], english);
        this.labels.onPlaced = (count) => handle.setData('adminLabels', count);
        this.layers = TIERS.map((tier) => new BoundaryTiles(tier, this.labels, {
            pane: 'adminLines', minZoom: tier.minZoom, maxNativeZoom: MAX_DATA_ZOOM, keepBuffer: 3,
            updateWhenZooming: false, interactive: false,
        }).addTo(this.map));
        // data-prefectures-drawn / data-counties-drawn: every tile in view is drawn (benchmarks and tests wait on it).
        this.layers.forEach((layer, i) => {
            const key = `${TIERS[i].id}Drawn`;
            layer.on('loading', () => handle.setData(key, undefined));
            layer.on('load', () => handle.setData(key, 'true'));
        });
        this.onMove = () => this.labels.schedule();
        this.map.on('moveend zoomend viewreset', this.onMove);
    }

    dispose() {
        this.map.off('moveend zoomend viewreset', this.onMove);
        for (const layer of this.layers) layer.remove();
        this.labels.dispose();
        for (const pane of this.panes) pane.remove();
        for (const key of ['adminLabels', 'prefecturesDrawn', 'countiesDrawn']) this.handle.setData(key, undefined);
    }
}
