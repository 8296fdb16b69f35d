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

// Whether any of `points` (a Set of code points) lies in the ranges; each range costs at most its span or the set's size.
function covers(ranges, points) {
    for (const [from, to] of ranges) {
        if (to - from < points.size) {
            for (let c = from; c <= to; c++) if (points.has(c)) return true;
        } else {
            for (const c of points) if (c >= from && c <= to) return true;
        }
    }
    return false;
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
        this.widths = new Map();
        // What was measured (code points, font strings): a font that arrives changes a width only if it draws
        // one of these characters in one of these fonts.
        this.points = new Set();
        this.fontsUsed = new Set();
        this.arrived = new Set();
        this.fontListeners = new Set();
        // Chinese comes in several webfont slices, fetched as the text needing each is shown, each batch ending in a
        // `loadingdone`. Every one used to measure and place every label again (one pass was a 92 ms task on a slow
        // phone), even for slices with none of the labels' characters. Now the arrivals are gathered until no font is
        // loading (document.fonts.ready, and still so a frame later), then the labels are measured once, and only if a
        // slice that arrived draws some of their text.
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
        if (this.disposed || !(unknown || arrived.some((face) => this.draws(face)))) return;
        // Widths measured before the slice arrived are those of the fallback font.
        this.widths.clear();
        for (const then of this.fontListeners) then();
    }

    // Whether `face` (a FontFace) draws a character measured so far in a font naming its family.
    draws(face) {
        const family = face.family.replace(/["']/g, '').trim();
        if (![...this.fontsUsed].some((font) => font.includes(family))) return false;
        return covers(unicodeRanges(face.unicodeRange || 'U+0-10FFFF'), this.points);
    }

    // The width in CSS pixels that `text` takes in `font` (from fontOf), as the page lays it out (whole pixels).
    width(text, font) {
        const key = `${font.font}|${font.letterSpacing}|${text}`;
        let width = this.widths.get(key);
        if (width === undefined) {
            if (this.widths.size >= MAX_WIDTHS) this.widths.clear();
            // Setting a font parses it: only when it changes (callers measure one kind of label after another).
            if (this.font !== font.font) {
                this.context.font = this.font = font.font;
                this.fontsUsed.add(font.font);
            }
            width = Math.ceil(this.context.measureText(text).width + font.letterSpacing * [...text].length);
            this.widths.set(key, width);
            for (const c of text) this.points.add(c.codePointAt(0));
        }
        return width;
    }

    // Calls `then` once the webfonts that were loading have all arrived, if one of them changes a width measured before.
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
