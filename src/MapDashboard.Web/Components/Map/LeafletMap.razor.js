// One map per call to createMap; everything it needs lives in the returned handle (no module-level state).
const L = window.L;

const CHINA_BOUNDS = [[17.5, 73.0], [53.6, 135.1]];

function tooltipContent(props) {
    const box = document.createElement('div');
    const name = document.createElement('div');
    name.className = 'map-tooltip-name';
    name.textContent = props.name_zh ?? '';
    const en = document.createElement('div');
    en.textContent = props.name_en ?? '';
    box.append(name, en);
    return box;
}

class MapHandle {
    constructor(element, options) {
        this.element = element;
        this.layers = new Map();
        this.map = L.map(element, {
            preferCanvas: true,
            minZoom: 2,
            maxZoom: 14,
            zoomSnap: 0.25,
            worldCopyJump: false,
            attributionControl: true,
        });
        this.map.attributionControl.setPrefix(false);
        if (options?.tileUrl) {
            L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? '' }).addTo(this.map);
        }
        this.map.fitBounds(CHINA_BOUNDS, { animate: false });
    }

    async addBoundaryLayer(layerId, url) {
        const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
        if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
        const data = await response.json();
        this.layers.get(layerId)?.remove();
        const layer = L.geoJSON(data, {
            style: () => ({ color: '#5b7083', weight: 1, fillColor: '#dfe7ee', fillOpacity: 0.8 }),
            onEachFeature: (feature, l) => l.bindTooltip(tooltipContent(feature.properties ?? {}), { sticky: true }),
        }).addTo(this.map);
        this.layers.set(layerId, layer);
        const count = data.features?.length ?? 0;
        this.element.dataset.drawnFeatures = String(count);
        if (count > 0) this.map.fitBounds(layer.getBounds(), { animate: false });
        return count;
    }

    dispose() {
        this.layers.clear();
        this.map.remove();
    }
}

export function createMap(element, options) {
    return new MapHandle(element, options);
}
