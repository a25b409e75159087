// engine.d.ts — hand-written types for web/engine/engine.js and the result it returns
// (schema 1 of CONTRACT.md, plus the fields the core adds: role, of, stats, independent, …).
//
//   const engine = await createEngine();
//   const result: Result = await engine.compare([{id: 'wire', text}, {id: 'post', text: other}]);
//
// Offsets (`start`, `end`) are UTF-16 code units into the source text as given, half-open —
// `text.slice(start, end)` — except for HTML sources, whose offsets index the visible text the
// result carries in `SourceResult.text`. Lone surrogates in the input are replaced by U+FFFD
// before the text reaches the core; that keeps the length, so offsets are unchanged.

// ---------------------------------------------------------------------------------------------
// Input

/** One article. */
export interface Source {
  /** Unique, non-empty; names the units ("wire#3"). */
  id: string;
  /** The article: plain text or HTML. */
  text: string;
  /** Optional metadata, echoed in the result. */
  title?: string;
  /** "auto" (default): HTML when the text looks like a page or a fragment. */
  format?: 'auto' | 'text' | 'html';
}

export interface CompareOptions {
  /** Also report every cross-source unit pair scoring at least this (0..1) as `related`. */
  minScore?: number;
}

// ---------------------------------------------------------------------------------------------
// Result

export type UnitKind = 'claim' | 'headline' | 'boilerplate' | 'duplicate';

/** A stretch of one source: a sentence, a headline, a clause of page furniture. */
export interface Unit {
  /** `${sourceId}#${index}` */
  id: string;
  start: number;
  end: number;
  /** claim and headline units can be linked; boilerplate and duplicate never are. */
  kind: UnitKind;
  /** Why the unit has its kind: "sentence", "line", "list-item", "headline", "dateline"; for
   *  boilerplate "advertisement", "byline", "caption", "credit", "promotion", "share-prompt",
   *  "feedback-prompt", "syndication", "navigation"; for duplicates "repeat" or "restates". */
  role: string;
  /** For duplicates: the id of the unit it repeats. */
  of?: string;
  /** Claims and headlines only: what the unit's own links say (contested when it has a
   *  conflicting link, corroborated when it has agreeing ones). */
  status?: GroupStatus;
  /** The unit's text (the slice start..end). */
  text: string;
}

export interface SourceStats {
  /** claim and headline units */
  claims: number;
  /** of those, with agreeing links only (Unit.status) */
  corroborated: number;
  /** with a conflicting link */
  contested: number;
  /** stated by this source only */
  single: number;
}

export interface SourceResult {
  id: string;
  /** "" when none was given. */
  title: string;
  /** Present only when the source was converted from HTML: the visible text offsets refer to. */
  text?: string;
  units: Unit[];
  stats: SourceStats;
}

/** Where one unit states one side's value. */
export interface SideUnit {
  /** Unit id. */
  unit: string;
  /** The words that differ, in the unit's source. */
  start: number;
  end: number;
  text: string;
}

/** One version of a disputed value and the units that state it. */
export interface ConflictSide {
  /** e.g. "about 90", "Monday". */
  value: string;
  units: SideUnit[];
}

/** A disputed value, once, with its sides: every two units on different sides conflict. */
export interface Conflict {
  id: number;
  type: 'number' | 'date' | 'name' | 'negation' | (string & {});
  /** One line for people, e.g. "carriages: about 90 vs 10–15". */
  reason: string;
  /** The claim group the dispute is in. */
  group: number;
  sides: ConflictSide[];
}

export type Relation = 'agree' | 'conflict' | 'related';

export interface Link {
  /** Unit ids; a's source comes before b's in `sources`. */
  a: string;
  b: string;
  /** Similarity 0..1, 4 decimals. */
  score: number;
  /** "agree" or "related": conflicts are listed once, with their sides, in `conflicts`; with the
   *  `minScore` option a conflicting pair is also given here, as "conflict", for its score. */
  relation: Relation;
  /** On an agreement in part: the two clauses that state the same thing, by their UTF-16 offsets
   *  into the texts of a's and b's sources (slice the text given). */
  clause?: {a: {start: number; end: number}; b: {start: number; end: number}};
}

