// Builds what the map's first picture loads into few files: before the map shows, every request costs the browser
// and the server time (bench/README.md). Run by NpmAssets.targets after `npm ci` (and by the Dockerfile's assets
// stage); writes only into wwwroot/lib, which git ignores.
//   lib/leaflet/leaflet-with-markercluster.js   leaflet.js, then leaflet.markercluster.js (which needs window.L)
//   lib/leaflet/leaflet-with-markercluster.css  leaflet.css and markercluster's two stylesheets; in lib/leaflet, so
//                                               leaflet's url(images/...) still resolve
//   lib/early-map/early-map.js                  js/map/earlyMap.js and the modules it imports, as one ES module
//   lib/vector-tile/vector-tile.js              @mapbox/vector-tile and pbf as one ES module (js/map/boundaryTiles.js
//                                               imports it; built first, so early-map.js takes it in)
//   lib/boot.js                                 js/boot.js and paint.js, as one ES module; early-map.js stays apart
//                                               (imported only where a map was prerendered, and a failure to load it
//                                               must not keep Blazor from starting)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const lib = join(here, 'wwwroot', 'lib');

// A source map comment would point into the middle of the joined file.
const withoutSourceMap = (text) => text.replace(/^\/\/# sourceMappingURL=.*$/gm, '');

function concatenate(out, files, separator) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, files.map((f) => withoutSourceMap(readFileSync(join(modules, f), 'utf8'))).join(separator));
}

concatenate(join(lib, 'leaflet', 'leaflet-with-markercluster.js'),
    ['leaflet/dist/leaflet.js', 'leaflet.markercluster/dist/leaflet.markercluster.js'], '\n;\n');
concatenate(join(lib, 'leaflet', 'leaflet-with-markercluster.css'),
    ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css', 'leaflet.markercluster/dist/MarkerCluster.Default.css'], '\n');

await build({
    stdin: { contents: "export { VectorTile } from '@mapbox/vector-tile'; export { PbfReader } from 'pbf';", resolveDir: here },
    outfile: join(lib, 'vector-tile', 'vector-tile.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
});

await build({
    entryPoints: [join(here, 'wwwroot', 'js', 'map', 'earlyMap.js')],
    outfile: join(lib, 'early-map', 'early-map.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
});

// In lib/, one folder above lib/early-map/: boot's import('../lib/early-map/early-map.js') resolves to the same URL
// from here as from js/boot.js.
await build({
    entryPoints: [join(here, 'wwwroot', 'js', 'boot.js')],
    outfile: join(lib, 'boot.js'),
    bundle: true,
    external: ['../lib/early-map/early-map.js'],
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
});
