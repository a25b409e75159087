// define.js — registers <triangulate-compare>. Import this module to use the element:
//
//   <script type="module" src="/src/define.js"></script>
//
// To use another tag name or registry, import triangulate-element.js instead and call
// TriangulateCompareElement.define('my-compare', registry).

import {TriangulateCompareElement} from './triangulate-element.js';

TriangulateCompareElement.define();

export {TriangulateCompareElement};
export default TriangulateCompareElement;
