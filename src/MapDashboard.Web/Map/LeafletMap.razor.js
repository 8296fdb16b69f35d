// The map itself: one MapHandle per map element, all its state inside it. Layers live in their own modules.
import { MapHandle } from '../../js/map/mapHandle.js';

export function createMap(element, options) {
    return new MapHandle(element, options);
}
