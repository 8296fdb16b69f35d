// The admin preview's places as dots on a map from Map/LeafletMap.razor.js. Every name is set with textContent: text
// from an uploaded notice never becomes HTML.
const L = window.L;

export function showPlaces(handle, placesJson) {
    const places = JSON.parse(placesJson)
        .filter(p => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180);
    const layer = L.layerGroup().addTo(handle.map);
    for (const p of places) {
        const label = document.createElement('span');
        label.textContent = `${p.nameZh} ${p.nameEn} (${p.code})`;
        L.circleMarker([p.lat, p.lon], { radius: 6, weight: 1, color: '#0d47a1', fillColor: '#1976d2', fillOpacity: 0.85 })
            .bindTooltip(label)
            .addTo(layer);
    }
    if (places.length > 0) {
        handle.map.fitBounds(L.latLngBounds(places.map(p => [p.lat, p.lon])).pad(0.3), { animate: false, maxZoom: 7 });
    }
    handle.setData('places', places.length);
    handle.markReady();
    return { dispose() { layer.remove(); } };
}
