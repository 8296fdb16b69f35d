// Long lines cut into pieces that Leaflet can add a few at a time (paint.js eachInSlices): the national border is one
// feature of 231 parts and 6,311 points, and projecting it in one go was the longest task of a phone's first load
// (bench/README.md, lighthouse). Parts are grouped up to `maxPoints`; a longer part is cut, each piece repeating the
// last point of the one before, so the stroke stays whole. A dashed line's pattern starts afresh at such a cut: only
// the border's solid parts are that long.

export const PIECE_POINTS = 400;

function partsOf(geometry) {
    if (geometry?.type === 'LineString') return [geometry.coordinates];
    if (geometry?.type === 'MultiLineString') return geometry.coordinates;
    return null;
}

function cut(part, maxPoints) {
    if (part.length <= maxPoints) return [part];
    const pieces = [];
    for (let start = 0; start < part.length - 1; start += maxPoints - 1) pieces.push(part.slice(start, start + maxPoints));
    return pieces;
}

// The features of `features` as MultiLineString features of at most maxPoints points each (other geometries as they
// are), with their properties.
export function linePieces(features, maxPoints = PIECE_POINTS) {
    const pieces = [];
    for (const feature of features) {
        const parts = partsOf(feature.geometry);
        if (!parts) {
            pieces.push(feature);
            continue;
        }
        let group = [];
        let points = 0;
        const flush = () => {
            if (group.length) pieces.push({ type: 'Feature', properties: feature.properties, geometry: { type: 'MultiLineString', coordinates: group } });
            group = [];
            points = 0;
        };
        for (const piece of parts.flatMap((p) => cut(p, maxPoints))) {
            if (points + piece.length > maxPoints) flush();
            group.push(piece);
            points += piece.length;
        }
        flush();
    }
    return pieces;
}
