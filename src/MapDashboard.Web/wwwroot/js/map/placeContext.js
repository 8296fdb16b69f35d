// One place in its surroundings, for small maps that each show one locality (compare): the place's province outlined
// above the base map, a scale bar (top right: the attribution fills the bottom of a small map), and the zoom that fits the place, so several maps can be set to one scale.
// Neighbouring prefectures and counties are the base map's boundary tiles (boundaryTiles.js) at the zoom shown.
import { fetchGeoJson } from './geoJson.js';

const L = window.L;
const PROVINCE = { color: '#1f4e79', weight: 2, fill: false, opacity: 0.9, interactive: false };
const PADDING = L.point(30, 30);
const MAX_ZOOM = 9;

class PlaceContext {
    constructor(handle, layer, code, province) {
        this.handle = handle;
        this.map = handle.map;
        this.layer = layer;
        this.code = code;
        this.pane = this.map.createPane('placeProvince');
        this.pane.style.zIndex = '380';
        this.pane.style.pointerEvents = 'none';
        this.province = province ? L.geoJSON(province, { style: PROVINCE, pane: 'placeProvince' }).addTo(this.map) : null;
        this.scale = L.control.scale({ position: 'topright', imperial: false, maxWidth: 80 }).addTo(this.map);
        handle.setData('placeProvince', province ? province.properties.code : 'none');
    }

    bounds() {
        this.map.invalidateSize({ animate: false });
        return this.layer.boundsOf(this.code);
    }

    // The zoom at which the place fills the map (as fitVisible draws it); null when the place is not plotted.
    fitZoom() {
        const b = this.bounds();
        return b ? Math.min(this.map.getBoundsZoom(b, false, PADDING.multiplyBy(2)), MAX_ZOOM) : null;
    }

    // The place centred at `zoom` (one scale for all maps), or fitted when zoom is null.
    show(zoom) {
        const b = this.bounds();
        if (!b) return;
        if (zoom == null) this.map.fitBounds(b, { animate: false, padding: PADDING, maxZoom: MAX_ZOOM });
        else this.map.setView(b.getCenter(), zoom, { animate: false });
        this.handle.setData('placeZoom', this.map.getZoom());
    }

    dispose() {
        this.province?.remove();
        this.scale.remove();
        this.pane.remove();
        for (const key of ['placeProvince', 'placeZoom']) this.handle.setData(key, undefined);
    }
}

// layer: the map's locality layer (localityLayer.js); provincesUrl: the base map's province GeoJSON (same URL, so the
// browser's cache answers); provinceCode: the place's province.
export async function createPlaceContext(handle, layer, code, provincesUrl, provinceCode) {
    const provinces = await fetchGeoJson(provincesUrl);
    const province = provinces.features.find((f) => f.properties?.code === provinceCode) ?? null;
    return new PlaceContext(handle, layer, code, province);
}
