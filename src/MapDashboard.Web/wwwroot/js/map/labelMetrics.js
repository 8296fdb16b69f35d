// Sizes of map labels without laying the page out: text is measured on an offscreen canvas in the label's computed
// font (read once per kind of label), and each width is kept per text and font. On a page as large as the dashboard
// every layout read after a DOM write lays out the whole page again; a canvas measurement lays out nothing.

// Names of every prefecture and county in two fonts each fit well below this; past it the cache starts afresh.
const MAX_WIDTHS = 8000;

// "U+4e2d, U+6587-6589, U+4??" (a @font-face's unicode-range) as [from, to] pairs.
export function unicodeRanges(unicodeRange) {
    return unicodeRange.split(',').map((part) => part.trim().replace(/^u\+/i, '')).filter((p) => p).map((p) => {
        const [from, to] = p.includes('-') ? p.split('-') : [p.replace(/\?/g, '0'), p.replace(/\?/g, 'f')];
        return [parseInt(from, 16), parseInt(to, 16)];
    });
}

// A test of whether a code point lies in any of the ranges: small ranges as a set of their points, large ones as bounds.
function coverage(ranges) {
    const points = new Set();
    const large = [];
    for (const [from, to] of ranges) {
        if (to - from < 256) for (let c = from; c <= to; c++) points.add(c);
        else large.push([from, to]);
    }
    return (c) => points.has(c) || large.some(([from, to]) => c >= from && c <= to);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// The font of `node` (connected to the page, shown or not) as canvas and layout use it: one style read.
export function fontOf(node) {
    const s = getComputedStyle(node);
    const size = parseFloat(s.fontSize) || 12;
    const lineHeight = parseFloat(s.lineHeight);
    return {
        font: `${s.fontStyle} ${s.fontWeight} ${size}px ${s.fontFamily}`,
        letterSpacing: parseFloat(s.letterSpacing) || 0,
        lineHeight: Number.isFinite(lineHeight) ? lineHeight : 1.2 * size,
    };
}

export class TextMeasurer {
    constructor() {
        this.context = document.createElement('canvas').getContext('2d');
        this.widths = new Map(); // `${font}|${letterSpacing}|${text}` -> { width, font, text }
        this.arrived = new Set();
        this.fontListeners = new Set();
        // Chinese comes in several webfont slices, fetched as the text needing each is shown, each batch ending in a
        // `loadingdone`. Every one used to measure and place every label again (one pass was a 92 ms task on a slow
        // phone), even for slices with none of the labels' characters. Now the arrivals are gathered until no font is
        // loading (document.fonts.ready, and still so a frame later), and the labels are measured and placed again
        // once, and only if a width measured before has changed.
        this.onFontsLoaded = (e) => {
            if (e.fontfaces) for (const face of e.fontfaces) this.arrived.add(face);
            else this.arrivedUnknown = true;
            this.afterFontsSettle();
        };
        document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
    }

    async afterFontsSettle() {
        if (this.settling) return;
        this.settling = true;
        do {
            await document.fonts.ready;
            await nextFrame();
        } while (document.fonts.status === 'loading' && !this.disposed);
        this.settling = false;
        const arrived = [...this.arrived];
        const unknown = this.arrivedUnknown;
        this.arrived.clear();
        this.arrivedUnknown = false;
        if (this.disposed || !(unknown || this.changedBy(arrived))) return;
        this.widths.clear();
        for (const then of this.fontListeners) then();
    }

    // Whether a width measured before comes out otherwise now that `faces` (FontFaces) have loaded. Only texts with a
    // character a face covers, in a font naming its family, are measured again: a face may cover text that an earlier
    // font of the stack draws (a fallback slice holding ASCII, say), and then nothing changed.
    changedBy(faces) {
        const byFamily = new Map();
        for (const face of faces) {
            const family = face.family.replace(/["']/g, '').trim();
            byFamily.set(family, [...(byFamily.get(family) ?? []), ...unicodeRanges(face.unicodeRange || 'U+0-10FFFF')]);
        }
        const tests = new Map(); // font string -> code point test, or null when no face arrived for its families
        for (const entry of this.widths.values()) {
            let covered = tests.get(entry.font.font);
            if (covered === undefined) {
                const ranges = [...byFamily].filter(([family]) => entry.font.font.includes(family)).flatMap(([, r]) => r);
                covered = ranges.length ? coverage(ranges) : null;
                tests.set(entry.font.font, covered);
            }
            if (!covered || ![...entry.text].some((c) => covered(c.codePointAt(0)))) continue;
            if (this.measure(entry.text, entry.font) !== entry.width) return true;
        }
        return false;
    }

    measure(text, font) {
        // Setting a font parses it: only when it changes (callers measure one kind of label after another).
        if (this.font !== font.font) this.context.font = this.font = font.font;
        return Math.ceil(this.context.measureText(text).width + font.letterSpacing * [...text].length);
    }

    // The width in CSS pixels that `text` takes in `font` (from fontOf), as the page lays it out (whole pixels).
    width(text, font) {
        const key = `${font.font}|${font.letterSpacing}|${text}`;
        let entry = this.widths.get(key);
        if (entry === undefined) {
            if (this.widths.size >= MAX_WIDTHS) this.widths.clear();
            entry = { width: this.measure(text, font), font, text };
            this.widths.set(key, entry);
        }
        return entry.width;
    }

    // Calls `then` once the webfonts that were loading have all arrived, if they changed a width measured before.
    onFontLoad(then) {
        this.fontListeners.add(then);
        return () => this.fontListeners.delete(then);
    }

    dispose() {
        this.disposed = true;
        document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
        this.fontListeners.clear();
        this.widths.clear();
    }
}
