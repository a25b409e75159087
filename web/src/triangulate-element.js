// triangulate-element.js — <triangulate-compare>: several articles about one event, side by side,
// with every claim marked as corroborated, contested or stated by one source only.
//
// The element gives its sources to the Triangulate engine (../engine/engine.js, WebAssembly in a
// Web Worker, loaded on first use) and draws the result in its shadow root: each article in its
// own words with its claims highlighted, the conflicts first, a per-source summary and a
// source × source agreement matrix. Reader text only ever becomes Text nodes (see dom.js).
//
// Example:
//   <script type="module" src="/src/define.js"></script>
//   <triangulate-compare>
//     <article id="wire" title="Wire">The train had 90 carriages. …</article>
//     <article id="post" title="Post">The train had 10 to 15 carriages. …</article>
//   </triangulate-compare>
//   // → both articles, "90 carriages" and "10 to 15 carriages" boxed, one conflict listed.
//
// Attributes (each mirrored by a property): sources (JSON [{id, title?, text, format?}]),
// editable, manual, filter ("all" | "conflicts" | "single"), debounce (ms), options (JSON),
// theme ("auto" | "light" | "dark"). Properties only: result, busy, engine. Method: compare().
// Events (bubbling, composed): triangulate-result {detail: {result}}, triangulate-error
// {detail: {error, message}}.

import {CLAIM_KINDS, buildView, counterparts, layoutSource as layoutParagraphs} from './model.js';
import {conflictsToCsv, conflictsToJson, conflictsToMarkdown} from './export.js';
import {h, icon, plural, srOnly} from './dom.js';

const MIN_PANES = 2;
const MAX_PANES = 10;
const FILTERS = ['all', 'conflicts', 'single'];
const THEMES = ['auto', 'light', 'dark'];
const DEFAULT_DEBOUNCE = 600;
const FILE_TYPES = /\.(txt|text|md|html?|xhtml)$/i;
// Limits that keep a very long comparison readable and quick to draw (the exports hold everything).
const DISPUTES_PER_PAGE = 40;
const QUOTES_PER_SIDE = 6;
const PAIRS_PER_DISPUTE = 24;
const CARD_COLUMNS = 12;

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

/** The Triangulate comparison widget. Register it with `TriangulateCompareElement.define()`. */
export class TriangulateCompareElement extends HTMLElement {
  static observedAttributes = ['sources', 'editable', 'manual', 'filter', 'debounce', 'options', 'theme'];

