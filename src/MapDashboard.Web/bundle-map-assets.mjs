// Builds what the page and its map start with into few files: on a phone every request costs the browser and the
// server time (bench/README.md). Run by NpmAssets.targets after `npm ci` (and by the Dockerfile's assets
// stage); writes only into wwwroot/lib, which git ignores.
//   lib/leaflet/leaflet-with-markercluster.js   leaflet.js, then leaflet.markercluster.js (which needs window.L)
//   lib/leaflet/leaflet-with-markercluster.css  leaflet.css and markercluster's two stylesheets; in lib/leaflet, so
//                                               leaflet's url(images/...) still resolve
//   lib/vector-tile/vector-tile.js              @mapbox/vector-tile and pbf as one ES module (js/map/boundaryTiles.js
//                                               imports it once the map is zoomed to prefectures)
//   lib/dom-capture/modern-screenshot.js         the DOM screenshot library of the PNG export, as one ES module
//                                               (js/map/domCapture.js imports it when a picture is taken)
//   lib/boot.js                                 js/boot.js and the modules it imports, as one ES module
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const lib = join(here, 'wwwroot', 'lib');

// A source map comment would point into the middle of the joined file.
// V8's explicit compile hint (Chrome 136+): every function of the file is compiled with the script, on the thread that
// streams it in, instead of lazily on the main thread at its first call (a third of Leaflet's evaluation was that).
const COMPILE_ALL = '//# allFunctionsCalledOnLoad\n';

const withoutSourceMap = (text) => text.replace(/^\/\/# sourceMappingURL=.*$/gm, '');

function concatenate(out, files, separator, prefix = '') {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, prefix + files.map((f) => withoutSourceMap(readFileSync(join(modules, f), 'utf8'))).join(separator));
}

concatenate(join(lib, 'leaflet', 'leaflet-with-markercluster.js'),
    ['leaflet/dist/leaflet.js', 'leaflet.markercluster/dist/leaflet.markercluster.js'], '\n;\n', COMPILE_ALL);
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
    stdin: { contents: "export { domToCanvas, domToBlob } from 'modern-screenshot';", resolveDir: here },
    outfile: join(lib, 'dom-capture', 'modern-screenshot.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
});

await build({
    entryPoints: [join(here, 'wwwroot', 'js', 'boot.js')],
    outfile: join(lib, 'boot.js'),
    banner: { js: COMPILE_ALL },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
});
