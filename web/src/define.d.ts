// define.d.ts — types for define.js (the npm entry "triangulate-compare/element"), which
// registers <triangulate-compare> when imported.
import {TriangulateCompareElement} from './triangulate-element.js';

export {TriangulateCompareElement};
export type {CompareEngine, StringEntry, StringTable, TriangulateErrorDetail, TriangulateResultDetail} from './triangulate-element.js';
export default TriangulateCompareElement;
