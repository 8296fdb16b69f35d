import { unicodeRanges } from './labelMetrics.js';

// The app's font stack for text drawn on canvas (the page's own text takes it from the theme, DashboardTheme.cs).
// The last two are Noto Sans SC served from lib/noto-sans-sc in unicode-range slices (build-cjk-font.mjs): a machine
// without Chinese system fonts still draws Chinese, and only the slices that the page's Chinese text needs are fetched.
export const APP_FONT = 'system-ui, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", "MapDashboard Sans SC", "Noto Sans SC", sans-serif';

// Canvas text does not trigger a webfont's loading the way page text does; this fetches the subsets holding the
// characters of `text` in the weights the export draws with, and resolves once they are ready (or failed: the
// drawing then falls back, as the page would).
export async function loadFontsFor(text) {
    if (!document.fonts || !text) return;
    try {
        await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 16px ${APP_FONT}`, text)));
    } catch (e) {
        console.error('Fonts for the export did not load', e);
    }
}

const CJK_START = 0x2e80;
// The families whose @font-face rules the export may inline, in the order APP_FONT tries them.
const WEB_FAMILIES = ['MapDashboard Sans SC', 'Noto Sans SC'];

function fontFaceRules() {
    const rules = [];
    for (const sheet of document.styleSheets) {
        let list;
        try { list = sheet.cssRules; } catch { continue; }
        for (const rule of list) if (rule instanceof CSSFontFaceRule) rules.push({ rule, base: sheet.href ?? document.baseURI });
    }
    return rules;
}

async function dataUrlOf(url) {
    const response = await fetch(url, { cache: 'force-cache' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const blob = await response.blob();
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
    });
}

// The @font-face rules that the Chinese characters of `text` need, with their files inlined as data URLs: an image
// drawn from an SVG (what a DOM capture is) loads no file of its own. Only the slices the text uses, each once (the
// app's own slices first, as the page's font stack has them): the fallback family alone has a hundred files.
// Empty when the text has no Chinese.
export async function embeddedFontCss(text) {
    const wanted = new Set([...(text ?? '')].map((c) => c.codePointAt(0)).filter((c) => c >= CJK_START));
    if (wanted.size === 0) return '';
    const rules = fontFaceRules();
    const chosen = [];
    for (const family of WEB_FAMILIES) {
        for (const { rule, base } of rules) {
            if (rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim() !== family) continue;
            const ranges = unicodeRanges(rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF');
            const covered = [...wanted].filter((c) => ranges.some(([from, to]) => c >= from && c <= to));
            if (covered.length === 0) continue;
            for (const c of covered) wanted.delete(c);
            chosen.push({ rule, base });
        }
    }
    const css = await Promise.all(chosen.map(async ({ rule, base }) => {
        const url = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
        try {
            return url ? rule.cssText.replace(/url\([^)]*\)/, `url("${await dataUrlOf(new URL(url, base))}")`) : '';
        } catch (e) {
            // A slice that cannot be fetched draws as the page would without it.
            console.error('A font slice for the export did not load', e);
            return '';
        }
    }));
    return css.join('\n');
}
