// Province mode: provinces shaded by how many pilot localities they hold; click a province to filter to it.
import { el } from './domText.js';
import { fetchGeoJson } from './geoJson.js';

const L = window.L;

class ChoroplethLayer {
    constructor(handle, url, options, dotnet) {
        this.handle = handle;
        this.texts = options.texts;
        this.map = handle.map;
        this.dotnet = dotnet;
        this.counts = {};
        this.colors = [];
        this.breaks = [];
        this.url = url;
        this.data = null;
        this.layer = null;
    }

    // The provinces are fetched and their layers built the first time the mode is shown: most visits never switch to
    // it. Building them (every coordinate becomes a LatLng) was a long task of a phone's first load, and so was reading
    // their 160 KB of JSON, fetched with the map (bench/README.md, "Out of the page"). A failed fetch is tried again
    // the next time.
    async built() {
        this.data ??= fetchGeoJson(this.url).catch((e) => { this.data = null; throw e; });
        const data = await this.data;
        this.layer ??= L.geoJSON(data, {
            style: (f) => this.styleOf(f.properties.code),
            onEachFeature: (f, l) => {
                l.bindTooltip(() => this.tooltipOf(f.properties), { sticky: true });
                l.on('click', () => this.dotnet.invokeMethodAsync('OnProvinceClicked', f.properties.code));
            },
        });
        return this.layer;
    }

    colorFor(count) {
        if (!count) return '#f2f2f2';
        let i = 0;
        while (i < this.breaks.length && count > this.breaks[i]) i++;
        return this.colors[Math.min(i, this.colors.length - 1)];
    }

    styleOf(code) {
        return { color: '#6b7b8c', weight: 1, fillColor: this.colorFor(this.counts[code] ?? 0), fillOpacity: 0.85 };
    }

    tooltipOf(p) {
        const box = el('div');
        box.append(el('div', 'map-tooltip-name', `${p.name_zh} ${p.name_en}`), el('div', null, this.texts.localityCount.replace('{0}', this.counts[p.code] ?? 0)));
        return box;
    }

    // counts: { provinceCode: n }; breaks ascending upper bounds per class; colors one per class.
    setCounts(counts, breaks, colors) {
        this.counts = counts; this.breaks = breaks; this.colors = colors;
        this.handle.setData('countedLocalities', Object.values(counts).reduce((a, b) => a + b, 0));
        this.layer?.eachLayer(l => l.setStyle(this.styleOf(l.feature.properties.code)));
    }

    async setShown(shown) {
        this.shown = shown;
        if (shown) {
            const layer = await this.built();
            // Hidden again, or gone, while the provinces were on their way.
            if (!this.shown || this.disposed) return;
            layer.addTo(this.map);
        } else {
            this.layer?.remove();
        }
        this.handle.setData('mode', shown ? 'provinces' : 'localities');
    }

    dispose() {
        this.disposed = true;
        this.layer?.remove();
    }
}

// options: { texts: { localityCount: '… {0} …' } }; dotnet receives OnProvinceClicked(code). The provinces at url are
// fetched when the layer is first shown.
export function createChoroplethLayer(handle, url, options, dotnet) {
    return new ChoroplethLayer(handle, url, options, dotnet);
}