  /**
   * Options of the engine the elements share (createEngine's: workerUrl, worker, moduleUrl,
   * wasmUrl), read when the first element compares; e.g. {workerUrl: '/triangulate-worker.js'}
   * when the element's files are on another origin (README, "Embed in your page").
   */
  static engineOptions = {};

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
  #sourcesOrigin = 'none';  // 'none' | 'children' | 'attribute' | 'property'
  #paneKey = 0;
  #options = {};
  #engine = null;         // an injected engine ({compare}) or null for the shared one
  #result = null;
  #view = null;
  #seq = 0;               // number of the latest comparison; older answers are dropped
  #busy = false;
  #running = 0;           // comparisons under way (a newer one can start before an older ends)
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
  }

  connectedCallback() {
    // A property set on the element before it was defined would hide the accessor: re-set it.
    for (const prop of ['sources', 'editable', 'manual', 'filter', 'debounce', 'options', 'theme', 'engine']) {
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
    this.#readChildren();
    this.#queueRender();
    this.#scheduleCompare(0);
  }

  disconnectedCallback() {
    this.#childObserver?.disconnect();
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

  /** The last result drawn (the engine's object, CONTRACT.md), or null. */
  get result() { return this.#result; }

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
  async compare() {
    clearTimeout(this.#compareTimer);
    const sources = this.#sourcesToCompare();
    const seq = ++this.#seq;
    if (sources.length < 2) {
      const error = new Error(this.#panes.length < 2
          ? 'Give at least two sources to compare.'
          : 'At least two sources need some text before they can be compared.');
      this.#fail(error);
      throw error;
    }
    this.#running++;
    this.#setBusy(true, sources);
    let result;
    try {
      const engine = this.#engine ?? await loadSharedEngine();
      this.#stage('Comparing');
      const started = performance.now();
      result = await engine.compare(sources, this.#engineOptions());
      const chars = sources.reduce((n, s) => n + s.text.length, 0);
      const ms = performance.now() - started;
      if (ms > 50) throughput = Math.max(20, chars / ms);
      if (seq !== this.#seq) return result;
      const view = buildView(result, sources);
      if (!await this.#renderResult(view, seq)) return result;  // a newer comparison took over
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      if (seq === this.#seq) this.#fail(error);
      throw error;
    } finally {
      if (--this.#running === 0) this.#setBusy(false);
    }
    this.#result = result;
    this.#hasCompared = true;
    this.dispatchEvent(new CustomEvent('triangulate-result', {bubbles: true, composed: true, detail: {result}}));
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
    this.#scheduleCompare(this.#hasCompared ? undefined : 0);
  }

  #readChildren() {
    if (this.#sourcesOrigin !== 'none' && this.#sourcesOrigin !== 'children') return;
    const articles = [...this.children].filter((c) => c.localName === 'article');
    if (!articles.length) return;
    const next = articles.map((a, i) => ({
      id: a.id || `source-${i + 1}`,
      title: a.getAttribute('title') || a.dataset.title || '',
      text: cleanText(a.textContent),
    }));
    const same = next.length === this.#panes.length && next.every((s, i) =>
      s.id === this.#panes[i].id && s.title === this.#panes[i].title && s.text === this.#panes[i].text);
    if (same) return;
    this.#setSources(next, 'children');
  }

  #sourcesToCompare() {
    return this.#panes.filter((p) => p.text.trim() !== '').map((p) => {
      const s = {id: p.id, title: p.title, text: p.text};
      if (p.format) s.format = p.format;
      return s;
    });
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
      if (this.#sourcesToCompare().length < 2) {
        this.#showHint();
        return;
      }
      this.compare().catch(() => {});  // shown and dispatched already
    }, delay);
  }

  // -------------------------------------------------------------------------------------------
  // Skeleton

  #build() {
    const e = this.#els;
    const id = (name) => `${this.#uid}-${name}`;

    e.panes = h('div', {class: 'panes'});
    e.add = h('button', {type: 'button', class: 'button', part: 'button'}, icon('+'), ' Add source');
    e.compare = h('button', {type: 'button', class: 'button primary', part: 'button compare-button'}, 'Compare');
    e.editorNote = h('p', {class: 'editor-note', id: id('editor-note')},
        'Paste text or HTML, or drop .txt and .html files. 2 to 10 sources.');
    e.editorBody = h('div', {class: 'editor-body', id: id('editor-body')},
        e.panes, h('div', {class: 'editor-actions'}, e.add, e.compare));
    e.editorToggle = h('button', {type: 'button', class: 'button small quiet editor-toggle',
      'aria-expanded': 'true', 'aria-controls': id('editor-body')}, 'Hide sources');
    e.editor = h('section', {class: 'editor', part: 'editor', 'aria-labelledby': id('editor-title')},
        h('div', {class: 'editor-head'},
            h('h2', {class: 'section-title', id: id('editor-title')}, 'Sources'),
            e.editorNote, e.editorToggle),
        e.editorBody);
    e.editorToggle.addEventListener('click', () => this.#openEditor(e.editorBody.hidden));
    e.add.addEventListener('click', () => this.#addPane());
    e.compare.addEventListener('click', () => this.compare().catch(() => {}));
    e.editor.addEventListener('dragover', (ev) => this.#onDragOver(ev));
    e.editor.addEventListener('drop', (ev) => this.#onDrop(ev, null));

    e.progressBar = h('span', {class: 'progress-bar'});
    e.progress = h('div', {class: 'progress', role: 'progressbar', 'aria-label': 'Comparison progress',
      'aria-valuemin': '0', 'aria-valuemax': '100'}, e.progressBar);
    e.busyText = h('span', {class: 'busy-text'});
    e.busy = h('div', {class: 'busy', part: 'busy', hidden: true}, e.progress, e.busyText);
    e.message = h('p', {class: 'message', role: 'status', 'aria-live': 'polite'});
    e.error = h('p', {class: 'error', role: 'alert', part: 'error', hidden: true});
    e.status = h('div', {class: 'status', part: 'status'}, e.busy, e.error, e.message);

    e.results = h('div', {class: 'results', part: 'results', hidden: true});
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
    e.cardClose = h('button', {type: 'button', class: 'card-close', 'aria-label': 'Close'}, icon('×'));
    e.cardBody = h('div', {class: 'card-body'});
    e.card = h('div', {class: 'card', part: 'card', id: id('card'), role: 'dialog', 'aria-modal': 'false',
      'aria-labelledby': id('card-title'), hidden: true},
    h('div', {class: 'card-head'}, e.cardTitle, e.cardClose),
    e.cardBody,
    h('p', {class: 'card-hint'}, 'Arrow keys: next or previous source · Esc: close'));
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

    e.root = h('div', {class: 'root', part: 'root'}, e.editor, e.status, e.results, e.card);
    e.root.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && this.#shown) {
        ev.preventDefault();
        this.#closeCard(true);
      }
    });
    return e.root;
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
    const ready = this.#sourcesToCompare().length;
    let text = '';
    if (!this.#hasCompared || ready < 2) {
      if (ready >= 2) text = this.manual && this.editable ? 'Press Compare to compare the sources.' : '';
      else if (this.editable) text = 'Paste two or more articles about the same event, then press Compare.';
      else text = 'Give the element two or more sources to compare.';
    }
    this.#els.message.classList.remove('sr-only');
    this.#els.message.textContent = text;
  }

  // -------------------------------------------------------------------------------------------
  // Editor

  #renderPanes() {
    const {panes} = this.#els;
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

  /** Shows or folds away the panes (the Sources heading and its toggle stay). */
  #openEditor(open) {
    const e = this.#els;
    e.editorBody.hidden = !open;
    e.editorNote.hidden = !open;
    e.editorToggle.setAttribute('aria-expanded', String(open));
    e.editorToggle.textContent = open ? 'Hide sources' : `Show and edit the ${plural(this.#panes.length, 'source')}`;
  }

  #buildPane(p) {
    const title = h('input', {type: 'text', class: 'pane-title', placeholder: 'Title (optional)',
      autocomplete: 'off', spellcheck: 'false'});
    const text = h('textarea', {class: 'pane-text', rows: '6', spellcheck: 'false',
      placeholder: 'Paste the article’s text or HTML here, or drop a .txt or .html file.'});
    const file = h('input', {type: 'file', class: 'sr-only file-input', accept: '.txt,.html,.htm,.md,text/plain,text/html'});
    const fileLabel = h('label', {class: 'button small file-label'}, icon('↥'), ' Open file…', file);
    const remove = h('button', {type: 'button', class: 'button small quiet remove'}, icon('×'), ' Remove');
    const count = h('span', {class: 'pane-count'});
    const heading = h('span', {class: 'pane-number'});
    const el = h('div', {class: 'pane', part: 'pane', role: 'group', 'data-key': p.key},
        h('div', {class: 'pane-head'}, heading, title),
        text,
        h('div', {class: 'pane-foot'}, fileLabel, count, remove));
    title.value = p.title;
    text.value = p.text;
    title.addEventListener('input', () => {
      p.title = title.value;
      this.#edited();
    });
    text.addEventListener('input', () => {
      p.text = text.value;
      delete p.format;
      count.textContent = charCount(p.text);
      this.#edited();
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
    const n = i + 1;
    const [head, text, foot] = el.children;
    const [number, title] = head.children;
    number.textContent = String(n);
    el.setAttribute('aria-label', `Source ${n}${p.title ? `: ${p.title}` : ''}`);
    title.setAttribute('aria-label', `Title of source ${n}`);
    text.setAttribute('aria-label', `Text or HTML of source ${n}`);
    if (title.value !== p.title) title.value = p.title;
    if (text.value !== p.text) text.value = p.text;
    foot.querySelector('.pane-count').textContent = charCount(p.text);
    foot.querySelector('.file-input').setAttribute('aria-label', `Open a file into source ${n}`);
    const remove = foot.querySelector('.remove');
    remove.setAttribute('aria-label', `Remove source ${n}`);
    remove.disabled = this.#panes.length <= MIN_PANES;
  }

  #edited() {
    if (this.#sourcesOrigin !== 'property' && this.#sourcesOrigin !== 'attribute') {
      this.#sourcesOrigin = 'property';  // edits win over child <article>s from now on
    }
    if (!this.#hasCompared) {
      this.#showHint();
      return;
    }
    this.#scheduleCompare();
  }

  #addPane(source = {}) {
    if (this.#panes.length >= MAX_PANES) {
      this.#fail(new Error(`At most ${MAX_PANES} sources can be compared here.`));
      return null;
    }
    const used = new Set(this.#panes.map((p) => p.id));
    let n = this.#panes.length + 1;
    while (used.has(`source-${n}`)) n++;
    const pane = {key: ++this.#paneKey, id: uniqueId(source.id || `source-${n}`, used),
      title: source.title ?? '', text: source.text ?? ''};
    if (source.format) pane.format = source.format;
    this.#panes.push(pane);
    if (this.#sourcesOrigin === 'none' || this.#sourcesOrigin === 'children') this.#sourcesOrigin = 'property';
    this.#renderPanes();
    if (!source.text) this.#els.panes.lastElementChild?.querySelector('textarea')?.focus();
    return pane;
  }

  #removePane(pane) {
    if (this.#panes.length <= MIN_PANES) return;
    const i = this.#panes.indexOf(pane);
    if (i < 0) return;
    this.#panes.splice(i, 1);
    if (this.#sourcesOrigin === 'none' || this.#sourcesOrigin === 'children') this.#sourcesOrigin = 'property';
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
    const errors = [];
    let target = pane;
    for (const file of files) {
      if (!FILE_TYPES.test(file.name) && !/^text\//.test(file.type)) {
        errors.push(`${file.name}: only .txt and .html files can be read`);
        continue;
      }
      let text;
      try {
        text = await file.text();
      } catch (e) {
        errors.push(`${file.name}: ${e.message}`);
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
      } else if (!this.#addPane({id: slug(base), title: base, text, format})) {
        errors.push(`${file.name}: no room for more than ${MAX_PANES} sources`);
      }
    }
    this.#renderPanes();
    if (errors.length) this.#fail(new Error(errors.join('; ')));
    this.#edited();
  }

  // -------------------------------------------------------------------------------------------
  // Busy, messages, errors

  #setBusy(busy, sources = []) {
    this.#busy = busy;
    this.toggleAttribute('busy', busy);
    const e = this.#els;
    e.compare.disabled = busy;
    e.results.setAttribute('aria-busy', String(busy));
    if (!busy) {
      this.#stopProgress();
      e.busy.hidden = true;
      return;
    }
    e.error.hidden = true;
    e.message.textContent = '';
    const chars = sources.reduce((n, s) => n + s.text.length, 0);
    const expected = Math.max(300, chars / throughput);
    const started = performance.now();
    const what = `${plural(sources.length, 'source')}, ${charCount(chars, true)}`;
    this.#stage(this.#engine || sharedEngine ? 'Comparing' : 'Loading the engine');
    const tick = () => {
      const elapsed = performance.now() - started;
      // An estimate from the speed of earlier comparisons; it slows down instead of reaching 100%.
      const fraction = 1 - Math.exp(-elapsed / expected);
      const pct = Math.round(Math.min(0.97, fraction) * 100);
      e.progressBar.style.width = `${pct}%`;
      e.progress.setAttribute('aria-valuenow', String(pct));
      e.progress.setAttribute('aria-valuetext', `about ${pct}%`);
      const secs = elapsed >= 1000 ? ` · ${Math.round(elapsed / 1000)} s` : '';
      e.busyText.textContent = `${this.#stageName}… ${what}${secs}`;
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

  #stageName = 'Comparing';
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
    this.dispatchEvent(new CustomEvent('triangulate-error', {
      bubbles: true, composed: true, detail: {error, message: error.message},
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Result

  /**
   * Draws `view`. Large results are drawn one article per task so that the page keeps painting;
   * resolves to false (and draws nothing) when comparison `seq` is no longer the latest.
   */
  async #renderResult(view, seq) {
    const e = this.#els;
    const unitEls = new Map();
    const big = view.units.size > 1500;
    const articles = [];
    for (const s of view.sources) {
      articles.push(this.#renderArticle(s, unitEls));
      if (big) {
        await nextTask();
        if (seq !== this.#seq) return false;
      }
    }
    let claims = 0;
    let corroborated = 0;
    for (const s of view.sources) {
      claims += s.stats.claims ?? 0;
      corroborated += s.stats.corroborated ?? 0;
    }
    const parts = [
      this.#renderToolbar(view, claims),
      this.#renderConflicts(view),
      this.#renderOverview(view),
      h('section', {class: 'articles-section', 'aria-labelledby': `${this.#uid}-articles-title`},
          h('h2', {class: 'section-title', id: `${this.#uid}-articles-title`}, 'The articles'),
          h('p', {class: 'section-note'}, 'Hover, focus or click a highlighted claim to see what the other sources say.'),
          h('div', {class: big ? 'articles long' : 'articles', part: 'articles'}, articles)),
      this.#renderWarnings(view),
    ];
    if (seq !== this.#seq) return false;

    this.#closeCard(false);
    for (const url of this.#blobUrls.splice(0)) URL.revokeObjectURL(url);
    this.#view = view;
    this.#unitEls = unitEls;
    this.#ring = null;
    this.#focused = null;
    e.error.hidden = true;
    // Announced to screen readers; the toolbar shows the same figures.
    e.message.textContent = `Compared ${plural(view.sources.length, 'source')}: ` +
        `${plural(view.disputes.length, 'conflict')}, ${plural(corroborated, 'corroborated claim')}.`;
    e.message.classList.add('sr-only');
    e.results.replaceChildren(...parts.filter(Boolean));
    e.results.hidden = false;
    this.#applyFilter();
    return true;
  }

  #renderToolbar(view, claims) {
    const id = (n) => `${this.#uid}-${n}`;
    const filterName = `${this.#uid}-filter`;
    const radio = (value, label, glyph) => {
      const input = h('input', {type: 'radio', name: filterName, value, class: 'sr-only'});
      input.checked = this.filter === value;
      input.addEventListener('change', () => { if (input.checked) this.filter = value; });
      return h('label', {class: 'segment', part: 'filter'}, input, glyph ? icon(glyph) : null, label);
    };
    const sample = (status, text) => h('span', {class: 'swatch', 'data-status': status, 'aria-hidden': 'true'}, text);
    const legend = h('ul', {class: 'legend', part: 'legend', 'aria-label': 'Legend'},
        h('li', {}, sample('corroborated', 'Agreed'),
            h('span', {}, h('span', {class: 'badge', 'data-strength': '3', 'aria-hidden': 'true'}, icon('✓'), '3'),
                ' Corroborated: the badge counts the sources, darker when more are independent')),
        h('li', {}, sample('contested', 'Disputed'),
            h('span', {}, 'Contested: the ', h('mark', {class: 'value sample-value'}, 'values'), ' that differ are boxed')),
        h('li', {}, sample('single', 'One source'), h('span', {}, 'Stated by a single source')),
        h('li', {}, sample('furniture', 'Byline'), h('span', {}, 'Page furniture, dimmed')));

    const exports = h('div', {class: 'exports', part: 'exports'},
        h('span', {class: 'exports-label', id: id('export-label')}, 'Export conflicts'),
        this.#downloadLink('JSON', 'triangulate-conflicts.json', 'application/json', () => conflictsToJson(view)),
        this.#downloadLink('CSV', 'triangulate-conflicts.csv', 'text/csv', () => conflictsToCsv(view)),
        this.#downloadLink('Markdown', 'triangulate-conflicts.md', 'text/markdown', () => conflictsToMarkdown(view)));

    return h('div', {class: 'toolbar', part: 'toolbar'},
        h('p', {class: 'tally'},
            h('span', {class: 'tally-item'}, h('strong', {}, String(view.sources.length)), ' sources'),
            h('span', {class: 'tally-item'}, h('strong', {}, String(claims)), ' claims'),
            h('span', {class: 'tally-item tally-conflicts'}, icon('≠'), h('strong', {}, String(view.disputes.length)),
                view.disputes.length === 1 ? ' conflict' : ' conflicts')),
        h('div', {class: 'filters', role: 'radiogroup', 'aria-label': 'Highlight'},
            h('span', {class: 'filters-label', 'aria-hidden': 'true'}, 'Highlight'),
            radio('all', 'All claims'), radio('conflicts', 'Only conflicts', '≠'), radio('single', 'Only single-source', '◦')),
        legend,
        exports);
  }

  /**
   * A download link whose Blob is made on first use (large results have large exports), then kept
   * until the next result.
   */
  #downloadLink(label, filename, type, make) {
    const a = h('a', {class: 'button small', part: 'export', href: '#', download: filename,
      'aria-label': `Export conflicts as ${label}`}, icon('↓'), ` ${label}`);
    a.addEventListener('click', () => {
      if (a.dataset.ready) return;
      const url = URL.createObjectURL(new Blob([make()], {type: `${type};charset=utf-8`}));
      this.#blobUrls.push(url);
      a.href = url;  // the click's default action follows the new address
      a.dataset.ready = 'true';
    });
    return a;
  }

  #renderConflicts(view) {
    const list = h('ol', {class: 'dispute-list'});
    const n = view.disputes.length;
    let shown = 0;
    const more = h('button', {type: 'button', class: 'button small more-disputes', hidden: true});
    const showMore = () => {
      const next = view.disputes.slice(shown, shown + DISPUTES_PER_PAGE);
      list.append(...next.map((d) => this.#renderDispute(view, d)));
      shown += next.length;
      more.hidden = shown >= n;
      more.textContent = `Show ${Math.min(DISPUTES_PER_PAGE, n - shown)} more of ${n - shown} conflicts`;
    };
    more.addEventListener('click', () => {
      const first = shown;
      showMore();
      list.children[first]?.querySelector('.quote')?.focus();
    });
    showMore();
    list.addEventListener('click', (ev) => {
      const q = ev.target.closest('[data-goto]');
      if (q) this.#focusUnit(q.dataset.goto, true);
    });
    const titleId = `${this.#uid}-conflicts-title`;
    return h('section', {class: 'conflicts', part: 'conflicts', 'aria-labelledby': titleId},
        h('h2', {class: 'section-title', id: titleId}, icon('≠', 'title-icon'), n ? `Conflicts (${n})` : 'No conflicts found'),
        h('p', {class: 'section-note'}, n ?
          `Where the sources give different values for the same thing: ${plural(view.conflicts.length, 'conflicting pair')} of claims. Select a quote to find it in its article.` :
          'None of the linked claims disagree on a value.'),
        n ? list : null,
        more);
  }

  /** One dispute: its reason, the two sides quoted with their values, and its pairs. */
  #renderDispute(view, d) {
    const quote = (unit) => {
      const source = view.sources[unit.source];
      return h('li', {},
          h('button', {type: 'button', class: 'quote', 'data-goto': unit.id, 'data-source': source.id},
              h('span', {class: 'quote-source'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(source.index)),
                  source.title, srOnly(': ')),
              h('span', {class: 'quote-text'}, textWithMarks(source.text, unit.start, unit.end, d.marks.get(unit.id) ?? []))));
    };
    const sides = d.sides.map((units, i) => h('ul', {class: 'side', 'aria-label': d.sides.length > 1 ? `Version ${i + 1}` : 'Versions'},
        units.slice(0, QUOTES_PER_SIDE).map(quote),
        units.length > QUOTES_PER_SIDE ?
          h('li', {class: 'more-note'}, `and ${plural(units.length - QUOTES_PER_SIDE, 'more claim')} like these`) : null));
    const body = sides.length === 2 ?
      [sides[0], h('span', {class: 'versus', 'aria-hidden': 'true'}, '≠'), sides[1]] : sides;
    const pairs = h('ul', {class: 'pairs', 'aria-label': 'Conflicting pairs'}, d.rows.slice(0, PAIRS_PER_DISPUTE).map((c) => {
      const sa = view.sources[c.a.source];
      const sb = view.sources[c.b.source];
      return h('li', {class: 'conflict', part: 'conflict', 'data-a': sa.id, 'data-b': sb.id,
        'data-unit-a': c.a.id, 'data-unit-b': c.b.id},
      h('span', {class: 'pair-names'}, sa.title, h('span', {class: 'ne'}, ' ≠ '), sb.title), ': ',
      h('span', {class: 'pair-reason'}, c.discrepancies.map((x) => x.reason || `${x.a?.text ?? ''} vs ${x.b?.text ?? ''}`).join('; ')));
    }),
    d.rows.length > PAIRS_PER_DISPUTE ?
      h('li', {class: 'more-note'}, `and ${plural(d.rows.length - PAIRS_PER_DISPUTE, 'more pair')} (all are in the exports)`) : null);
    return h('li', {class: 'dispute', part: 'dispute'},
        h('p', {class: 'dispute-head'},
            d.types.map((t) => h('span', {class: 'reason-type'}, t)), ' ',
            h('span', {class: 'dispute-reason'}, d.reasons[0] ?? 'Different values'),
            d.reasons.length > 1 ? h('span', {class: 'more-reasons'}, ` (and ${d.reasons.length - 1} more)`) : null),
        h('div', {class: `sides${sides.length === 2 ? ' two' : ''}`}, body),
        pairs);
  }

  #renderOverview(view) {
    const sid = `${this.#uid}-summary-title`;
    const rows = view.sources.map((s, i) => {
      const st = s.stats;
      const bar = h('span', {class: 'bar', 'aria-hidden': 'true'});
      for (const k of ['corroborated', 'contested', 'single']) {
        const seg = h('span', {class: `bar-seg ${k}`});
        seg.style.width = `${st.claims ? (100 * (st[k] ?? 0)) / st.claims : 0}%`;
        bar.append(seg);
      }
      return h('tr', {'data-source': s.id},
          h('th', {scope: 'row'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(i)), s.title),
          h('td', {}, String(st.claims ?? 0)),
          h('td', {}, String(st.corroborated ?? 0)),
          h('td', {}, String(st.contested ?? 0)),
          h('td', {}, String(st.single ?? 0)),
          h('td', {class: 'bar-cell'}, bar));
    });
    const summary = h('table', {class: 'summary', part: 'summary'},
        h('caption', {id: sid}, 'Claims per source'),
        h('thead', {}, h('tr', {},
            h('th', {scope: 'col'}, 'Source'), h('th', {scope: 'col'}, 'Claims'),
            h('th', {scope: 'col'}, h('span', {class: 'long'}, 'Corroborated'), h('span', {class: 'short', 'aria-hidden': 'true'}, '✓')),
            h('th', {scope: 'col'}, h('span', {class: 'long'}, 'Contested'), h('span', {class: 'short', 'aria-hidden': 'true'}, '≠')),
            h('th', {scope: 'col'}, h('span', {class: 'long'}, 'Single-source'), h('span', {class: 'short', 'aria-hidden': 'true'}, '◦')),
            h('td', {class: 'bar-cell'}))),
        h('tbody', {}, rows));

    const n = view.sources.length;
    const head = h('tr', {}, h('td', {}), view.sources.map((s, i) =>
      h('th', {scope: 'col', title: s.title}, h('span', {'aria-hidden': 'true'}, letter(i)), srOnly(s.title))));
    const body = view.sources.map((s, i) => h('tr', {},
        h('th', {scope: 'row', title: s.title}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(i)),
            h('span', {class: 'name'}, s.title)),
        Array.from({length: n}, (_, j) => {
          const cell = view.matrix[i][j];
          if (!cell) return h('td', {class: 'self'}, h('span', {'aria-hidden': 'true'}, '—'), srOnly('same source'));
          // The engine lists the pairs that share something; a pair it leaves out shares nothing.
          const pct = Math.round((cell.similarity ?? 0) * 100);
          const td = h('td', {class: cell.derived ? 'derived' : '',
            title: `${s.title} and ${view.sources[j].title}: ` +
              `${pct}% of claims in common` +
              `; ${plural(cell.agree, 'agreeing link')}, ${plural(cell.conflict, 'conflict')}` +
              (cell.derived ? '; one is a copy or rewrite of the other' : '')},
          h('span', {class: 'pct'}, `${pct}%`),
          cell.derived ? h('span', {class: 'derived-tag'}, icon('≈'), ' derived') : null,
          cell.conflict ? h('span', {class: 'conflict-count'}, icon('≠'), String(cell.conflict), srOnly(cell.conflict === 1 ? ' conflict' : ' conflicts')) : null);
          td.style.setProperty('--sim', String(cell.similarity ?? 0));
          return td;
        })));
    const matrix = h('table', {class: 'matrix', part: 'matrix'},
        h('caption', {}, 'Agreement between sources'),
        h('thead', {}, head), h('tbody', {}, body));
    const derived = view.matrix.some((row) => row.some((c) => c && c.derived));
    const titleId = `${this.#uid}-overview-title`;
    return h('section', {class: 'overview', part: 'overview', 'aria-labelledby': titleId},
        h('h2', {class: 'section-title', id: titleId}, 'The sources at a glance'),
        h('div', {class: 'overview-grid'},
            h('div', {class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': 'Claims per source'}, summary),
            h('div', {class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': 'Agreement between sources'}, matrix,
                h('p', {class: 'table-note'}, 'Share of claims two sources state in common. ',
                    derived ? h('span', {}, icon('≈'), ' derived: one is a rewrite or copy of the other, so their agreement is not independent.') : null))));
  }

  #renderWarnings(view) {
    if (!view.warnings.length) return null;
    return h('details', {class: 'warnings', part: 'warnings'},
        h('summary', {}, plural(view.warnings.length, 'note'), ' about the input'),
        h('ul', {}, view.warnings.map((w) => h('li', {}, w.source ? `${w.source}: ` : '', w.message || w.code || ''))));
  }

  #renderArticle(source, unitEls) {
    const titleId = `${this.#uid}-src-${source.index}`;
    const st = source.stats;
    const body = h('div', {class: 'article-body'});
    for (const paragraph of layoutParagraphs(source)) {
      const p = h('p', {});
      for (const piece of paragraph) {
        if (piece.unit) p.append(this.#renderUnit(piece.unit, source, unitEls));
        else p.append(source.text.slice(piece.start, piece.end));
      }
      if (paragraph.length === 1 && paragraph[0].unit) p.dataset.kind = paragraph[0].unit.kind;
      body.append(p);
    }
    return h('article', {class: 'source', part: 'source', 'data-source': source.id, 'aria-labelledby': titleId},
        h('header', {class: 'source-head'},
            h('h3', {class: 'source-title', id: titleId},
                h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(source.index)), source.title),
            h('p', {class: 'source-stats'},
                h('span', {}, plural(st.claims ?? 0, 'claim')),
                h('span', {class: 'st corroborated'}, icon('✓'), `${st.corroborated ?? 0} corroborated`),
                h('span', {class: 'st contested'}, icon('≠'), `${st.contested ?? 0} contested`),
                h('span', {class: 'st single'}, icon('◦'), `${st.single ?? 0} single`))),
        body);
  }

  #renderUnit(unit, source, unitEls) {
    const interactive = CLAIM_KINDS.has(unit.kind);
    const strength = Math.min(Math.max(unit.independent, 1), 5);
    const el = h('span', {
      class: 'unit',
      part: `unit ${unit.status}`,
      'data-unit': unit.id,
      'data-status': unit.status,
      'data-kind': unit.kind,
      'data-strength': unit.status === 'corroborated' ? strength : false,
    }, textWithMarks(source.text, unit.start, unit.end, unit.marks));
    if (interactive) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-expanded', 'false');
      el.setAttribute('aria-controls', `${this.#uid}-card`);
      el.tabIndex = 0;
      if (unit.status === 'corroborated') {
        const more = unit.independent < unit.count ? `, ${unit.independent} independent` : '';
        el.append(h('span', {class: 'badge', part: 'badge', 'data-strength': strength, 'aria-hidden': 'true'},
            icon('✓'), plural(unit.count, 'source')),
        srOnly(` (corroborated by ${plural(unit.count, 'source')}${more})`));
      } else if (unit.status === 'contested') {
        const others = new Set(unit.links.filter((l) => l.relation === 'conflict')
            .map((l) => (l.a === unit ? l.b : l.a).source)).size;
        el.append(h('span', {class: 'badge contested', part: 'badge', 'aria-hidden': 'true'}, icon('≠'), 'contested'),
            srOnly(others ?
              ` (contested: ${plural(others, 'source')} ${others === 1 ? 'gives' : 'give'} a different value)` :
              ' (contested: the sources that state this disagree on a value)'));
      } else {
        el.append(srOnly(' (single source)'));
      }
    } else {
      el.title = unit.status === 'duplicate' ? 'Repeats an earlier part of this article' :
        `Page furniture${unit.role ? ` (${unit.role})` : ''}: not a claim`;
    }
    unitEls.set(unit.id, el);
    return el;
  }

  #applyFilter() {
    const filter = this.filter;
    this.#els.root.dataset.filter = filter;
    for (const input of this.#els.results.querySelectorAll('.filters input')) input.checked = input.value === filter;
    if (!this.#view) return;
    for (const [id, el] of this.#unitEls) {
      const unit = this.#view.units.get(id);
      if (!CLAIM_KINDS.has(unit.kind)) continue;
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
    const id = this.#unitFrom(ev.target);
    if (!id) {
      if (this.#pinned && !ev.target.closest('[data-goto]')) {
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
              .filter((u) => !this.#unitEls.get(u.id)?.classList.contains('muted'))
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
      this.#fillCard(unit);
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

  #fillCard(unit) {
    const view = this.#view;
    const source = view.sources[unit.source];
    const cps = counterparts(view, unit);
    const conflicts = cps.filter((c) => c.relation === 'conflict').length;
    const {cardTitle, cardBody} = this.#els;
    let groupNote = null;
    if (conflicts) {
      cardTitle.replaceChildren(icon('≠'), ` Contested: ${plural(conflicts, 'source')} ${conflicts === 1 ? 'gives' : 'give'} a different value`);
    } else if (unit.status === 'contested') {
      // In a contested group without a conflict of its own: say where the disagreement is.
      cardTitle.replaceChildren(icon('≠'), ' Contested: the sources that state this disagree');
      const members = new Set(unit.group?.units ?? []);
      const rows = view.conflicts.filter((c) => members.has(c.a) && members.has(c.b));
      if (rows.length) {
        groupNote = h('ul', {class: 'group-note'}, rows.map((c) => h('li', {},
            h('span', {class: 'pair-names'}, view.sources[c.a.source].title, h('span', {class: 'ne'}, ' ≠ '),
                view.sources[c.b.source].title), ': ', c.reason)));
      }
    } else if (cps.length) {
      const more = unit.independent < unit.count ? ` (${unit.independent} independent)` : '';
      cardTitle.replaceChildren(icon('✓'), ` Stated by ${plural(unit.count, 'source')}${more}`);
    } else {
      cardTitle.replaceChildren(icon('◦'), ` Only ${source.title} states this`);
    }
    const label = {agree: 'agrees', conflict: 'conflicts', group: 'same fact', related: 'related'};
    const glyph = {agree: '✓', conflict: '≠', group: '=', related: '~'};
    const column = (u, relation, marks, reasons) => {
      const s = view.sources[u.source];
      const attrs = {class: 'col', 'data-relation': relation, 'data-source': s.id, 'data-unit': u.id};
      if (relation !== 'self') attrs['data-goto'] = u.id;
      return h('figure', attrs,
          h('figcaption', {},
              h('span', {class: 'col-source'}, h('span', {class: 'letter', 'aria-hidden': 'true'}, letter(s.index)), s.title),
              h('span', {class: 'col-relation'}, relation === 'self' ? 'this claim' :
                [icon(glyph[relation] ?? ''), ` ${label[relation] ?? relation}`])),
          h('blockquote', {class: 'col-text'}, textWithMarks(s.text, u.start, u.end, marks)),
          reasons.length ? h('ul', {class: 'reasons'}, reasons.map((d) => h('li', {class: 'reason', 'data-type': d.type},
              h('span', {class: 'reason-type'}, d.type), ' ', d.reason))) : null);
    };
    const cols = [column(unit, 'self', unit.marks, [])];
    // Conflicts first: they are what the reader came for (the arrow keys keep source order).
    const order = {conflict: 0, agree: 1, group: 2, related: 3};
    const shown = cps.slice().sort((x, y) => (order[x.relation] ?? 4) - (order[y.relation] ?? 4));
    for (const c of shown.slice(0, CARD_COLUMNS)) {
      cols.push(column(c.unit, c.relation, c.discrepancies.map((d) => d.theirs).filter(Boolean), c.discrepancies));
    }
    if (cps.length > CARD_COLUMNS) {
      cols.push(h('p', {class: 'col-empty'}, `and ${plural(cps.length - CARD_COLUMNS, 'more claim')}; the arrow keys reach them all.`));
    }
    if (!cps.length) {
      cols.push(h('p', {class: 'col-empty'}, 'No other source has a matching claim.'));
    }
    cardBody.replaceChildren(groupNote ?? '', h('div', {class: 'cols'}, cols));
  }

  #placeCard(anchor) {
    const {card, root} = this.#els;
    if (!anchor) return;
    const narrow = root.clientWidth < 640;
    card.classList.toggle('sheet', narrow);
    if (narrow) {
      card.style.removeProperty('left');
      card.style.removeProperty('top');
      return;
    }
    const box = root.getBoundingClientRect();
    const rects = anchor.getClientRects();
    const first = rects[0] ?? anchor.getBoundingClientRect();
    const all = anchor.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.min(Math.max(first.left - box.left, 8), Math.max(8, box.width - width - 8));
    let top = all.bottom - box.top + 8;
    const below = window.innerHeight - all.bottom;
    if (below < height + 16 && all.top > height + 16) top = all.top - box.top - height - 8;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Text from `start` to `end` of `text`, with `marks` (absolute spans) as <mark> elements. */
function textWithMarks(text, start, end, marks) {
  const out = [];
  let pos = start;
  const sorted = marks.filter((m) => m && m.end > start && m.start < end)
      .map((m) => ({start: Math.max(m.start, start), end: Math.min(m.end, end)}))
      .sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push(text.slice(pos, m.start));
    out.push(h('mark', {class: 'value', part: 'value'}, text.slice(m.start, m.end)));
    pos = m.end;
  }
  if (pos < end) out.push(text.slice(pos, end));
  return out;
}

/** Resolves in a later task, after the browser had a chance to paint. */
function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function letter(i) {
  return i < 26 ? String.fromCharCode(65 + i) : String(i + 1);
}

function charCount(n, short = false) {
  const count = typeof n === 'number' ? n : n.length;
  return short ? `${count.toLocaleString('en-US')} characters` : plural(count, 'character');
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
