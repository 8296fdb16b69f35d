// Prefecture and county names from the boundary tiles' label points, placed once per batch of tiles: while the tile
// layers still load what is in view, arriving tiles only add their units; when the last one is in (or after
// MAX_WAIT_MS), one placement shows them all. A placement reads no layout: sizes come from labelMetrics.js.
import { el } from './domText.js';
import { TextMeasurer, fontOf } from './labelMetrics.js';

const L = window.L;

const LABEL_GAP = 3;
// A tile that never settles (aborted as the map moved on) must not keep the names of the others away for long.
const MAX_WAIT_MS = 1500;
// Names this far beyond the view (a share of its size) are placed too, so a short pan shows names already there.
const VIEW_PAD = 0.25;

function overlapsAny(placed, box) {
    return placed.some((b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h);
}

// tiers: [{ id, minZoom }] in placement order (the first claims its place first); busy(): whether tiles in view are
// still loading. onPlaced(count) follows every placement made with every tile in view loaded.
export class BoundaryLabels {
    constructor(map, pane, english, tiers, busy) {
        this.map = map;
        this.pane = pane;
        this.english = english;
        this.tiers = tiers;
        this.busy = busy;
        this.units = new Map(); // tier id + adcode -> { node, latlng, tier, text, tiles, visible, at }
        this.fonts = new Map(); // tier id -> fontOf(a label of the tier)
        this.measurer = new TextMeasurer();
        this.stopFontWatch = this.measurer.onFontLoad(() => this.schedule());
        this.onPlaced = () => { };
    }

    // The label points of one tile: each unit gets its (hidden) node once, whichever of its tiles comes first.
    addTile(tierId, coords, layer, tileSize) {
        if (!layer) return;
        const key = `${coords.z}/${coords.x}/${coords.y}`;
        const fresh = document.createDocumentFragment();
        for (let i = 0; i < layer.length; i++) {
            const f = layer.feature(i);
            const props = f.properties;
            const id = `${tierId}:${props.adcode}`;
            const existing = this.units.get(id);
            if (existing) { existing.tiles.add(key); continue; }
            const [p] = f.loadGeometry()[0];
            const point = L.point((coords.x + p.x / layer.extent) * tileSize, (coords.y + p.y / layer.extent) * tileSize);
            const text = (this.english ? props.name_en : props.name_zh) ?? '';
            const node = el('div', `admin-label admin-label-${tierId}`, text);
            node.lang = this.english ? 'en' : 'zh-CN';
            node.dataset.code = props.adcode;
            node.hidden = true;
            fresh.append(node);
            this.units.set(id, { node, latlng: this.map.unproject(point, coords.z), tier: tierId, text, tiles: new Set([key]), visible: false, at: null });
        }
        this.pane.append(fresh);
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

    // One placement for a batch of tiles: on the frame after the last tile in view arrived (the layers' `load` calls
    // this again), or MAX_WAIT_MS after the first deferral when some tile never does (one timer per wait).
    schedule(force = false) {
        if (this.frame) return;
        if (!force && this.busy()) {
            this.timer ||= setTimeout(() => { this.timer = 0; this.schedule(true); }, MAX_WAIT_MS);
            return;
        }
        clearTimeout(this.timer);
        this.timer = 0;
        this.frame = requestAnimationFrame(() => { this.frame = 0; this.place(); });
    }

    // Larger units first, and within a tier the names already shown first, so names on screen stay where they are
    // while new ones fill the gaps; each name is shown only where it overlaps none shown before it.
    place() {
        const zoom = this.map.getZoom();
        const view = this.map.getBounds().pad(VIEW_PAD);
        const shown = this.tiers.filter((t) => zoom >= t.minZoom).map((t) => t.id);
        const candidates = [];
        for (const u of this.units.values()) if (shown.includes(u.tier) && view.contains(u.latlng)) candidates.push(u);
        candidates.sort((a, b) => shown.indexOf(a.tier) - shown.indexOf(b.tier) || b.visible - a.visible);
        const placed = [];
        const visible = new Set();
        for (const u of candidates) {
            const font = this.fontFor(u);
            const w = this.measurer.width(u.text, font) + 2 * LABEL_GAP;
            const h = Math.ceil(font.lineHeight) + 2 * LABEL_GAP;
            const at = this.map.latLngToLayerPoint(u.latlng);
            const box = { x: Math.round(at.x - w / 2), y: Math.round(at.y - h / 2), w, h };
            if (overlapsAny(placed, box)) continue;
            placed.push(box);
            visible.add(u);
            if (!u.at || u.at.x !== box.x || u.at.y !== box.y) {
                u.at = { x: box.x, y: box.y };
                L.DomUtil.setPosition(u.node, L.point(box.x + LABEL_GAP, box.y + LABEL_GAP));
            }
        }
        // Only nodes whose state changes are touched: an unchanged name costs the browser nothing.
        for (const u of this.units.values()) {
            const show = visible.has(u);
            if (u.visible !== show) { u.visible = show; u.node.hidden = !show; }
        }
        if (!this.busy()) this.onPlaced(placed.length);
    }

    // The tier's font, read from the first of its labels once (the stylesheet gives all of a tier's labels one font).
    fontFor(unit) {
        let font = this.fonts.get(unit.tier);
        if (!font) {
            font = fontOf(unit.node);
            // A node outside the page (the map moving to its interactive host) has no style yet: read it next time.
            if (unit.node.isConnected) this.fonts.set(unit.tier, font);
        }
        return font;
    }

    dispose() {
        cancelAnimationFrame(this.frame);
        clearTimeout(this.timer);
        this.stopFontWatch();
        this.measurer.dispose();
        for (const u of this.units.values()) u.node.remove();
        this.units.clear();
    }
}
