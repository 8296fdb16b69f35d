// The map itself; one MapHandle per map element, all its state inside it. Layers live in their own modules.
const L = window.L;

const CHINA_BOUNDS = [[17.5, 73.0], [53.6, 135.1]];

class MapHandle {
    constructor(element, options) {
        this.element = element;
        this.map = L.map(element, {
            preferCanvas: true,
            minZoom: 2,
            maxZoom: 14,
            zoomSnap: 0.25,
            attributionControl: true,
        });
        this.map.attributionControl.setPrefix(false);
        if (options?.attribution) this.map.attributionControl.addAttribution(options.attribution);
        if (options?.tileUrl) {
            L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? '' }).addTo(this.map);
        }
        this.fitChina();
    }

    fitChina() { this.map.fitBounds(CHINA_BOUNDS, { animate: false }); }

    invalidateSize() { this.map.invalidateSize({ animate: false }); }

    setView(lat, lon, zoom) { this.map.setView([lat, lon], zoom, { animate: false }); }

    // Reports the centre and zoom after each move, so the page can keep them in its URL.
    watchView(dotnet) {
        const report = () => {
            const c = this.map.getCenter();
            this.element.dataset.zoom = String(this.map.getZoom());
            dotnet.invokeMethodAsync('OnViewChanged', c.lat, c.lng, this.map.getZoom());
        };
        this.map.on('moveend', report);
        this.element.dataset.zoom = String(this.map.getZoom());
    }

    dispose() { this.map.remove(); }
}

export function createMap(element, options) {
    return new MapHandle(element, options);
}
