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
