// triangulate-element.js — <triangulate-compare>: several articles about one event, side by side,
// with every claim marked as corroborated, contested or stated by one source only.
//
// The element gives its sources to the Triangulate engine (../engine/engine.js, WebAssembly in a
// Web Worker, loaded on first use) and draws the result in its shadow root (draw.js): a summary
// line and the conflicts first, then (in focus mode) what the other sources report that the focus
// article does not, the overview tables, and each article in its own words with its claims
// highlighted. Reader text only ever becomes Text nodes (dom.js).
//
// Example:
//   <script type="module" src="/src/define.js"></script>
//   <triangulate-compare focus="post">
//     <article id="wire" title="Wire">The ferry carried 352 people. …</article>
//     <article id="post" title="Post">The ferry carried 200 people. …</article>
//   </triangulate-compare>
//   // → "352 people: 1 source ≠ 200 people: 1 source"; Post drawn first, its claims tagged.
//
// A precomputed result (from the command line when the page is published) is drawn without
// loading the engine: give it as a child <script type="application/json"> or as the `result`
// property. It is checked against the sources (every unit it quotes must match the text); when it
// does not fit, or when the reader edits, the engine compares afresh.
//
// Attributes (each mirrored by a property): sources (JSON [{id, title?, text, format?}]),
// editable, manual, filter ("all" | "conflicts" | "single"), debounce (ms), options (JSON),
// theme ("auto" | "light" | "dark"), focus (a source id), lang (picks a table of
// TriangulateCompareElement.translations). Properties only: result (settable: a precomputed
// result), strings (replaces entries of the UI text table, strings.js), busy, engine.
// Method: compare(). Events (bubbling, composed): triangulate-result {detail: {result,
// precomputed}}, triangulate-error {detail: {error, message}}.

import {buildViewAsync, counterparts, resultMismatch} from './model.js';
import {focusView} from './focus.js';
import {checkSources, utf8Length} from './input.js';
import {conflictsToCsv, conflictsToJson, conflictsToMarkdown} from './export.js';
import {
  drawArticleShell, drawArticlesHead, drawBody, drawConflicts, drawOmissions, drawOverview,
  drawSummary, drawWarnings, fillCard,
} from './draw.js';
import {EN, tablesFor, translator} from './strings.js';
import {h, icon} from './dom.js';

const MIN_PANES = 2;
const MAX_PANES = 10;
const FILTERS = ['all', 'conflicts', 'single'];
const THEMES = ['auto', 'light', 'dark'];
const DEFAULT_DEBOUNCE = 600;
const FILE_TYPES = /\.(txt|text|md|html?|xhtml)$/i;
/** Milliseconds of drawing per task before the element lets the browser paint and respond. */
const DRAW_BUDGET = 16;
/** Above this many units an article's paragraphs are laid out only near the viewport. */
const LONG_RESULT_UNITS = 1500;
/** Paragraphs per block that is laid out only near the viewport, in a long result. */
const BLOCK_PARAGRAPHS = 32;
/**
 * A pane holding more characters than this keeps its text out of the text box until the reader
 * asks to edit it there: laying out and painting megabytes in a <textarea> holds the page for
 * hundreds of milliseconds, and nobody edits a 2 MB page by hand.
 */
const LARGE_TEXT = 100000;

// One engine (one worker) for every element on the page, created on first use with
// TriangulateCompareElement.engineOptions. A failed start is forgotten so that the next compare()
// tries again.
let sharedEngine = null;
function loadSharedEngine() {
  if (!sharedEngine) {
    const url = new URL('../engine/engine.js', import.meta.url).href;
    const options = {...TriangulateCompareElement.engineOptions};
    sharedEngine = import(url).then((m) => m.createEngine(options));
    sharedEngine.catch(() => { sharedEngine = null; });
  }
  return sharedEngine;
}

// Throughput of past comparisons (UTF-16 code units per millisecond), for the progress estimate.
let throughput = 400;

let instanceCount = 0;

