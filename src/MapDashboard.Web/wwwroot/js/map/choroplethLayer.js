// Province mode: provinces shaded by how many pilot localities they hold; click a province to filter to it.
import { el } from './domText.js';
import { fetchGeoJson } from './geoJson.js';

const L = window.L;

class ChoroplethLayer {
    constructor(handle, data, options, dotnet) {
        this.handle = handle;
        this.texts = options.texts;
        this.map = handle.map;
        this.dotnet = dotnet;
        this.counts = {};
        this.colors = [];
        this.breaks = [];
        this.data = data;
        this.layer = null;
    }

    // The provinces' layers are built the first time the mode is shown: most visits never switch to it, and building
    // them (every coordinate becomes a LatLng) was a long task of a phone's first load.
    built() {
        this.layer ??= L.geoJSON(this.data, {
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

    setShown(shown) {
        if (shown) this.built().addTo(this.map); else this.layer?.remove();
        this.handle.setData('mode', shown ? 'provinces' : 'localities');
    }

    dispose() { this.layer?.remove(); }
}

// options: { texts: { localityCount: '… {0} …' } }; dotnet receives OnProvinceClicked(code).
export async function createChoroplethLayer(handle, url, options, dotnet) {
    return new ChoroplethLayer(handle, await fetchGeoJson(url), options, dotnet);
}
