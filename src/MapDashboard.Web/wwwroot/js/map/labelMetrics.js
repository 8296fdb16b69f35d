// Sizes of map labels without laying the page out: text is measured on an offscreen canvas in the label's computed
// font (read once per kind of label), and each width is kept per text and font. On a page as large as the dashboard
// every layout read after a DOM write lays out the whole page again; a canvas measurement lays out nothing.

// Names of every prefecture and county in two fonts each fit well below this; past it the cache starts afresh.
const MAX_WIDTHS = 8000;

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

// Whether a @font-face unicode-range ("U+4E2D, U+6587-6589, U+4??") covers any of the code points.
function coversAny(unicodeRange, codePoints) {
    const ranges = (unicodeRange || 'U+0-10FFFF').split(',').map((part) => part.trim().replace(/^u\+/i, '')).filter((p) => p)
        .map((p) => {
            const [from, to] = p.includes('-') ? p.split('-') : [p.replace(/\?/g, '0'), p.replace(/\?/g, 'f')];
            return [parseInt(from, 16), parseInt(to, 16)];
        });
    return codePoints.some((c) => ranges.some(([from, to]) => c >= from && c <= to));
}

export class TextMeasurer {
    constructor() {
        this.context = document.createElement('canvas').getContext('2d');
        this.widths = new Map();
        // A webfont slice that arrives after a measurement changes the text's width: measure again from then on.
        this.onFontsLoaded = () => this.widths.clear();
        document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
    }

    // The width in CSS pixels that `text` takes in `font` (from fontOf), as the page lays it out (whole pixels).
    width(text, font) {
        const key = `${font.font}|${font.letterSpacing}|${text}`;
        let width = this.widths.get(key);
        if (width === undefined) {
            if (this.widths.size >= MAX_WIDTHS) this.widths.clear();
            // Setting a font parses it: only when it changes (callers measure one kind of label after another).
            if (this.font !== font.font) this.context.font = this.font = font.font;
            width = Math.ceil(this.context.measureText(text).width + font.letterSpacing * [...text].length);
            this.widths.set(key, width);
        }
        return width;
    }

    // Calls `then` whenever a webfont finished loading (widths of text drawn in it may have changed); given `text`,
    // only when a face that loaded covers one of its characters: the Chinese webfont arrives in several slices, and
    // placing every label again for a slice none of them uses was a long task of the load, once per slice.
    onFontLoad(then, text) {
        const used = text === undefined ? null : [...new Set([...text].map((c) => c.codePointAt(0)))];
        const listener = (e) => {
            if (!used || !e.fontfaces?.length || e.fontfaces.some((face) => coversAny(face.unicodeRange, used))) then();
        };
        document.fonts?.addEventListener('loadingdone', listener);
        return () => document.fonts?.removeEventListener('loadingdone', listener);
    }

    dispose() {
        document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
        this.widths.clear();
    }
}
