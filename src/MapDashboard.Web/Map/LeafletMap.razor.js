// The map itself: one MapHandle per map element, all its state inside it. Layers live in their own modules.
import { MapHandle } from '../../js/map/mapHandle.js';

// A map drawn before the circuit connected (earlyMap.js) is adopted as it is; otherwise a new one is drawn.
export function createMap(element, options) {
    const early = element.earlyMapHandle;
    if (early) {
        delete element.earlyMapHandle;
        return early;
    }
    return new MapHandle(element, options);
}