/** An Error whose message is for the reader, keeping what caused it. */
function readerError(message, cause) {
  const error = new Error(message);
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** The Triangulate comparison widget. Register it with `TriangulateCompareElement.define()`. */
export class TriangulateCompareElement extends HTMLElement {
  static observedAttributes = ['sources', 'editable', 'manual', 'filter', 'debounce', 'options', 'theme', 'focus', 'lang'];

  /**
   * Options of the engine the elements share (createEngine's: workerUrl, worker, moduleUrl,
   * wasmUrl), read when the first element compares; e.g. {workerUrl: '/triangulate-worker.js'}
   * when the element's files are on another origin (README, "Embed in your page").
   */
  static engineOptions = {};

  /**
   * Starts loading the shared engine now (its worker, module and data), so that the first
   * comparison does not wait for them: a page that fetches its articles first calls this before
   * the fetch, and the two load side by side. Resolves when the engine is ready; rejects, without
   * keeping the failure, when it cannot start (the next comparison tries again). Set engineOptions
   * first. Pages that draw a precomputed result, or give each element its own engine, need not
   * call it.
   */
  static preload() { return loadSharedEngine(); }

  /**
   * UI text tables by language tag (strings.js describes an entry). The element uses the table
   * of its `lang` attribute, else of the nearest ancestor's `lang`; "en" is built in and fills in
   * whatever a table leaves out. E.g. `TriangulateCompareElement.translations.fr = {…}`.
   */
  static translations = {en: EN};

  /**
   * Registers the element as `tag` in `registry` (unless that name is taken already) and returns
   * the class. A second tag gets a subclass, since one class can back only one name.
   */
  static define(tag = 'triangulate-compare', registry = customElements) {
    if (registry.get(tag)) return registry.get(tag);
    let cls = this;
    try {
      registry.define(tag, cls);
    } catch (e) {
      if (!(e instanceof DOMException) || e.name !== 'NotSupportedError') throw e;
      cls = class extends this {};
      registry.define(tag, cls);
    }
    return cls;
  }

  #uid = `tri${++instanceCount}`;
  #panes = [];            // [{key, id, title, text, format}] — the sources being edited or given
  #sourcesOrigin = 'none';  // 'none' | 'children' | 'attribute' | 'property' | 'result'
  #paneKey = 0;
  #options = {};
  #engine = null;         // an injected engine ({compare}) or null for the shared one
  #strings = null;        // the host's replacements for entries of the text table
  #t = translator([], 'en');
  #result = null;
  #view = null;
  #focus = null;          // focus.js view of the drawn result, or null
  #precomputed = null;    // a result given by the page, drawn while it fits the sources
  #drawnPrecomputed = false;
  #building = null;       // the precomputed result whose view is being built
  #scriptText = null;     // text of the child <script type="application/json"> last read
  #seq = 0;               // number of the latest comparison; older answers are dropped
  #drawSeq = 0;           // number of the latest drawing; older ones stop
  #drawing = null;        // Promise of the drawing under way
  #busy = false;
  #running = 0;           // comparisons under way (a newer one can start before an older ends)
  #stale = null;          // null | 'busy' | 'edited' | 'error': why the drawn result is out of date
  #showStale = false;     // the reader asked to see results hidden after an error
  #compareTimer = 0;
  #progressTimer = 0;
  #renderQueued = false;
  #hasCompared = false;
  #blobUrls = [];
  #unitEls = new Map();
  #hovered = null;
  #focused = null;
  #pinned = null;
  #dismissed = null;
  #shown = null;
  #hideTimer = 0;
  #pointerAt = {x: NaN, y: NaN, t: -Infinity};
  #focusAt = -Infinity;
  #ring = null;           // unit ids the arrow keys cycle through
  #arrowing = false;
  #childObserver = null;
  #resizeObserver = null;
  #els = {};

  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    const css = h('link', {rel: 'stylesheet', href: new URL('./triangulate.css', import.meta.url).href});
    const wrapper = this.#build();
    // Nothing shows until the stylesheet is in, so there is no flash of unstyled text.
    wrapper.hidden = true;
    const reveal = () => { wrapper.hidden = false; };
    css.addEventListener('load', reveal, {once: true});
    css.addEventListener('error', reveal, {once: true});
    root.append(css, wrapper);
    this.#retext();
  }

  connectedCallback() {
    // A property set on the element before it was defined would hide the accessor: re-set it.
    for (const prop of ['sources', 'editable', 'manual', 'filter', 'debounce', 'options', 'theme', 'focus',
      'strings', 'engine', 'result']) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = this[prop];
        delete this[prop];
        this[prop] = value;
      }
    }
    if (!this.#childObserver) {
      this.#childObserver = new MutationObserver(() => this.#readChildren());
    }
    this.#childObserver.observe(this, {childList: true, subtree: true, characterData: true});
    this.#retext();
    const started = this.#readChildren();
    this.#queueRender();
    if (!started && !this.#view) this.#sourcesChanged(true);
  }

  disconnectedCallback() {
    this.#childObserver?.disconnect();
    this.#resizeObserver?.disconnect();
    clearTimeout(this.#compareTimer);
    this.#stopProgress();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) return;
    switch (name) {
      case 'sources':
        if (value === null) {
          this.#sourcesOrigin = 'none';
          this.#readChildren();
          break;
        }
        try {
          this.#setSources(JSON.parse(value), 'attribute');
        } catch (e) {
          this.#fail(new TypeError(`the sources attribute must be a JSON array of sources: ${e.message}`));
        }
        break;
      case 'options':
        try {
          const parsed = value === null ? {} : JSON.parse(value);
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not an object');
          this.#options = parsed;
          this.#precomputed = null;
          this.#scheduleCompare();
        } catch (e) {
          this.#fail(new TypeError(`the options attribute must be a JSON object: ${e.message}`));
        }
        break;
      case 'editable':
        this.#queueRender();
        break;
      case 'filter':
        this.#applyFilter();
        break;
      case 'focus':
        if (this.#view) this.#redraw();
        break;
      case 'lang':
        this.#retext();
        break;
      default:
        break;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Properties

  /** The sources as [{id, title, text, format?}] (copies). Setting validates and re-compares. */
  get sources() {
    return this.#panes.map(({id, title, text, format}) => (format ? {id, title, text, format} : {id, title, text}));
  }

  set sources(value) {
    this.#setSources(value, 'property');
  }

  /** Shows the editor (panes to paste, drop and edit sources). */
  get editable() { return this.hasAttribute('editable'); }
  set editable(v) { this.toggleAttribute('editable', Boolean(v)); }

  /** No automatic comparing: only compare() or the Compare button start one. */
  get manual() { return this.hasAttribute('manual'); }
  set manual(v) { this.toggleAttribute('manual', Boolean(v)); }

  /** Which claims are highlighted: 'all', 'conflicts' or 'single'. Other values read as 'all'. */
  get filter() {
    const v = this.getAttribute('filter');
    return FILTERS.includes(v) ? v : 'all';
  }
  set filter(v) {
    if (!FILTERS.includes(v)) throw new TypeError(`filter must be one of ${FILTERS.join(', ')}`);
    this.setAttribute('filter', v);
  }

  /** Milliseconds between the last edit and the automatic re-compare (default 600). */
  get debounce() {
    const n = Number(this.getAttribute('debounce'));
    return this.hasAttribute('debounce') && Number.isFinite(n) && n >= 0 ? n : DEFAULT_DEBOUNCE;
  }
  set debounce(v) {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new TypeError('debounce must be a number of milliseconds >= 0');
    this.setAttribute('debounce', String(n));
  }

  /** Engine options (e.g. {minScore: 0.5}); a copy. */
  get options() { return {...this.#options}; }
  set options(v) {
    if (v === null || v === undefined) v = {};
    if (typeof v !== 'object' || Array.isArray(v)) throw new TypeError('options must be an object');
    this.#options = {...v};
    this.#precomputed = null;
    this.#scheduleCompare();
  }

  /** 'auto' (follow the reader's system), 'light' or 'dark'. */
  get theme() {
    const v = this.getAttribute('theme');
    return THEMES.includes(v) ? v : 'auto';
  }
  set theme(v) {
    if (!THEMES.includes(v)) throw new TypeError(`theme must be one of ${THEMES.join(', ')}`);
    this.setAttribute('theme', v);
  }

  /**
   * The id of the focus source (focus mode: drawn first, its claims tagged, and what the others
   * report that it does not listed), or null. Changing it redraws without comparing again.
   */
  get focus() {
    const v = this.getAttribute('focus');
    return v ? v : null;
  }
  set focus(v) {
    if (v === null || v === undefined || v === '') this.removeAttribute('focus');
    else this.setAttribute('focus', String(v));
  }

  /**
   * Replacements for entries of the UI text table (strings.js: strings with {placeholders},
   * plural objects or functions), used before the table of the element's language; null: none.
   */
  get strings() { return this.#strings ? {...this.#strings} : null; }
  set strings(v) {
    if (v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v))) {
      throw new TypeError('strings must be an object of text entries, or null');
    }
    this.#strings = v ? {...v} : null;
    this.#retext();
  }

  /**
   * The result drawn (the engine's object, CONTRACT.md), or null. Setting a result (an object or
   * its JSON text) draws it without the engine when it fits the sources (or brings its own
   * `sources[].text`); the engine is loaded only when the reader edits or it does not fit.
   */
  get result() { return this.#result; }
  set result(value) {
    let parsed = value;
    if (typeof value === 'string') parsed = JSON.parse(value);
    if (parsed !== null && (typeof parsed !== 'object' || !Array.isArray(parsed.sources))) {
      throw new TypeError('result must be a comparison result (an object with sources), or null');
    }
    this.#precomputed = parsed;
    if (parsed) this.#sourcesChanged(true);
  }

  /** True while a comparison runs. */
  get busy() { return this.#busy; }

  /**
   * The engine used: by default the shared Triangulate engine, loaded on first compare. Set an
   * object with compare(sources, options) → Promise<result> to use another; null restores it.
   */
  get engine() { return this.#engine; }
  set engine(v) {
    if (v !== null && (typeof v !== 'object' || typeof v.compare !== 'function')) {
      throw new TypeError('engine must be an object with a compare() method, or null');
    }
    this.#engine = v;
  }

  /**
   * Compares the current sources now. Resolves to the result (also drawn and sent as
   * triangulate-result) or rejects with an Error (also shown and sent as triangulate-error).
   * When a newer comparison starts meanwhile, this one still resolves but is not drawn.
   */
  compare() {
    return this.#compare(false);
  }

  async #compare(byReader) {
    clearTimeout(this.#compareTimer);
    const t = this.#t;
    const {sources, dropped, problem} = checkSources(this.#panes);
    const seq = ++this.#seq;
    let error = null;
    if (sources.length < 2) {
      error = readerError(this.#panes.length < 2 ? t('needTwo') : t('needTwoWithText'));
    } else if (problem?.code === 'too-long') {
      error = readerError(t('tooLong', {n: problem.index + 1, title: this.#paneName(problem.index),
        size: t.size(problem.bytes), limit: t.size(problem.limit)}));
    } else if (problem?.code === 'too-long-together') {
      error = readerError(t('tooLongTogether', {size: t.size(problem.bytes), limit: t.size(problem.limit)}));
    } else if (problem?.code === 'too-many') {
      error = readerError(t('tooManySources', {n: problem.count, max: problem.limit}));
    }
    if (error) {
      if (byReader && this.editable) this.#openEditor(true);
      this.#fail(error);
      throw error;
    }
    this.#running++;
    this.#setBusy(true, sources);
    // Results first: the panes fold into their bar while the reader waits (and open again on an
    // error). A folded pane also costs the browser nothing to paint, however long its text.
    if (byReader && this.editable) this.#openEditor(false);
    let result;
    try {
      let engine;
      try {
        engine = this.#engine ?? await loadSharedEngine();
      } catch (e) {
        throw readerError(t('engineLoadFailed', {message: e?.message ?? String(e)}), e);
      }
      this.#stage('stageComparing');
      const started = performance.now();
      try {
        result = await engine.compare(sources, this.#engineOptions());
      } catch (e) {
        throw readerError(t('compareFailed', {message: e?.message ?? String(e)}), e);
      }
      const chars = sources.reduce((n, s) => n + s.text.length, 0);
      const ms = performance.now() - started;
      if (ms > 50) throughput = Math.max(20, chars / ms);
      if (seq !== this.#seq) return result;
      this.#stage('stageDrawing');
      // The engine's answer was parsed in the task that received it: build the view in the next.
      await nextTask();
      let view;
      try {
        // A frame between slices: the page keeps painting (the progress bar moves) meanwhile.
        view = await buildViewAsync(result, sources, {budget: DRAW_BUDGET, pause: nextFrame});
      } catch (e) {
        throw readerError(t('compareFailed', {message: e.message}), e);
      }
      // The view's last slice ended a task: the drawing starts in the next.
      await nextTask();
      if (seq !== this.#seq) return result;
      this.#precomputed = null;
      await this.#show(result, view, {byReader, dropped, precomputed: false});
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      if (seq === this.#seq) {
        if (byReader && this.editable) this.#openEditor(true);
        this.#fail(err);
      }
      throw err;
    } finally {
      if (--this.#running === 0) this.#setBusy(false);
    }
    return result;
  }

  // -------------------------------------------------------------------------------------------
  // Sources

  #setSources(value, origin) {
    if (!Array.isArray(value)) throw new TypeError('sources must be an array of {id, title, text}');
    const used = new Set();
    const panes = value.map((s, i) => {
      if (!s || typeof s !== 'object') throw new TypeError(`sources[${i}] must be an object`);
      if (typeof s.text !== 'string') throw new TypeError(`sources[${i}].text must be a string`);
      if (s.title !== undefined && s.title !== null && typeof s.title !== 'string') {
        throw new TypeError(`sources[${i}].title must be a string`);
      }
      const id = uniqueId(typeof s.id === 'string' && s.id ? s.id : `source-${i + 1}`, used);
      const pane = {key: ++this.#paneKey, id, title: s.title ?? '', text: s.text};
      if (['auto', 'text', 'html'].includes(s.format)) pane.format = s.format;
      return pane;
    });
    this.#panes = panes;
    this.#sourcesOrigin = origin;
    if (panes.some((p) => !p.text.trim())) this.#openEditor(true);  // empty panes are to be filled
    this.#queueRender();
    if (this.#view) this.#setStale('edited');
    if (this.isConnected) this.#sourcesChanged(!this.#hasCompared);
  }

  /**
   * Reads the child <article>s (the sources, unless given otherwise) and the child
   * <script type="application/json"> (a precomputed result). Returns true when it started a
   * comparison or a drawing.
   */
  #readChildren() {
    const children = [...this.children];
    const script = children.find((c) => c.localName === 'script' &&
        (c.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json');
    const scriptText = script ? script.textContent : null;
    let offered = false;
    if (scriptText !== this.#scriptText) {
      this.#scriptText = scriptText;
      if (scriptText !== null) {
        try {
          this.#precomputed = JSON.parse(scriptText);
          offered = true;
        } catch (e) {
          this.#precomputed = null;
          console.warn(`Triangulate: the child <script type="application/json"> is not JSON (${e.message}); ` +
            'the sources are compared instead.');
        }
      }
    }
    if (this.#sourcesOrigin === 'none' || this.#sourcesOrigin === 'children') {
      const articles = children.filter((c) => c.localName === 'article');
      if (articles.length) {
        const next = articles.map((a, i) => ({
          id: a.id || `source-${i + 1}`,
          title: a.getAttribute('title') || a.dataset.title || '',
          text: cleanText(a.textContent),
        }));
        const same = next.length === this.#panes.length && next.every((s, i) =>
          s.id === this.#panes[i].id && s.title === this.#panes[i].title && s.text === this.#panes[i].text);
        if (!same) {
          this.#setSources(next, 'children');
          return this.isConnected;
        }
      }
    }
    if (offered && this.isConnected) {
      this.#sourcesChanged(true);
      return true;
    }
    return false;
  }

  /** After the sources changed: draw the precomputed result if it fits, else compare. */
  #sourcesChanged(now = false) {
    if (this.#precomputed && this.#usePrecomputed()) return;
    this.#scheduleCompare(now ? 0 : undefined);
  }

  /** Draws the precomputed result when it fits the sources; false (and forgets it) otherwise. */
  #usePrecomputed() {
    const result = this.#precomputed;
    const given = this.#panes.map((p) => ({id: p.id, text: p.text}));
    const why = resultMismatch(result, given);
    if (why) {
      this.#precomputed = null;
      // A result drawn before was for the sources the page or the reader has since replaced: the
      // new ones are compared (or wait for a second text) like any others.
      if (this.#result === result) return false;
      const ready = this.#panes.filter((p) => p.text.trim()).length >= 2;
      const message = `Triangulate: the precomputed result is not drawn: ${why}.`;
      if (ready) {
        console.warn(`${message} The sources are compared instead.`);
        return false;
      }
      this.#fail(readerError(this.#t('resultUnusable', {why})));
      return true;
    }
    if (!this.isConnected) return true;
    if (this.#building === result || (this.#result === result && this.#drawnPrecomputed)) return true;
    if (!this.#panes.length) {
      // The result carries its texts (resultMismatch checked): they are the sources.
      this.#panes = result.sources.map((s) => ({
        key: ++this.#paneKey,
        id: String(s.id),
        title: typeof s.title === 'string' ? s.title : '',
        text: s.text,
      }));
      this.#sourcesOrigin = 'result';
      this.#queueRender();
    }
    clearTimeout(this.#compareTimer);
    const seq = ++this.#seq;  // a comparison under way is older than this result
    this.#building = result;
    buildViewAsync(result, this.#panes).then((view) => {
      if (this.#building === result) this.#building = null;
      if (seq === this.#seq) return this.#show(result, view, {precomputed: true});
      return undefined;
    }, (e) => {
      if (this.#building === result) this.#building = null;
      this.#precomputed = null;
      throw readerError(this.#t('resultUnusable', {why: e.message}), e);
    }).catch((e) => this.#fail(e));
    return true;
  }

  #paneName(index) {
    const p = this.#panes[index];
    return p?.title || this.#t('untitled', {n: index + 1});
  }

  #engineOptions() {
    const out = {};
    if (typeof this.#options.minScore === 'number') out.minScore = this.#options.minScore;
    return out;
  }

  /** Starts an automatic comparison after `delay` ms (the debounce by default). */
  #scheduleCompare(delay = this.debounce) {
    clearTimeout(this.#compareTimer);
    if (this.manual || !this.isConnected) return;
    this.#compareTimer = setTimeout(() => {
      if (checkSources(this.#panes).sources.length < 2) {
        this.#showHint();
        return;
      }
      this.#compare(false).catch(() => {});  // shown and dispatched already
    }, delay);
  }

  // -------------------------------------------------------------------------------------------
  // Skeleton

  #build() {
    const e = this.#els;
    const id = (name) => `${this.#uid}-${name}`;

    e.skip = h('nav', {class: 'skip-links', hidden: true});
    e.skip.addEventListener('click', (ev) => {
      const a = ev.target.closest('a[data-skip]');
      if (!a) return;
      ev.preventDefault();
      this.#skipTo(a.dataset.skip);
    });

    e.panes = h('div', {class: 'panes'});
    e.add = h('button', {type: 'button', class: 'button add-source', part: 'button'}, icon('+'), ' ', h('span', {}));
    e.compare = h('button', {type: 'button', class: 'button primary', part: 'button compare-button'});
    e.editorTitle = h('h2', {class: 'section-title', id: id('editor-title')});
    e.editorNote = h('p', {class: 'editor-note', id: id('editor-note')});
    e.editorSummary = h('p', {class: 'editor-summary', hidden: true});
    e.editorBody = h('div', {class: 'editor-body', id: id('editor-body')},
        e.panes, h('div', {class: 'editor-actions'}, e.add, e.compare));
    e.editorToggle = h('button', {type: 'button', class: 'button small editor-toggle',
      'aria-expanded': 'true', 'aria-controls': id('editor-body')});
    e.editor = h('section', {class: 'editor', part: 'editor', 'aria-labelledby': id('editor-title')},
        h('div', {class: 'editor-head'}, e.editorTitle, e.editorNote, e.editorSummary, e.editorToggle),
        e.editorBody);
    e.editorToggle.addEventListener('click', () => this.#openEditor(e.editorBody.hidden, true));
    e.add.addEventListener('click', () => this.#addPane());
    e.compare.addEventListener('click', () => this.#compare(true).catch(() => {}));
    e.editor.addEventListener('dragover', (ev) => this.#onDragOver(ev));
    e.editor.addEventListener('drop', (ev) => this.#onDrop(ev, null));

    e.progressBar = h('span', {class: 'progress-bar'});
    e.progress = h('div', {class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100'}, e.progressBar);
    e.busyText = h('span', {class: 'busy-text'});
    e.busy = h('div', {class: 'busy', part: 'busy', hidden: true}, e.progress, e.busyText);
    e.message = h('p', {class: 'message', role: 'status', 'aria-live': 'polite'});
    e.note = h('p', {class: 'note', part: 'note', hidden: true});
    e.error = h('p', {class: 'error', role: 'alert', part: 'error', hidden: true});
    e.status = h('div', {class: 'status', part: 'status'}, e.busy, e.error, e.note, e.message);

    e.staleText = h('span', {class: 'stale-text'});
    e.staleToggle = h('button', {type: 'button', class: 'button small stale-toggle', hidden: true});
    e.staleCompare = h('button', {type: 'button', class: 'button small stale-update', hidden: true});
    e.stale = h('p', {class: 'stale-note', part: 'stale', role: 'note', hidden: true},
        icon('⟳', 'stale-icon'), ' ', e.staleText, ' ', e.staleToggle, e.staleCompare);
    e.staleToggle.addEventListener('click', () => {
      this.#showStale = !this.#showStale;
      this.#setStale(this.#stale);
    });
    e.staleCompare.addEventListener('click', () => this.#compare(true).catch(() => {}));
    e.content = h('div', {class: 'content'});
    e.results = h('div', {class: 'results', part: 'results', hidden: true}, e.stale, e.content);
    e.results.addEventListener('pointermove', (ev) => {
      if (ev.clientX !== this.#pointerAt.x || ev.clientY !== this.#pointerAt.y) {
        this.#pointerAt = {x: ev.clientX, y: ev.clientY, t: performance.now()};
        this.#onPointerOver(ev);
      }
    });
    e.results.addEventListener('pointerover', (ev) => this.#onPointerOver(ev));
    e.results.addEventListener('pointerout', (ev) => this.#onPointerOut(ev));
    e.results.addEventListener('focusin', (ev) => this.#onFocusIn(ev));
    e.results.addEventListener('focusout', (ev) => this.#onFocusOut(ev));
    e.results.addEventListener('click', (ev) => this.#onClick(ev));
    e.results.addEventListener('keydown', (ev) => this.#onKeyDown(ev));

    e.cardTitle = h('p', {class: 'card-title', id: id('card-title')});
    e.cardClose = h('button', {type: 'button', class: 'card-close'}, icon('×'));
    e.cardBody = h('div', {class: 'card-body'});
    e.cardHint = h('p', {class: 'card-hint'});
    e.card = h('div', {class: 'card', part: 'card', id: id('card'), role: 'dialog', 'aria-modal': 'false',
      'aria-labelledby': id('card-title'), hidden: true},
    h('div', {class: 'card-head'}, e.cardTitle, e.cardClose),
    e.cardBody,
    e.cardHint);
    e.cardClose.addEventListener('click', () => this.#closeCard(true));
    e.card.addEventListener('pointerenter', () => clearTimeout(this.#hideTimer));
    e.card.addEventListener('pointerleave', () => this.#onPointerOut(null));
    e.card.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        this.#closeCard(true);
      }
    });
    e.card.addEventListener('click', (ev) => {
      const col = ev.target.closest('[data-goto]');
      if (col) this.#focusUnit(col.dataset.goto, true);
    });

    e.root = h('div', {class: 'root', part: 'root'}, e.skip, e.editor, e.status, e.results, e.card);
    e.root.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && this.#shown) {
        ev.preventDefault();
        this.#closeCard(true);
      }
    });
    return e.root;
  }

  /** The language the element speaks: its own lang, else the nearest ancestor's; 'en' without a table. */
  #language() {
    const lang = this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || '';
    return tablesFor(TriangulateCompareElement.translations, lang).length ? lang : 'en';
  }

  /** Sets every fixed text in the element's language, and redraws a result. */
  #retext() {
    const lang = this.#language();
    const tables = [this.#strings, ...tablesFor(TriangulateCompareElement.translations, lang)];
    const t = this.#t = translator(tables, lang);
    const e = this.#els;
    e.root.lang = lang;
    e.skip.setAttribute('aria-label', t('skipLinks'));
    e.editorTitle.textContent = t('editorTitle');
    e.editorNote.textContent = t('editorNote', {min: MIN_PANES, max: MAX_PANES});
    e.add.lastChild.textContent = t('addSource');
    e.compare.textContent = t('compare');
    e.progress.setAttribute('aria-label', t('progressLabel'));
    e.cardClose.setAttribute('aria-label', t('close'));
    e.cardHint.textContent = t('cardHint');
    this.#openEditor(!e.editorBody.hidden);
    this.#renderPanes();
    if (this.#stale) this.#setStale(this.#stale);
    if (this.#view) this.#redraw();
    else if (!this.#busy) this.#showHint();
  }

  /** Brings the editor, the filter and the hint up to date, once per microtask. */
  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#els.editor.hidden = !this.editable;
      this.#renderPanes();
      this.#applyFilter();
      if (!this.#hasCompared && !this.#busy) this.#showHint();
    });
  }

  #showHint() {
    if (this.#busy) return;
    const t = this.#t;
    const ready = checkSources(this.#panes).sources.length;
    let text = '';
    if (!this.#hasCompared || ready < 2) {
      if (ready >= 2) text = this.manual && this.editable ? t('hintPress') : '';
      else if (this.editable) text = t('hintPaste');
      else text = t('hintGive');
    }
    this.#els.message.classList.remove('sr-only');
    this.#els.message.textContent = text;
  }

  /** Moves focus to the first conflict, the first claim of the articles (or focus article). */
  #skipTo(where) {
    const root = this.#els.content;
    let target = null;
    if (where === 'conflicts') {
      target = root.querySelector('.dispute .quote') ?? root.querySelector(`#${this.#uid}-conflicts-title`);
    } else {
      target = root.querySelector('article.source .unit[role="button"]:not(.muted)') ??
        root.querySelector(`#${this.#uid}-articles-title`);
    }
    if (!target) return;
    target.focus({preventScroll: true});
    target.scrollIntoView({block: 'center'});
  }

  // -------------------------------------------------------------------------------------------
  // Editor

  #renderPanes() {
    const {panes} = this.#els;
    this.#renderEditorSummary();
    if (!this.editable) {
      panes.replaceChildren();
      return;
    }
    // Keep existing pane elements (and their caret) when their source is still there.
    const existing = new Map([...panes.children].map((el) => [Number(el.dataset.key), el]));
    const next = this.#panes.map((p, i) => {
      const el = existing.get(p.key) ?? this.#buildPane(p);
      this.#updatePane(el, p, i);
      return el;
    });
    panes.replaceChildren(...next);
    this.#els.add.disabled = this.#panes.length >= MAX_PANES;
  }

  /** The one-line list of sources shown while the editor is folded. */
  #renderEditorSummary() {
    const t = this.#t;
    const items = this.#panes.map((p, i) => h('span', {class: 'bar-source'},
        h('span', {class: 'letter', 'aria-hidden': 'true'}, letterOf(i)), p.title || t('untitled', {n: i + 1})));
    const list = [];
    for (const [i, item] of items.entries()) list.push(i ? ' · ' : '', item);
    this.#els.editorSummary.replaceChildren(h('strong', {}, t('sourcesBar', {n: this.#panes.length})), ' ', ...list);
  }

  /** Shows or folds away the panes (the Sources heading, a one-line list and the toggle stay). */
  #openEditor(open, byReader = false) {
    const e = this.#els;
    const t = this.#t;
    e.editorBody.hidden = !open;
    e.editorNote.hidden = !open;
    e.editorSummary.hidden = open;
    e.editor.classList.toggle('folded', !open);
    e.editorToggle.setAttribute('aria-expanded', String(open));
    e.editorToggle.textContent = open ? t('hideSources') : t('editSources');
    if (open && byReader) e.panes.querySelector('textarea')?.focus({preventScroll: true});
  }

  #buildPane(p) {
    const title = h('input', {type: 'text', class: 'pane-title', autocomplete: 'off', spellcheck: 'false'});
    const text = h('textarea', {class: 'pane-text', rows: '6', spellcheck: 'false'});
    const file = h('input', {type: 'file', class: 'sr-only file-input', accept: '.txt,.html,.htm,.md,text/plain,text/html'});
    const fileLabel = h('label', {class: 'button small file-label'}, icon('↥'), ' ', h('span', {class: 'file-text'}), file);
    const remove = h('button', {type: 'button', class: 'button small quiet remove'}, icon('×'), ' ', h('span', {}));
    const count = h('span', {class: 'pane-count'});
    const heading = h('span', {class: 'pane-number'});
    const showLarge = h('button', {type: 'button', class: 'button small large-edit'});
    const large = h('div', {class: 'pane-large', hidden: true},
        h('p', {class: 'large-note'}), h('p', {class: 'large-preview'}), showLarge);
    const el = h('div', {class: 'pane', part: 'pane', role: 'group', 'data-key': p.key},
        h('div', {class: 'pane-head'}, heading, title),
        text,
        large,
        h('div', {class: 'pane-foot'}, fileLabel, count, remove));
    title.value = p.title;
    title.addEventListener('input', () => {
      p.title = title.value;
      this.#renameSource(p);
    });
    text.addEventListener('input', () => {
      p.text = text.value;
      delete p.format;
      count.textContent = this.#t('characters', {n: p.text.length});
      this.#edited();
    });
    // A paste that makes the text long is kept out of the box (see LARGE_TEXT).
    text.addEventListener('paste', (ev) => {
      const pasted = ev.clipboardData?.getData('text/plain') ?? '';
      const {selectionStart: from, selectionEnd: to, value} = text;
      if (value.length - (to - from) + pasted.length <= LARGE_TEXT) return;
      ev.preventDefault();
      p.text = value.slice(0, from) + pasted + value.slice(to);
      p.inBox = false;
      delete p.format;
      this.#updatePane(el, p, this.#panes.indexOf(p));
      showLarge.focus();
      this.#edited();
    });
    showLarge.addEventListener('click', () => {
      p.inBox = true;
      this.#updatePane(el, p, this.#panes.indexOf(p));
      text.focus();
    });
    file.addEventListener('change', () => {
      if (file.files?.length) this.#loadFiles([...file.files], p);
      file.value = '';
    });
    remove.addEventListener('click', () => this.#removePane(p));
    el.addEventListener('dragover', (ev) => this.#onDragOver(ev));
    el.addEventListener('drop', (ev) => this.#onDrop(ev, p));
    el.addEventListener('dragleave', () => el.classList.remove('drop-target'));
    return el;
  }

  #updatePane(el, p, i) {
    const t = this.#t;
    const n = i + 1;
    const [head, text, large, foot] = el.children;
    const [number, title] = head.children;
    number.textContent = String(n);
    el.setAttribute('aria-label', p.title ? t('paneLabelTitled', {n, title: p.title}) : t('paneLabel', {n}));
    title.setAttribute('aria-label', t('titleLabel', {n}));
    title.placeholder = t('titlePlaceholder');
    text.setAttribute('aria-label', t('textLabel', {n}));
    text.placeholder = t('textPlaceholder');
    if (title.value !== p.title) title.value = p.title;
    const outOfBox = p.text.length > LARGE_TEXT && !p.inBox;
    text.hidden = outOfBox;
    large.hidden = !outOfBox;
    if (outOfBox) {
      if (text.value) text.value = '';
      const [note, preview, button] = large.children;
      note.textContent = t('largeText', {size: t.size(utf8Length(p.text)), n});
      preview.textContent = `${p.text.slice(0, 280).trim()}…`;
      button.textContent = t('largeEdit');
    } else if (text.value !== p.text) {
      text.value = p.text;
    }
    foot.querySelector('.pane-count').textContent = t('characters', {n: p.text.length});
    foot.querySelector('.file-text').textContent = t('openFile');
    foot.querySelector('.file-input').setAttribute('aria-label', t('openFileLabel', {n}));
    const remove = foot.querySelector('.remove');
    remove.lastChild.textContent = t('remove');
    remove.setAttribute('aria-label', t('removeLabel', {n}));
    remove.disabled = this.#panes.length <= MIN_PANES;
  }

  /**
   * A title changed: titles are not compared, so the drawn result only takes the new name
   * (everywhere it is written) and nothing is compared again.
   */
  #renameSource(pane) {
    if (this.#sourcesOrigin !== 'property' && this.#sourcesOrigin !== 'attribute') this.#sourcesOrigin = 'property';
    const i = this.#panes.indexOf(pane);
    const el = this.#els.panes.children[i];
    if (el) el.setAttribute('aria-label', pane.title ? this.#t('paneLabelTitled', {n: i + 1, title: pane.title}) :
      this.#t('paneLabel', {n: i + 1}));
    this.#renderEditorSummary();
    const source = this.#view?.sources.find((s) => s.id === pane.id);
    if (!source) return;
    source.title = pane.title || source.id;
    for (const node of this.shadowRoot.querySelectorAll(`[data-title-of="${CSS.escape(pane.id)}"]`)) {
      node.textContent = source.title;
    }
    // Sentences that name it (tags, notes) are redrawn once the typing stops; nothing is compared.
    clearTimeout(this.#renameTimer);
    this.#renameTimer = setTimeout(() => { if (this.#view) this.#redraw(); }, this.debounce);
  }

  #renameTimer = 0;

  #edited() {
    if (this.#sourcesOrigin !== 'property' && this.#sourcesOrigin !== 'attribute') {
      this.#sourcesOrigin = 'property';  // edits win over child <article>s from now on
    }
    this.#precomputed = null;  // the page's result was for the text before this edit
    if (this.#view) this.#setStale('edited');
    if (!this.#hasCompared) {
      this.#showHint();
      return;
    }
    this.#scheduleCompare();
  }

  #addPane(source = {}) {
    if (this.#panes.length >= MAX_PANES) {
      this.#fail(readerError(this.#t('tooManyPanes', {max: MAX_PANES})));
      return null;
    }
    const used = new Set(this.#panes.map((p) => p.id));
    let n = this.#panes.length + 1;
    while (used.has(`source-${n}`)) n++;
    const pane = {key: ++this.#paneKey, id: uniqueId(source.id || `source-${n}`, used),
      title: source.title ?? '', text: source.text ?? ''};
    if (source.format) pane.format = source.format;
    this.#panes.push(pane);
    if (this.#sourcesOrigin === 'none' || this.#sourcesOrigin === 'children' || this.#sourcesOrigin === 'result') {
      this.#sourcesOrigin = 'property';
    }
    this.#renderPanes();
    if (!source.text) this.#els.panes.lastElementChild?.querySelector('textarea')?.focus();
    return pane;
  }

  #removePane(pane) {
    if (this.#panes.length <= MIN_PANES) return;
    const i = this.#panes.indexOf(pane);
    if (i < 0) return;
    this.#panes.splice(i, 1);
    this.#renderPanes();
    const target = this.#els.panes.children[Math.max(0, i - 1)];
    target?.querySelector('textarea')?.focus();
    this.#edited();
  }

  #onDragOver(ev) {
    if (![...(ev.dataTransfer?.types ?? [])].includes('Files')) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    ev.target.closest?.('.pane')?.classList.add('drop-target');
  }

  #onDrop(ev, pane) {
    const files = [...(ev.dataTransfer?.files ?? [])];
    if (!files.length) return;
    ev.preventDefault();
    ev.stopPropagation();
    ev.target.closest?.('.pane')?.classList.remove('drop-target');
    this.#loadFiles(files, pane);
  }

  /** Reads dropped or chosen files: the first into `pane` (if given), the rest into new panes. */
  async #loadFiles(files, pane) {
    const t = this.#t;
    const errors = [];
    let target = pane;
    for (const file of files) {
      if (!FILE_TYPES.test(file.name) && !/^text\//.test(file.type)) {
        errors.push(t('fileNotText', {name: file.name}));
        continue;
      }
      let text;
      try {
        text = await file.text();
      } catch (e) {
        errors.push(t('fileUnreadable', {name: file.name, message: e.message}));
        continue;
      }
      const base = file.name.replace(/\.[^.]*$/, '');
      const format = /\.(html?|xhtml)$/i.test(file.name) || file.type === 'text/html' ? 'html' : 'auto';
      if (target) {
        // The file dropped on a pane replaces what the pane held, title included.
        Object.assign(target, {text, format, title: base});
        target = null;
        continue;
      }
      const empty = this.#panes.find((p) => !p.text.trim());
      if (empty) {
        Object.assign(empty, {text, format, title: empty.title || base});
      } else if (this.#panes.length >= MAX_PANES) {
        errors.push(t('fileNoRoom', {name: file.name, max: MAX_PANES}));
      } else {
        this.#addPane({id: slug(base), title: base, text, format});
      }
    }
    this.#renderPanes();
    if (errors.length) this.#fail(readerError(errors.join(' ')));
    this.#edited();
  }

  // -------------------------------------------------------------------------------------------
  // Busy, messages, errors, out-of-date results

  #setBusy(busy, sources = []) {
    this.#busy = busy;
    this.toggleAttribute('busy', busy);
    const e = this.#els;
    const t = this.#t;
    e.compare.disabled = busy;
    e.results.setAttribute('aria-busy', String(busy));
    if (!busy) {
      this.#stopProgress();
      e.busy.hidden = true;
      return;
    }
    e.error.hidden = true;
    e.message.textContent = '';
    e.note.hidden = true;
    if (this.#view) this.#setStale('busy');
    const chars = sources.reduce((n, s) => n + s.text.length, 0);
    const expected = Math.max(300, chars / throughput);
    const started = performance.now();
    const what = {sources: t('sources', {n: sources.length}), characters: t('characters', {n: chars})};
    this.#stage(this.#engine || sharedEngine ? 'stageComparing' : 'stageLoading');
    const tick = () => {
      const elapsed = performance.now() - started;
      // An estimate from the speed of earlier comparisons; it slows down instead of reaching 100%.
      const fraction = 1 - Math.exp(-elapsed / expected);
      const pct = Math.round(Math.min(0.97, fraction) * 100);
      e.progressBar.style.transform = `scaleX(${pct / 100})`;
      e.progress.setAttribute('aria-valuenow', String(pct));
      e.progress.setAttribute('aria-valuetext', t('progressValue', {pct}));
      const text = t('busyText', {stage: t(this.#stageName), ...what});
      e.busyText.textContent = elapsed >= 1000 ? t('busySeconds', {text, s: Math.round(elapsed / 1000)}) : text;
    };
    tick();
    // Short comparisons finish before the bar would be noticed; it only appears after 150 ms.
    clearTimeout(this.#progressTimer);
    this.#progressTimer = setTimeout(() => {
      if (!this.#busy) return;
      e.busy.hidden = false;
      this.#progressTimer = setInterval(tick, 200);
    }, 150);
  }

  #stageName = 'stageComparing';
  #stage(name) { this.#stageName = name; }

  #stopProgress() {
    clearTimeout(this.#progressTimer);
    clearInterval(this.#progressTimer);
    this.#progressTimer = 0;
  }

  #fail(error) {
    const e = this.#els;
    e.error.replaceChildren(icon('!', 'error-icon'), ' ', error.message);
    e.error.hidden = false;
    e.message.textContent = '';
    e.note.hidden = true;
    if (this.#view) this.#setStale('error');
    this.dispatchEvent(new CustomEvent('triangulate-error', {
      bubbles: true, composed: true, detail: {error, message: error.message},
    }));
  }

  /**
   * Marks the drawn result as out of date (`state`: 'busy' while a comparison runs, 'edited'
   * after a change, 'error' after a failure — then it is also folded away until the reader asks
   * for it) or as current (null).
   */
  #setStale(state) {
    const e = this.#els;
    const t = this.#t;
    if (!this.#view) state = null;
    if (state !== 'error') this.#showStale = false;
    this.#stale = state;
    e.stale.hidden = !state;
    e.staleToggle.hidden = state !== 'error';
    e.staleCompare.hidden = !(state === 'edited' && this.manual);
    if (state) e.results.dataset.stale = state;
    else delete e.results.dataset.stale;
    const folded = state === 'error' && !this.#showStale;
    e.content.hidden = folded;
    e.skip.hidden = folded || !this.#view;
    if (!state) return;
    if (state === 'error') {
      e.staleText.textContent = folded ? t('staleErrorHidden') : t('staleError');
      e.staleToggle.textContent = folded ? t('showStale') : t('hideStale');
      e.staleToggle.setAttribute('aria-expanded', String(!folded));
    } else {
      e.staleText.textContent = state === 'busy' ? t('staleBusy') : t('staleEdited');
      e.staleCompare.textContent = t('compareNow');
    }
    if (folded) this.#closeCard(false);
  }

  // -------------------------------------------------------------------------------------------
  // Result

  /**
   * Makes `result` (with its `view`) the drawn one: draws it, folds the editor away when the
   * reader is not typing in it (results first), and tells the page. After the reader pressed
   * Compare, focus moves to the summary and the first conflict is scrolled into view.
   */
  async #show(result, view, {byReader = false, dropped = [], precomputed = false}) {
    const t = this.#t;
    this.#result = result;
    this.#view = view;
    this.#hasCompared = true;
    this.#drawnPrecomputed = precomputed;
    this.#setStale(null);
    const e = this.#els;
    e.error.hidden = true;
    this.#dropped = dropped;
    const inEditor = e.editorBody.contains(this.shadowRoot.activeElement);
    if (this.editable && (byReader || !inEditor) && !e.editorBody.hidden) this.#openEditor(false);
    let drawn = this.#redraw();
    let done = await drawn;
    // A redraw (focus, language) that started meanwhile draws the same result: wait for it.
    while (this.#drawing !== drawn) {
      drawn = this.#drawing;
      done = await drawn;
    }
    if (!done) return;
    let corroborated = 0;
    for (const s of view.sources) corroborated += s.compared ? (s.stats.corroborated ?? 0) : 0;
    // Announced to screen readers; the summary shows the same figures.
    e.message.textContent = t('announce', {sources: t('sources', {n: view.sources.length}),
      conflicts: t('conflicts', {n: view.disputes.length}), corroborated: t('corroboratedClaims', {n: corroborated})});
    e.message.classList.add('sr-only');
    if (byReader) {
      await nextTask();  // laid out by the browser first, so that measuring forces no layout
      this.#bringResultsIntoView();
    }
    this.dispatchEvent(new CustomEvent('triangulate-result', {bubbles: true, composed: true,
      detail: {result, precomputed}}));
  }

  /**
   * After Compare: focus on the summary, and the summary and the first conflict inside the
   * viewport (the page scrolls to the sources' bar when they are not).
   */
  #bringResultsIntoView() {
    const e = this.#els;
    const summary = e.content.querySelector('.summary-bar');
    if (!summary) return;
    summary.focus({preventScroll: true});
    const first = (e.content.querySelector('.dispute') ?? summary).getBoundingClientRect();
    const bottom = Math.min(first.bottom, first.top + 120);
    if (summary.getBoundingClientRect().top >= 0 && bottom <= window.innerHeight) return;
    (this.editable ? e.editor : e.results).scrollIntoView({block: 'start'});
  }

  /** Draws the current view again (focus, language or strings changed). */
  #redraw() {
    const drawing = this.#draw();
    this.#drawing = drawing;
    return drawing;
  }

  /**
   * Draws `this.#view`: the summary, conflicts, focus panel, overview and empty article frames in
   * one step, then the articles' text a few paragraphs per task (DRAW_BUDGET ms), so that no task
   * is long even for a 2 MB article. Resolves to false when a newer drawing took over.
   */
  async #draw() {
    const seq = ++this.#drawSeq;
    const view = this.#view;
    const e = this.#els;
    const t = this.#t;
    const focus = this.focus ? focusView(view, this.focus) : null;
    const unitEls = new Map();
    const self = this;
    const ctx = {
      t,
      uid: this.#uid,
      get filter() { return self.filter; },
      focus,
      unitEls,
      exports: [
        this.#downloadLink('JSON', 'triangulate-conflicts.json', 'application/json', () => conflictsToJson(view)),
        this.#downloadLink('CSV', 'triangulate-conflicts.csv', 'text/csv', () => conflictsToCsv(view)),
        this.#downloadLink('Markdown', 'triangulate-conflicts.md', 'text/markdown', () => conflictsToMarkdown(view)),
      ],
    };
    const order = focus ? [focus.source, ...view.sources.filter((s) => s !== focus.source)] : view.sources;
    const shells = order.map((s) => ({source: s, ...drawArticleShell(view, s, ctx)}));
    const long = view.units.size > LONG_RESULT_UNITS;
    const articlesHead = drawArticlesHead(ctx, (v) => { this.filter = v; });
    const parts = [
      drawSummary(view, ctx, {precomputed: this.#drawnPrecomputed}),
      drawConflicts(view, ctx),
      focus ? drawOmissions(view, ctx) : null,
      drawOverview(view, ctx),
      h('section', {class: 'articles-section', id: `${this.#uid}-articles`, 'aria-labelledby': articlesHead.titleId},
          articlesHead.head,
          h('div', {class: `articles${long ? ' long' : ''}${focus ? ' has-focus' : ''}`, part: 'articles'},
              shells.map((s) => s.el))),
      drawWarnings(view, ctx),
    ];

    this.#closeCard(false);
    for (const url of this.#blobUrls.splice(0)) URL.revokeObjectURL(url);
    this.#focus = focus;
    this.#unitEls = unitEls;
    this.#ring = null;
    this.#focused = null;
    e.content.replaceChildren(...parts.filter(Boolean));
    e.results.hidden = false;
    e.root.dataset.filter = this.filter;
    this.#renderSkipLinks(view, focus);
    this.#renderNotes(view);
    this.#watchTables();

    // The head of a long result is laid out and painted on its own, then the articles' text a
    // slice at a time, each slice laid out and painted before the next: a chain of tasks that
    // each add text would make one long layout when the browser next renders.
    if (long) {
      await nextFrame();
      if (seq !== this.#drawSeq) return false;
    }
    let slice = performance.now();
    for (const shell of shells) {
      let frag = document.createDocumentFragment();
      // A long result's paragraphs go in blocks of BLOCK_PARAGRAPHS, each laid out only near the
      // viewport (content-visibility): the browser checks every such box on every frame, so boxes
      // of one paragraph each would make every frame of a long result slow.
      let block = null;
      let inBlock = 0;
      for (const paragraph of drawBody(view, shell.source, ctx)) {
        if (paragraph && !long) {
          frag.append(paragraph);
        } else if (paragraph) {
          if (!block || inBlock === BLOCK_PARAGRAPHS) {
            block = h('div', {class: 'paragraphs'});
            frag.append(block);
            inBlock = 0;
          }
          block.append(paragraph);
          ++inBlock;
        }
        if (performance.now() - slice > DRAW_BUDGET) {
          shell.body.append(frag);
          frag = document.createDocumentFragment();
          await nextFrame();
          if (seq !== this.#drawSeq) return false;
          slice = performance.now();
        }
      }
      shell.body.append(frag);
    }
    return seq === this.#drawSeq;
  }

  /** The notes above the results: empty panes left out, a focus that names no compared source. */
  #renderNotes(view) {
    const t = this.#t;
    const notes = [];
    if (this.#dropped.length) {
      const list = t.list(this.#dropped.map((d) => (d.title ? t('sourceRefTitled', {n: d.index + 1, title: d.title}) :
        t('sourceRef', {n: d.index + 1}))));
      notes.push(t('droppedEmpty', {n: this.#dropped.length, list}));
    }
    const focused = this.focus ? view.sources.find((s) => s.id === this.focus) : null;
    if (this.focus && !focused) notes.push(t('noFocusSource', {id: this.focus}));
    else if (focused && !focused.compared) notes.push(t('focusNotCompared', {title: focused.title}));
    this.#els.note.textContent = notes.join(' ');
    this.#els.note.hidden = !notes.length;
  }

  #dropped = [];  // empty panes the drawn result left out

  #renderSkipLinks(view, focus) {
    const t = this.#t;
    const links = [];
    if (view.disputes.length) {
      links.push(h('a', {href: `#${this.#uid}-conflicts`, 'data-skip': 'conflicts', class: 'skip-link'}, t('skipConflicts')));
    }
    links.push(h('a', {href: `#${this.#uid}-articles`, 'data-skip': 'articles', class: 'skip-link'},
        focus ? t('skipFocus', {title: focus.source.title}) : t('skipArticles')));
    this.#els.skip.replaceChildren(...links);
    this.#els.skip.hidden = this.#els.content.hidden;
  }

  /** Marks each table box whose table is wider than it (CSS then shows the scroll hint). */
  #watchTables() {
    this.#resizeObserver?.disconnect();
    if (typeof ResizeObserver !== 'function') return;
    const check = (wrap) => {
      wrap.parentElement.toggleAttribute('data-scrolls', wrap.scrollWidth > wrap.clientWidth + 1);
    };
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) check(entry.target);
    });
    // observe() reports each box once after the next layout: no layout is forced here.
    for (const wrap of this.#els.content.querySelectorAll('.table-wrap')) this.#resizeObserver.observe(wrap);
  }

  /**
   * A download link whose Blob is made on first use (large results have large exports), then kept
   * until the next result.
   */
  #downloadLink(label, filename, type, make) {
    const a = h('a', {class: 'button small', part: 'export', href: '#', download: filename,
      'aria-label': this.#t('exportAs', {format: label})}, icon('↓'), ` ${label}`);
    a.addEventListener('click', () => {
      if (a.dataset.ready) return;
      const url = URL.createObjectURL(new Blob([make()], {type: `${type};charset=utf-8`}));
      this.#blobUrls.push(url);
      a.href = url;  // the click's default action follows the new address
      a.dataset.ready = 'true';
    });
    return a;
  }

  #applyFilter() {
    const filter = this.filter;
    this.#els.root.dataset.filter = filter;
    for (const input of this.#els.content.querySelectorAll('.filters input')) input.checked = input.value === filter;
    if (!this.#view) return;
    for (const [id, el] of this.#unitEls) {
      const unit = this.#view.units.get(id);
      const on = filter === 'all' || (filter === 'conflicts' ? unit.status === 'contested' : unit.status === 'single');
      el.tabIndex = on ? 0 : -1;
      el.classList.toggle('muted', !on);
    }
    if (this.#shown && this.#unitEls.get(this.#shown)?.classList.contains('muted')) this.#closeCard(false);
  }

  // -------------------------------------------------------------------------------------------
  // Counterparts card: hover, focus, click, keys

  #unitFrom(target) {
    const el = target?.closest?.('.unit[data-unit][role="button"]');
    return el && !el.classList.contains('muted') && this.#els.results.contains(el) ? el.dataset.unit : null;
  }

  #onPointerOver(ev) {
    // Content scrolled under a resting pointer (after Tab, say) is not a hover: only a pointer
    // that moved since the last keyboard focus counts.
    if (ev.pointerType === 'mouse' && this.#pointerAt.t < this.#focusAt) return;
    const id = this.#unitFrom(ev.target);
    if (!id || id === this.#hovered) return;
    clearTimeout(this.#hideTimer);
    this.#hovered = id;
    this.#updateCard();
  }

  #onPointerOut(ev) {
    if (ev) {
      const to = ev.relatedTarget;
      if (to && (this.#unitFrom(to) === this.#hovered || this.#els.card.contains(to))) return;
    }
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => {
      if (this.#els.card.matches(':hover')) return;
      this.#hovered = null;
      this.#updateCard();
    }, 250);
  }

  #onFocusIn(ev) {
    const id = this.#unitFrom(ev.target);
    if (!id) return;
    if (this.#dismissed !== id) this.#dismissed = null;
    this.#focused = id;
    this.#focusAt = performance.now();
    if (!this.#arrowing) this.#ring = null;
    if (this.#pinned && this.#pinned !== id) this.#pinned = id;
    this.#hovered = null;
    this.#updateCard();
  }

  #onFocusOut(ev) {
    if (!this.#unitFrom(ev.target)) return;
    const to = ev.relatedTarget;
    if (to && this.#unitFrom(to)) return;  // focusin on the next claim follows
    this.#focused = null;
    this.#dismissed = null;
    if (to && this.#els.card.contains(to)) return;
    this.#updateCard();
  }

  #onClick(ev) {
    const jump = ev.target.closest?.('[data-jump]');
    if (jump) {
      ev.preventDefault();
      const target = this.shadowRoot.getElementById(jump.dataset.jump);
      target?.focus({preventScroll: true});
      target?.scrollIntoView({block: 'start'});
      return;
    }
    const goto = ev.target.closest?.('[data-goto]');
    if (goto && this.#els.content.contains(goto)) {
      this.#focusUnit(goto.dataset.goto, true);
      return;
    }
    const id = this.#unitFrom(ev.target);
    if (!id) {
      if (this.#pinned) {
        this.#pinned = null;
        this.#updateCard();
      }
      return;
    }
    if (this.#pinned === id && this.#shown === id) {
      this.#pinned = null;
      this.#dismissed = id;
      this.#hovered = null;
    } else {
      this.#pinned = id;
      this.#dismissed = null;
    }
    this.#updateCard();
  }

  #onKeyDown(ev) {
    const id = this.#unitFrom(ev.target);
    if (!id) return;
    const unit = this.#view.units.get(id);
    switch (ev.key) {
      case 'Enter':
      case ' ':
        ev.preventDefault();
        this.#onClick(ev);
        break;
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        // The ring of the claim where arrowing started stays until focus moves another way, so
        // that Right then Left always comes back.
        if (!this.#ring || !this.#ring.includes(id)) {
          this.#ring = [unit, ...counterparts(this.#view, unit).map((c) => c.unit)]
              .filter((u) => this.#unitEls.has(u.id) && !this.#unitEls.get(u.id).classList.contains('muted'))
              .sort((x, y) => x.source - y.source || x.start - y.start)
              .map((u) => u.id);
        }
        const ring = this.#ring;
        if (ring.length < 2) return;
        ev.preventDefault();
        const step = ev.key === 'ArrowRight' || ev.key === 'ArrowDown' ? 1 : -1;
        const next = ring[(ring.indexOf(id) + step + ring.length) % ring.length];
        this.#dismissed = null;
        this.#arrowing = true;
        this.#focusUnit(next, Boolean(this.#pinned));
        this.#arrowing = false;
        break;
      }
      case 'Escape':
        if (this.#shown) {
          ev.preventDefault();
          ev.stopPropagation();
          this.#closeCard(true);
        }
        break;
      default:
        break;
    }
  }

  /** Moves focus to a claim in its article (scrolled into view) and opens its card. */
  #focusUnit(id, pin) {
    const el = this.#unitEls.get(id);
    if (!el) return;
    if (el.classList.contains('muted')) {
      this.filter = 'all';
    }
    if (pin) this.#pinned = id;
    this.#dismissed = null;
    el.focus({preventScroll: true});
    el.scrollIntoView({block: 'center', inline: 'nearest'});
    this.#focused = id;
    this.#updateCard();
  }

  #closeCard(byUser) {
    clearTimeout(this.#hideTimer);
    const back = this.#shown;
    if (byUser) this.#dismissed = this.#focused ?? this.#shown;
    this.#pinned = null;
    this.#hovered = null;
    if (byUser && back && this.#els.card.contains(this.shadowRoot.activeElement)) {
      this.#unitEls.get(back)?.focus({preventScroll: true});
    }
    this.#updateCard();
  }

  /** Shows the card for the hovered, else focused, else pinned claim; hides it when none. */
  #updateCard() {
    let id = this.#hovered ?? this.#focused ?? this.#pinned;
    if (id && id === this.#dismissed && id !== this.#hovered) id = null;
    if (id && !this.#unitEls.has(id)) id = null;
    const previous = this.#shown;
    if (previous && previous !== id) {
      const el = this.#unitEls.get(previous);
      el?.setAttribute('aria-expanded', 'false');
      this.#markRelated(previous, false);
    }
    this.#shown = id;
    const card = this.#els.card;
    if (!id) {
      card.hidden = true;
      return;
    }
    const unit = this.#view.units.get(id);
    if (previous !== id || card.hidden) {
      const {title, body} = fillCard(this.#view, unit, {t: this.#t, uid: this.#uid});
      this.#els.cardTitle.replaceChildren(...title);
      this.#els.cardBody.replaceChildren(...body);
      this.#markRelated(id, true);
    }
    this.#unitEls.get(id)?.setAttribute('aria-expanded', 'true');
    card.classList.toggle('pinned', this.#pinned === id);
    card.hidden = false;
    this.#placeCard(this.#unitEls.get(id));
  }

  #markRelated(id, on) {
    const unit = this.#view?.units.get(id);
    if (!unit) return;
    this.#unitEls.get(id)?.classList.toggle('is-active', on);
    for (const c of counterparts(this.#view, unit)) {
      const el = this.#unitEls.get(c.unit.id);
      if (!el) continue;
      el.classList.toggle('is-counterpart', on);
      if (on) el.dataset.relation = c.relation;
      else delete el.dataset.relation;
    }
  }

  /**
   * Places the card below its claim, or above when there is more room there; a card taller than
   * that room gets the room as its height and scrolls inside. Narrow elements get a bottom sheet.
   */
  #placeCard(anchor) {
    const {card, root} = this.#els;
    if (!anchor) return;
    const narrow = root.clientWidth < 640;
    card.classList.toggle('sheet', narrow);
    card.style.removeProperty('max-height');
    if (narrow) {
      card.style.removeProperty('left');
      card.style.removeProperty('top');
      return;
    }
    const box = root.getBoundingClientRect();
    const rects = anchor.getClientRects();
    const first = rects[0] ?? anchor.getBoundingClientRect();
    const all = anchor.getBoundingClientRect();
    const view = window.innerHeight;
    const margin = 8;
    const below = view - all.bottom - 2 * margin;
    const above = all.top - 2 * margin;
    const width = card.offsetWidth;
    const natural = card.scrollHeight;
    let top;
    if (natural <= below || below >= above) {
      const room = Math.max(160, below);
      if (natural > room) card.style.maxHeight = `${Math.round(room)}px`;
      top = all.bottom - box.top + margin;
    } else {
      const room = Math.max(160, above);
      const height = Math.min(natural, room);
      if (natural > room) card.style.maxHeight = `${Math.round(room)}px`;
      top = all.top - box.top - height - margin;
    }
    const left = Math.min(Math.max(first.left - box.left, margin), Math.max(margin, box.width - width - margin));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Resolves in a later task, soon: the browser may handle input first, but need not render (a
 * chain of scheduler.yield() tasks can hold rendering off for 100 ms).
 */
function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the browser rendered a frame: what was added to the page is laid out
 * and painted by then. A hidden page renders no frames; there (or when the page is hidden while
 * waiting) it resolves as nextTask() does, or after 100 ms.
 */
function nextFrame() {
  if (typeof requestAnimationFrame !== 'function' || document.hidden) return nextTask();
  return new Promise((resolve) => {
    let waiting = true;
    const go = () => {
      if (!waiting) return;
      waiting = false;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

function letterOf(i) {
  return i < 26 ? String.fromCharCode(65 + i) : String(i + 1);
}

function uniqueId(id, used) {
  let out = id;
  for (let k = 2; used.has(out); k++) out = `${id}-${k}`;
  used.add(out);
  return out;
}

function slug(s) {
  return s.toLowerCase().normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** The text of a child <article>: indentation from the markup removed, blank lines kept. */
function cleanText(s) {
  return s.split('\n').map((line) => line.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
