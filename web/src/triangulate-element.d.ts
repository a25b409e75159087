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
  /** True when the result was given by the page (property or child script), not computed. */
  precomputed: boolean;
}

/**
 * One entry of the UI text table (strings.js): a string with {placeholders}, a plural entry
 * chosen by the parameter `n` (Intl.PluralRules categories), or a function of the parameters.
 */
export type StringEntry =
  | string
  | {zero?: string; one?: string; two?: string; few?: string; many?: string; other: string}
  | ((params: Record<string, string | number>, lang: string) => string);

/** A table of UI texts by key (see EN in strings.js for every key and its parameters). */
export type StringTable = Record<string, StringEntry>;

export interface TriangulateErrorDetail {
  error: Error;
  message: string;
}

export declare class TriangulateCompareElement extends HTMLElement {
  static observedAttributes: string[];
  /** Options of the engine all elements share, read when the first one compares. */
  static engineOptions: EngineOptions;
  /** Starts loading the shared engine now (worker, module, data); resolves when it is ready. */
  static preload(): Promise<unknown>;
  /** UI text tables by language tag; the element's `lang` (or its nearest ancestor's) picks one.
   *  "en" is built in and fills in what another table leaves out. */
  static translations: Record<string, StringTable>;
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
  /** Focus mode: the id of the source read against the others, or null. */
  focus: string | null;
  /** Replacements for entries of the UI text table, used before the language's table; or null. */
  strings: StringTable | null;
  /** The result drawn, or null. Set a result (or its JSON text) computed beforehand to draw it
   *  without loading the engine; it must fit the sources (or carry `sources[].text`). */
  get result(): Result | null;
  set result(value: Result | string | null);
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
