// triangulate-element.d.ts — hand-written types for triangulate-element.js (the class, not
// registered; the npm entry "triangulate-compare/element-class").
//
//   import {TriangulateCompareElement} from 'triangulate-compare/element-class';
//   TriangulateCompareElement.engineOptions = {workerUrl: '/triangulate-worker.js'};
//   TriangulateCompareElement.define();                 // <triangulate-compare>
//   const el = document.querySelector('triangulate-compare')!;
//   el.addEventListener('triangulate-result', (e) => console.log(e.detail.result.links.length));

import type {CompareOptions, EngineOptions, Result, Source} from '../engine/engine.js';

/** What the element needs of an engine: createEngine()'s result fits, so does a stand-in. */
export interface CompareEngine {
  compare(sources: Source[], options?: CompareOptions): Promise<Result>;
}

export interface TriangulateResultDetail {
  result: Result;
}

export interface TriangulateErrorDetail {
  error: Error;
  message: string;
}

export declare class TriangulateCompareElement extends HTMLElement {
  static observedAttributes: string[];
  /** Options of the engine all elements share, read when the first one compares. */
  static engineOptions: EngineOptions;
  /** Registers the class as `tag` (default "triangulate-compare") in `registry` and returns the
   *  class that backs it (a subclass when this class already backs another name). */
  static define(tag?: string, registry?: CustomElementRegistry): typeof TriangulateCompareElement;

  /** The sources compared: the `sources` attribute (JSON), this property, or child <article>s. */
  sources: Source[];
  /** Shows the input panes. */
  editable: boolean;
  /** Compares only on compare() or the Compare button. */
  manual: boolean;
  filter: 'all' | 'conflicts' | 'single';
  /** Milliseconds before re-comparing after an edit. */
  debounce: number;
  /** Passed to the engine. */
  options: CompareOptions;
  theme: 'auto' | 'light' | 'dark';
  /** The last result drawn, or null. */
  readonly result: Result | null;
  /** True while a comparison runs. */
  readonly busy: boolean;
  /** An engine of your own; null: the shared one (engineOptions). */
  engine: CompareEngine | null;
  /** Compares now; resolves to the result drawn, rejects with the error shown. */
  compare(): Promise<Result>;
}

declare global {
  interface HTMLElementTagNameMap {
    'triangulate-compare': TriangulateCompareElement;
  }
  interface HTMLElementEventMap {
    'triangulate-result': CustomEvent<TriangulateResultDetail>;
    'triangulate-error': CustomEvent<TriangulateErrorDetail>;
  }
}
