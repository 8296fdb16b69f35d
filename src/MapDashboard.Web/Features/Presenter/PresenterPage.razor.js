// Presenter keys (arrows, PageUp/PageDown from clickers, Home, End, Esc), caught on the document before the map sees
// them, so Leaflet does not pan on arrows. All state lives in the returned object.
export function listen(dotnet, keys) {
    const handled = new Set(keys);
    const onKey = (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || !handled.has(e.key)) return;
        const target = e.target;
        if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
        e.preventDefault();
        e.stopPropagation();
        dotnet.invokeMethodAsync('OnKey', e.key);
    };
    document.addEventListener('keydown', onKey, true);
    return { dispose: () => document.removeEventListener('keydown', onKey, true) };
}
