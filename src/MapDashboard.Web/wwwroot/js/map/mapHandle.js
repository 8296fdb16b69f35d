// One Leaflet map and all its state. The map draws into a container of its own inside the host element the page
// rendered, built out of the page and put in at once.
import { el } from './domText.js';

const L = window.L;

const CHINA_BOUNDS = [[17.5, 73.0], [53.6, 135.1]];

export class MapHandle {
    constructor(host, options) {
        this.element = host;
        this.canvas = document.createElement('div');
        this.canvas.className = 'map-canvas';
        // Leaflet builds its panes and controls into the canvas before it goes into the page, where it is put in at once
        // (offPage.js says why). Leaflet reads the canvas's position while it is out of the page, so it is set here too
        // (the stylesheet's .map-host > .map-canvas); its size is read once the canvas is in the page (fitChina).
        this.canvas.style.position = 'absolute';
        this.map = L.map(this.canvas, {
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
        // The open popup, kept in view when the map's box changes (invalidateSize).
        this.map.on('popupopen', (e) => { this.popup = e.popup; });
        this.map.on('popupclose', (e) => { if (this.popup === e.popup) this.popup = null; });
        host.append(this.canvas);
        this.fitChina();
    }

    // Sets (or, with undefined, removes) one data-* attribute of the host.
    setData(name, value) {
        if (value === undefined) delete this.element.dataset[name];
        else this.element.dataset[name] = String(value);
    }

    fitChina() { this.map.fitBounds(CHINA_BOUNDS, { animate: false }); }

    // The map's box changed (a details panel opened beside it, or on a phone a sheet below it). Leaflet keeps the centre,
    // so the place just tapped, near the edge that went, may now lie outside: its popup is panned back into view, with
    // the place under it. Markercluster takes a marker out of view off the map, which closes its popup: opened again.
    invalidateSize() {
        const popup = this.popup;
        this.map.invalidateSize({ animate: false });
        if (!popup) return;
        if (this.popup === popup) popup.update();
        else this.map.openPopup(popup);
    }

    setView(lat, lon, zoom) { this.map.setView([lat, lon], zoom, { animate: false }); }

    // Reports the centre and zoom after each move, so the page can keep them in its URL.
    watchView(dotnet) {
        const report = () => {
            const c = this.map.getCenter();
            this.setData('zoom', this.map.getZoom());
            dotnet.invokeMethodAsync('OnViewChanged', c.lat, c.lng, this.map.getZoom());
        };
        this.map.on('moveend', report);
        this.setData('zoom', this.map.getZoom());
    }

    // The circuit has the map (drawn or adopted) and listens to it: what a person does from now on reaches the page.
    markReady() { this.setData('ready', 'true'); }

    // A unit of the gazetteer that is not a pilot (found by the search box): the map goes there and says so in a popup
    // at its point, which the next place or a click elsewhere replaces. place: { code, nameZh, nameEn, note, latitude,
    // longitude, bounds: { west, south, east, north } | null }; names and note become text, never HTML.
    showPlace(place) {
        this.placePopup?.remove();
        const point = [place.latitude, place.longitude];
        if (place.bounds) {
            const b = place.bounds;
            this.map.fitBounds([[b.south, b.west], [b.north, b.east]], { animate: false, maxZoom: 10, padding: [24, 24] });
        } else {
            this.map.setView(point, 10, { animate: false });
        }
        const content = el('div', 'place-note');
        content.append(el('strong', null, place.nameZh), ' ', el('span', null, place.nameEn), el('div', 'place-note-text', place.note));
        content.firstChild.lang = 'zh-CN';
        content.children[1].lang = 'en';
        this.placePopup = L.popup({ className: 'place-popup', autoPan: false }).setLatLng(point).setContent(content).openOn(this.map);
        this.setData('shownPlace', place.code);
        this.placePopup.on('remove', () => this.setData('shownPlace', undefined));
    }

    dispose() {
        this.disposed = true;
        this.map.remove();
        this.canvas.remove();
    }
}
