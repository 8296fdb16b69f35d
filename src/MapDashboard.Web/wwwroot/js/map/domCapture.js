// The DOM screenshot library the export uses, loaded only when a picture is taken (lib/dom-capture, bundled by
// bundle-map-assets.mjs), behind the two calls mapExport.js makes.
// options: { scale, filter(node) -> keep?, fontCss (inlined @font-face rules, '' for none), style (root overrides),
// background (none: the node's own, e.g. the map's sea colour) }.
const library = () => import('../../lib/dom-capture/modern-screenshot.js');

function optionsOf({ scale, filter, fontCss, style, background }) {
    // No font CSS: nothing to embed (the default would inline every @font-face of the families in use).
    return { scale, filter, style, backgroundColor: background ?? null, font: fontCss ? { cssText: fontCss } : false };
}

export async function captureToCanvas(node, options) {
    const { domToCanvas } = await library();
    return domToCanvas(node, optionsOf(options));
}

export async function captureToBlob(node, options) {
    const { domToBlob } = await library();
    return domToBlob(node, { ...optionsOf(options), type: 'image/png' });
}
