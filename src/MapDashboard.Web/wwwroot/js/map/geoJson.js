// GeoJSON from the app's endpoints; a failed request is an error that names the URL.
export async function fetchGeoJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.json();
}
