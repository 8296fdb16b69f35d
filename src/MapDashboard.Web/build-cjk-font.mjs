// Builds the Chinese webfont the pages use, from Noto Sans SC (npm @fontsource/noto-sans-sc, OFL: see
// ThirdPartyLicences/NotoSansSC-OFL.txt) into wwwroot/lib/noto-sans-sc, which git ignores. Run by NpmAssets.targets.
// Many PCs and kiosks have no Chinese system font; the page's Chinese must still read, for at most 400 KB.
// Fontsource's own unicode-range slices follow Google's, cut for the web at large: the province names alone touch 11 of
// them (640 KB). So the characters this app shows are cut into slices of its own, each with a unicode-range that lists
// exactly its characters, so that the browser fetches a slice only when text on the page needs it:
//   mapdash-sc-0.woff2   the Chinese of the English interface: the language switch's 中文 (~2 KB)
//   mapdash-sc-1.woff2   the Chinese interface (resx, literals in the code) and the province names (~45 KB)
//   mapdash-sc-N.woff2   every other character of the gazetteer's names, most frequent first, in slices of 600
// Anything else (a character someone types, an uploaded notice in the admin area) falls back to fontsource's slices
// (family "Noto Sans SC", files/). Their ~100 @font-face rules are a stylesheet of their own, noto-sans-sc-fallback.css
// (90 KB of unicode-range text that every page would parse and match against), which boot.js applies only where such
// text can appear (cjkFallback.js); noto-sans-sc.css holds the app's own slices.
// Weight 400 only: the browser makes the bold, so a page fetches each character once.
import subsetFont from 'subset-font';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fontsource = join(here, 'node_modules', '@fontsource', 'noto-sans-sc');
const out = join(here, 'wwwroot', 'lib', 'noto-sans-sc');
const gazetteerPath = process.env.MAPDASH_GAZETTEER ?? join(here, '..', '..', 'geodata', 'gazetteer.csv');
const SLICE = 600;

const isChinese = (c) => c.codePointAt(0) >= 0x2e80;
const chineseOf = (text) => [...text].filter(isChinese);

function filesUnder(dir, pattern) {
    return readdirSync(dir, { recursive: true }).filter((f) => pattern.test(f)).map((f) => join(dir, f));
}

// The interface: every Chinese resource (Resources/*.zh*.resx: the pages', the compare picker's placeholder, the admin
// area's) and Chinese literals in the code (MudBlazor's texts, 约/万/亿 in figures), and our Chinese theme and measure
// titles (seeds/*.titles-zh.csv), which the Chinese interface shows beside the notice's.
const seeds = join(here, '..', '..', 'seeds');
const resources = join(here, 'Resources');
const chineseResources = filesUnder(resources, /\.zh[^.]*\.resx$/);
const englishResources = filesUnder(resources, /\.resx$/).filter((f) => !chineseResources.includes(f));
const interfaceText = [...chineseResources,
    ...filesUnder(seeds, /\.titles-zh\.csv$/),
    ...['Features', 'Shared', 'Shell', 'Map'].flatMap((d) => filesUnder(join(here, d), /\.(cs|razor)$/))]
    .map((f) => readFileSync(f, 'utf8')).join('');

// gazetteer.csv: code,level,name_zh,short_name_zh,... (no quoted commas in the Chinese columns).
const names = readFileSync(gazetteerPath, 'utf8').split('\n').slice(1).filter((l) => l)
    .map((l) => l.split(','))
    .map(([, level, nameZh, shortZh]) => ({ level, text: `${nameZh}${shortZh}` }));

// The Chinese of the English interface (中文 of the language switch and the search hint).
const english = new Set(englishResources.flatMap((f) => chineseOf(readFileSync(f, 'utf8'))));
const first = new Set([...chineseOf(interfaceText), ...names.filter((n) => n.level === 'province').flatMap((n) => chineseOf(n.text))]);
const frequency = new Map();
for (const n of names) for (const c of new Set(chineseOf(n.text))) frequency.set(c, (frequency.get(c) ?? 0) + 1);
for (const c of english) first.delete(c);
const rest = [...frequency.keys()].filter((c) => !first.has(c) && !english.has(c))
    .sort((a, b) => frequency.get(b) - frequency.get(a) || a.codePointAt(0) - b.codePointAt(0));
const slices = [[...english], [...first]];
for (let i = 0; i < rest.length; i += SLICE) slices.push(rest.slice(i, i + SLICE));

// U+4e2d,U+6587-6589: the characters' code points, runs joined.
function unicodeRange(chars) {
    const points = [...new Set(chars.map((c) => c.codePointAt(0)))].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < points.length;) {
        let j = i;
        while (j + 1 < points.length && points[j + 1] === points[j] + 1) j++;
        parts.push(i === j ? `U+${points[i].toString(16)}` : `U+${points[i].toString(16)}-${points[j].toString(16)}`);
        i = j + 1;
    }
    return parts.join(',');
}

// Files are overwritten, never deleted: the build has already listed what wwwroot/lib holds.
mkdirSync(join(out, 'files'), { recursive: true });
const source = readFileSync(join(fontsource, 'files', 'noto-sans-sc-chinese-simplified-400-normal.woff2'));
const rules = [];
for (const [i, chars] of slices.entries()) {
    const file = `mapdash-sc-${i}.woff2`;
    writeFileSync(join(out, file), await subsetFont(source, chars.join(''), { targetFormat: 'woff2' }));
    rules.push(`@font-face{font-family:"MapDashboard Sans SC";font-style:normal;font-display:swap;font-weight:400;` +
        `src:url(${file}) format("woff2");unicode-range:${unicodeRange(chars)}}`);
}

// The fallback: fontsource's numbered slices of weight 400 (not its latin, cyrillic or vietnamese ones: the system
// fonts come first for those), woff2 only.
const fallbackCss = readFileSync(join(fontsource, '400.css'), 'utf8');
const fallbackRules = [];
for (const block of fallbackCss.split('@font-face').slice(1)) {
    const file = /files\/(noto-sans-sc-\d+-400-normal\.woff2)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    copyFileSync(join(fontsource, 'files', file), join(out, 'files', file));
    fallbackRules.push(`@font-face{font-family:"Noto Sans SC";font-style:normal;font-display:swap;font-weight:400;` +
        `src:url(files/${file}) format("woff2");unicode-range:${range.trim()}}`);
}
copyFileSync(join(fontsource, 'LICENSE'), join(out, 'LICENSE'));
writeFileSync(join(out, 'noto-sans-sc.css'), `/* Built by build-cjk-font.mjs. */\n${rules.join('\n')}\n`);
writeFileSync(join(out, 'noto-sans-sc-fallback.css'), `/* Built by build-cjk-font.mjs. */\n${fallbackRules.join('\n')}\n`);
console.log(`build-cjk-font: ${slices.length} slices of ${slices.map((s) => s.length).join('/')} characters`);
