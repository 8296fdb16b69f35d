// The fallback Chinese font's rules (noto-sans-sc-fallback.css: ~100 @font-face rules, every character the app's own
// slices lack), applied only where such characters can appear: at once on pages whose text is not the app's own
// (data-cjk-fallback="page", the admin area's uploaded notices), and elsewhere when someone starts typing in a field.
// Every other page would parse and match its 90 KB for nothing: the app's own text is in noto-sans-sc.css.
const FIELDS = 'input, textarea, [contenteditable]';

function apply(holder) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = holder.dataset.cjkFallbackHref;
    holder.after(link);
    document.documentElement.dataset.cjkFallback = 'applied';
}

export function applyCjkFallbackWhenNeeded(doc = document) {
    const holder = doc.querySelector('[data-cjk-fallback-href]');
    if (!holder) return;
    if (holder.dataset.cjkFallback === 'page') {
        apply(holder);
        return;
    }
    const onFocus = (e) => {
        if (!(e.target instanceof Element) || !e.target.matches(FIELDS)) return;
        doc.removeEventListener('focusin', onFocus, true);
        apply(holder);
    };
    doc.addEventListener('focusin', onFocus, true);
}