export type GroupStatus = 'corroborated' | 'contested' | 'single';

/** Claims that state the same fact across sources. */
export interface Group {
  id: number;
  /** Unit ids, sorted by source then unit. */
  units: string[];
  /** Distinct sources. */
  sources: number;
  /** Distinct sources after merging derived copies. */
  independent: number;
  status: GroupStatus;
}

export interface SourcePair {
  /** Source ids. */
  a: string;
  b: string;
  /** 0..1, share of claims the two state in common, 4 decimals. */
  similarity: number;
  /** One is a rewrite or copy of the other, so their agreement is not independent. */
  derived: boolean;
}

export interface Warning {
  /** Source id, "" for the whole input. */
  source: string;
  /** "invalid-utf8", "nul", "empty-source", "html-converted", … */
  code: string;
  message: string;
  /** Byte position in the input as given, when the warning is about one. */
  byte?: number;
}

export interface Result {
  schema: 1;
  sources: SourceResult[];
  links: Link[];
  groups: Group[];
  conflicts: Conflict[];
  sourcePairs: SourcePair[];
  warnings: Warning[];
}

// ---------------------------------------------------------------------------------------------
// Engine

/** Most UTF-8 bytes one request may have (ids, titles and texts, as JSON); larger is refused. */
export declare const MAX_INPUT_BYTES: number;

/** Most sources one comparison may have. */
export declare const MAX_SOURCES: number;

/** Every rejection of the engine: bad input (the message says which field and why), an input
 *  the core refused, a module that could not be loaded, or a terminated engine. */
export declare class TriangulateError extends Error {
  constructor(message: string);
  name: 'TriangulateError';
}

export interface EngineOptions {
  /** Run the module in a Web Worker (default) or in this thread (false). Under Node the worker is
   *  a worker_threads Worker. When no worker can start (a Content-Security-Policy forbids it, or
   *  there is no Worker), the engine runs in this thread and logs one console warning. */
  worker?: boolean;
  /** A worker script on the page's own origin whose one line imports this package's worker.js
   *  (`import 'https://cdn.example/…/web/engine/worker.js';`), for pages whose policy allows no
   *  blob: worker. Without it, a worker.js on another origin is started through a blob: module. */
  workerUrl?: string | URL;
  /** URL of triangulate.js; default ../dist/triangulate.js relative to engine.js. */
  moduleUrl?: string | URL;
  /** URL of triangulate.wasm; default beside moduleUrl, or ../dist/triangulate.wasm. */
  wasmUrl?: string | URL;
  /** URL of triangulate-data.txt (the engine's data, fetched in parallel with the module); default
   * beside moduleUrl, or ../dist/triangulate-data.txt. */
  dataUrl?: string | URL;
}

/** Where the module runs: a worker from worker.js or workerUrl, a blob: bootstrap of a worker.js
 *  on another origin, or the calling thread. */
export type EngineMode = 'worker' | 'blob-worker' | 'same-thread';

export interface Engine {
  readonly mode: EngineMode;
  /** Compares 2..MAX_SOURCES sources. Rejects with a TriangulateError on bad input; the engine
   *  stays usable. */
  compare(sources: Source[], options?: CompareOptions): Promise<Result>;
  /** The same, as the exact JSON text the core produced (byte-identical to `triangulate --json`
   *  on the same texts). */
  compareRaw(sources: Source[], options?: CompareOptions): Promise<string>;
  /** The core's version, e.g. "0.1.0". */
  version(): Promise<string>;
  /** Stops the worker; pending and later calls reject with "engine terminated". */
  terminate(): void;
}

/** Loads the module and resolves once it is ready; rejects with a TriangulateError when it
 *  cannot be loaded. The loaded module is cached (per URL, or per worker). */
export declare function createEngine(options?: EngineOptions): Promise<Engine>;
