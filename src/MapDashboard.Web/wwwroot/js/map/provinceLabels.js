// Province labels of the base map (Chinese name over pinyin), placed so that none overlaps another.
import { el } from './domText.js';
import { TextMeasurer, fontOf } from './labelMetrics.js';
import { afterNextPaint, eachInSlices } from '../paint.js';
import { takeOffPage } from './offPage.js';

const L = window.L;

// Label positions tried in turn (multiples of the label's size): on the point, then beside, below, above it.
const LABEL_SPOTS = [[0, 0], [0.55, 0], [-0.55, 0], [0, 0.6], [0, -0.6]];
const LABEL_GAP = 2;
const ENGLISH_FROM_ZOOM = 4;

// The area in square degrees of the box around a GeoJSON geometry's coordinates (read directly: making Leaflet layers
// of every province only to ask their bounds turned each coordinate into a LatLng).
function boxArea(coordinates) {
    let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
    const visit = (c) => {
        if (typeof c[0] !== 'number') { c.forEach(visit); return; }
        if (c[0] < west) west = c[0];
        if (c[0] > east) east = c[0];
        if (c[1] < south) south = c[1];
        if (c[1] > north) north = c[1];
    };
    visit(coordinates);
    return east >= west ? (east - west) * (north - south) : 0;
}

function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export class ProvinceLabels {
    constructor(handle, pane, provinces) {
        this.handle = handle;
        this.map = handle.map;
        this.pane = pane;
        const withPoint = provinces.features.filter(f => Number.isFinite(f.properties?.label_lat));
        // Larger provinces claim their place first; tiny ones (HK, Macao) move aside or wait for a closer zoom.
        const size = (f) => boxArea(f.geometry?.coordinates ?? []);
        const sized = withPoint.map(f => ({ f, area: size(f) })).sort((a, b) => b.area - a.area);
        // Added out of the page, then put in at once (offPage.js).
        const putBack = takeOffPage(pane);
        this.labels = sized.map(({ f }) => {
            const p = f.properties;
            const node = el('div', 'base-label');
            const zh = el('span', 'base-label-zh', p.short_name_zh || p.name_zh);
            const en = el('span', 'base-label-en', p.pinyin || p.name_en);
            zh.lang = 'zh-CN';
            en.lang = 'en';
            node.append(zh, en);
            node.dataset.code = p.code;
            // Hidden until placed: measuring takes a few tasks, and an unplaced label sits at the pane's corner.
            node.style.visibility = 'hidden';
            pane.append(node);
            return { node, zh: zh.textContent, en: en.textContent, latlng: L.latLng(p.label_lat, p.label_lon), full: null, compact: null };
        });
        putBack();
        this.measurer = new TextMeasurer();
        // A Chinese webfont slice that arrives later widens the names: measure and place them again.
        this.stopFontWatch = this.measurer.onFontLoad(() => { this.measured = false; this.place(); });
    }

    // Sizes from the text itself (labelMetrics.js), not from the page's layout: the first placement comes while the
    // dashboard is still being built, when a layout read lays out the whole page. Full: the Chinese name over its
    // pinyin (the wider of the two); compact: the Chinese name alone.
    measure() {
        if (this.measured || this.labels.length === 0) return;
        const fonts = this.fontsNow();
        if (!fonts) return;
        for (const l of this.labels) this.measureOne(l, fonts);
        this.measured = true;
    }

    // The first measuring, a few labels per task: the 34 names in two scripts were one of a phone's long tasks of the
    // load (measureText shapes each with a font it meets for the first time). Later ones (a font slice) are quick.
    async measureInSlices() {
        // The labels' fonts are read after a frame has styled them: read at once, the new labels and whatever else had
        // changed were styled inside this task (forced), one of a phone's long ones. The first text measured with a
        // font costs most: each label alone stays short.
        await afterNextPaint();
        const fonts = this.fontsNow();
        if (!fonts || this.measured || this.disposed) return;
        if (await eachInSlices(this.labels, (l) => this.measureOne(l, fonts), () => this.disposed)) this.measured = true;
    }

    fontsNow() {
        const first = this.labels[0]?.node;
        // A node outside the page has no style: nothing can be measured until it is back.
        if (!first?.isConnected) return null;
        this.fonts ??= { zh: fontOf(first.querySelector('.base-label-zh')), en: fontOf(first.querySelector('.base-label-en')) };
        return this.fonts;
    }

    measureOne(l, { zh: zhFont, en: enFont }) {
        const zhHeight = Math.ceil(zhFont.lineHeight);
        const enHeight = Math.ceil(enFont.lineHeight);
        l.compact = { w: this.measurer.width(l.zh, zhFont) + 2 * LABEL_GAP, h: zhHeight + 2 * LABEL_GAP };
        l.full = { w: Math.max(l.compact.w, this.measurer.width(l.en, enFont) + 2 * LABEL_GAP), h: zhHeight + enHeight + 2 * LABEL_GAP };
    }

    // Each label in turn (largest province first) takes the first free spot; without room it drops its English line,
    // then hides until a closer zoom.
    place() {
        this.measure();
        if (!this.measured) return;
        const zhOnly = this.map.getZoom() < ENGLISH_FROM_ZOOM;
        const placed = [];
        for (const label of this.labels) {
            let compact = zhOnly;
            let spot = this.freeSpot(label, compact ? label.compact : label.full, placed);
            if (!spot && !compact) {
                compact = true;
                spot = this.freeSpot(label, label.compact, placed);
            }
            label.node.classList.toggle('base-label-compact', compact);
            label.node.style.visibility = spot ? '' : 'hidden';
            if (!spot) continue;
            placed.push(spot);
            L.DomUtil.setPosition(label.node, L.point(spot.x + LABEL_GAP, spot.y + LABEL_GAP));
        }
        this.pane.classList.toggle('base-labels-zh-only', zhOnly);
        this.handle.setData('baseLabels', placed.length);
    }

    freeSpot(label, size, placed) {
        const at = this.map.latLngToLayerPoint(label.latlng);
        return LABEL_SPOTS
            .map(([dx, dy]) => ({ x: at.x - size.w / 2 + dx * size.w, y: at.y - size.h / 2 + dy * size.h, w: size.w, h: size.h }))
            .find(r => !placed.some(q => overlaps(q, r)));
    }

    dispose() {
        this.disposed = true;
        this.stopFontWatch();
        this.measurer.dispose();
        for (const l of this.labels) l.node.remove();
        this.handle.setData('baseLabels', undefined);
    }
}
