// strings.js — every word <triangulate-compare> shows, in one table that a host can replace.
//
// A table maps keys to entries. An entry is
//   - a string, with {name} placeholders filled from the parameters ("{n} sources");
//   - a plural entry {one: '…', other: '…'} (any Intl.PluralRules category: zero, one, two, few,
//     many, other), chosen by the parameter `n` in the table's language;
//   - a function (params, lang) → string, for whatever the other two cannot say.
// Numbers given as parameters are written with the language's digits and separators. A key a
// table leaves out falls back to English, so a partial table works.
//
// Example:
//   TriangulateCompareElement.translations.fr = {compare: 'Comparer', sources: {one: '{n} source', other: '{n} sources'}};
//   <triangulate-compare lang="fr">…            // or: element.strings = {compare: 'Comparer'}
//   const t = translator([TRANSLATIONS.fr, EN], 'fr');
//   t('sources', {n: 1200})                     // '1 200 sources'

/** The English table: the default, and the fallback for every key another table leaves out. */
export const EN = {
  // Editor
  editorTitle: 'Sources',
  editorNote: 'Paste text or HTML, or drop .txt and .html files. {min} to {max} sources.',
  addSource: 'Add source',
  compare: 'Compare',
  hideSources: 'Hide sources',
  editSources: 'Edit sources',
  sourcesBar: {one: '{n} source:', other: '{n} sources:'},
  untitled: 'Source {n}',
  paneLabel: 'Source {n}',
  paneLabelTitled: 'Source {n}: {title}',
  titlePlaceholder: 'Title (optional)',
  titleLabel: 'Title of source {n}',
  textPlaceholder: 'Paste the article’s text or HTML here, or drop a .txt or .html file.',
  textLabel: 'Text or HTML of source {n}',
  openFile: 'Open file…',
  openFileLabel: 'Open a file into source {n}',
  remove: 'Remove',
  removeLabel: 'Remove source {n}',
  characters: {one: '{n} character', other: '{n} characters'},
  largeText: 'Source {n} holds a long text (about {size}): it is kept as given, and not shown in the box so that the page stays quick.',
  largeEdit: 'Show it in the box to edit',

  // Progress and messages
  progressLabel: 'Comparison progress',
  progressValue: 'about {pct}%',
  stageLoading: 'Loading the engine',
  stageComparing: 'Comparing',
  stageDrawing: 'Drawing the results',
  busyText: '{stage}… {sources}, {characters}',
  busySeconds: '{text} · {s} s',
  hintPress: 'Press Compare to compare the sources.',
  hintPaste: 'Paste two or more articles about the same event, then press Compare.',
  hintGive: 'Give the element two or more sources to compare.',
  needTwo: 'Give at least two sources to compare.',
  needTwoWithText: 'At least two sources need some text before they can be compared.',
  tooManyPanes: 'At most {max} sources can be compared here.',
  tooLong: 'Source {n} ({title}) is too long: {size} of text; the limit is {limit}.',
  tooLongTogether: 'The sources are too long together: {size} of text; the limit is {limit}.',
  tooManySources: 'Too many sources: {n}; the limit is {max}.',
  fileNotText: '{name}: only .txt and .html files can be read.',
  fileUnreadable: '{name} could not be read: {message}',
  fileNoRoom: '{name}: there is no room for more than {max} sources.',
  engineLoadFailed: 'The comparison engine could not be loaded: {message}',
  compareFailed: 'The comparison failed: {message}',
  droppedEmpty: {one: '{list} is empty and was left out.', other: '{list} are empty and were left out.'},
  sourceRef: 'Source {n}',
  sourceRefTitled: 'Source {n} ({title})',
  announce: 'Compared {sources}: {conflicts}, {corroborated}.',
  noFocusSource: 'There is no source “{id}” to focus on; all sources are shown alike.',
  focusNotCompared: '{title} was not compared, so it cannot be read against the others; all sources are shown alike.',
  resultUnusable: 'The results given with this page cannot be shown: {why}.',

  // Out-of-date results
  staleBusy: 'Updating: these are the results of the previous comparison.',
  staleEdited: 'The sources have changed since these results were computed.',
  staleError: 'Out of date: these results were computed before the problem above.',
  staleErrorHidden: 'The previous results are hidden because they are out of date.',
  showStale: 'Show them anyway',
  hideStale: 'Hide them',
  compareNow: 'Update the results',

  // Summary
  skipLinks: 'Skip links',
  skipConflicts: 'Skip to conflicts',
  skipArticles: 'Skip to the articles',
  skipFocus: 'Skip to {title}',
  summaryTitle: 'Summary',
  sources: {one: '{n} source', other: '{n} sources'},
  claims: {one: '{n} claim', other: '{n} claims'},
  conflicts: {one: '{n} conflict', other: '{n} conflicts'},
  corroboratedClaims: {one: '{n} corroborated claim', other: '{n} corroborated claims'},
  notComparedCount: {one: '{n} not compared', other: '{n} not compared'},
  reportedElsewhereCount: {one: '{n} claim reported elsewhere, not here', other: '{n} claims reported elsewhere, not here'},
  precomputedNote: 'Computed when this page was published.',

  // Conflicts
  conflictsTitle: 'Conflicts ({n})',
  noConflictsTitle: 'No conflicts found',
  conflictsNote: 'Where the sources give different values for the same thing. Select a quote to find it in its article.',
  noConflictsNote: 'None of the linked claims disagree on a value.',
  sideHead: {one: '{value}: {n} source', other: '{value}: {n} sources'},
  sideHeadNoValue: {one: '{n} source', other: '{n} sources'},
  versionLabel: 'Version {i}',
  versionsLabel: 'Versions',
  moreOnSide: {one: 'and {n} more claim like these', other: 'and {n} more claims like these'},
  otherPairs: 'Between other pairs of these claims: {reasons}',
  differentValues: 'Different values',
  pairsSummary: {one: 'Which sources disagree: {n} pair', other: 'Which sources disagree: {n} pairs'},
  pairsLabel: 'Conflicting pairs',
  morePairs: {one: 'and {n} more pair (all are in the exports)', other: 'and {n} more pairs (all are in the exports)'},
  showMoreConflicts: 'Show {k} more of the {n} remaining conflicts',
  exportsLabel: 'Export conflicts',
  exportAs: 'Export conflicts as {format}',

  // Focus mode
  focusTitle: 'Reported elsewhere, not here',
  focusNote: 'Claims of the other sources that {title} does not make, most reported first.',
  focusNone: 'Nothing: {title} makes every claim that another source makes.',
  focusBySources: {one: 'Reported by {n} source', other: 'Reported by {n} sources'},
  focusIndependent: {one: '{n} independent', other: '{n} independent'},
  focusStatedBy: 'Stated by {names}',
  focusShowMore: {one: 'Show {n} more claim reported by one source', other: 'Show {n} more claims reported by one source'},
  focusBadge: 'Focus',
  tagAlso: 'also in {names}',
  tagDisputed: 'disputed by {names}',
  tagOnly: 'only here',
  tagAlsoLong: 'Also reported by {names}',
  tagDisputedLong: 'Disputed by {names}',
  tagOnlyLong: 'No other source reports this',
  namesAndMore: {one: '{names} and {n} other', other: '{names} and {n} others'},

  // Overview
  overviewTitle: 'The sources at a glance',
  summaryTable: 'Claims per source',
  colSource: 'Source',
  colClaims: 'Claims',
  colCorroborated: 'Corroborated',
  colContested: 'Contested',
  colSingle: 'Single-source',
  matrixTable: 'Agreement between sources',
  sameSource: 'same source',
  matrixCell: '{a} and {b}: {pct}% of claims in common; {agree}, {conflicts}',
  matrixCellDerived: '{text}; one is a copy or rewrite of the other',
  agreeingLinks: {one: '{n} agreeing link', other: '{n} agreeing links'},
  derivedTag: 'derived',
  matrixNote: 'Share of claims two sources state in common.',
  matrixDerivedNote: 'derived: one is a rewrite or copy of the other, so their agreement is not independent.',
  matrixTooBig: 'The agreement matrix is drawn for up to {max} sources; this comparison has {n}.',
  scrollHint: 'Scroll sideways to see all {n} columns.',

  // Articles and the legend
  articlesTitle: 'The articles',
  articlesNote: 'Hover, focus or click a highlighted claim to see what the other sources say.',
  highlight: 'Highlight',
  filterAll: 'All claims',
  filterConflicts: 'Only conflicts',
  filterSingle: 'Only single-source',
  legend: 'Legend',
  legendAgreed: 'Agreed',
  legendCorroborated: 'Corroborated: the badge counts the sources, darker when more are independent',
  legendDisputed: 'Disputed',
  legendContested: 'Contested: the {values} that differ are boxed',
  legendValues: 'values',
  legendOne: 'One source',
  legendSingle: 'Stated by a single source',
  legendByline: 'Byline',
  legendFurniture: 'Page furniture, dimmed; long runs of it fold into one line',
  statClaims: {one: '{n} claim', other: '{n} claims'},
  statCorroborated: '{n} corroborated',
  statContested: '{n} contested',
  statSingle: '{n} single',
  statOnlyHere: '{n} only here',
  derivedWith: 'Shares much of its wording with {names}: one is a copy or rewrite of the other, so they are not independent.',
  notCompared: 'Not compared: this text seems to be in {language}, and only English text is compared so far. It takes no part in the results.',
  notComparedUnknown: 'Not compared: the language of this text could not be recognised as English. It takes no part in the results.',
  fromHtml: 'Shown as the text of the HTML page it was given as.',
  badgeContested: 'contested',
  srCorroborated: ' (corroborated by {sources})',
  srCorroboratedIndependent: ' (corroborated by {sources}, {k} independent)',
  srContestedBy: {one: ' (contested: {n} source gives a different value)', other: ' (contested: {n} sources give a different value)'},
  srContested: ' (contested: the sources that state this disagree on a value)',
  srSingle: ' (single source)',
  repeatTitle: 'Repeats an earlier part of this article',
  furnitureTitle: 'Page furniture: not a claim',
  furnitureRoleTitle: 'Page furniture ({role}): not a claim',
  runRepeats: {one: '{n} repeated passage', other: '{n} repeated passages'},
  runFurniture: {one: '{n} piece of page furniture', other: '{n} pieces of page furniture'},
  runFolded: '{what} folded away',
  runShow: 'Show',
  runHide: 'Fold away',
  runMore: 'Show {k} more of {n}',

  // Counterparts card
  close: 'Close',
  cardHint: 'Arrow keys: next or previous source · Esc: close',
  cardContestedBy: {one: 'Contested: {n} source gives a different value', other: 'Contested: {n} sources give a different value'},
  cardContested: 'Contested: the sources that state this disagree',
  cardStatedBy: {one: 'Stated by {n} source', other: 'Stated by {n} sources'},
  cardIndependent: {one: '{n} independent', other: '{n} independent'},
  cardAllCiting: 'all citing {origin}',
  cardCiting: 'citing {origins}',
  cardOnly: 'Only {title} states this',
  relSelf: 'this claim',
  relAgree: 'agrees',
  relAgreeInPart: 'agrees in part',
  clauseInCommon: 'In common:',
  relConflict: 'conflicts',
  relGroup: 'same fact',
  relRelated: 'related',
  derivedCopy: 'a copy or rewrite of {title}: not independent',
  cardMore: {one: 'and {n} more claim; the arrow keys reach them all.', other: 'and {n} more claims; the arrow keys reach them all.'},
  cardNone: 'No other source has a matching claim.',
  warnings: {one: '{n} note about the input', other: '{n} notes about the input'},
};

/**
 * A function t(key, params) over `tables` (most specific first; English is always added last)
 * in language `lang`. Unknown keys give the key itself, so a typo shows instead of vanishing.
 */
export function translator(tables, lang = 'en') {
  const chain = [...tables.filter((x) => x && typeof x === 'object'), EN];
  let plurals;
  let numbers;
  try {
    plurals = new Intl.PluralRules(lang);
    numbers = new Intl.NumberFormat(lang);
  } catch {
    plurals = new Intl.PluralRules('en');
    numbers = new Intl.NumberFormat('en');
  }
  const fill = (template, params) => template.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!(name in params)) return whole;
    const v = params[name];
    return typeof v === 'number' ? numbers.format(v) : String(v);
  });
  /** The template of `key` for `params` (a plural entry's form chosen), or a function. */
  const lookup = (key, params) => {
    for (const table of chain) {
      if (!Object.prototype.hasOwnProperty.call(table, key)) continue;
      const entry = table[key];
      if (typeof entry === 'string' || typeof entry === 'function') return entry;
      if (entry && typeof entry === 'object') {
        const n = typeof params.n === 'number' ? params.n : 0;
        const form = n === 0 && typeof entry.zero === 'string' ? 'zero' : plurals.select(n);
        const template = entry[form] ?? entry.other;
        if (typeof template === 'string') return template;
      }
    }
    return null;
  };
  const t = (key, params = {}) => {
    const template = lookup(key, params);
    if (template === null) return key;
    return typeof template === 'function' ? String(template(params, lang)) : fill(template, params);
  };
  /**
   * The text of `key` as an array of strings and nodes: each placeholder named in `wrap` becomes
   * wrap[name](its text) (e.g. a <strong> around the number); a function entry gives its string.
   */
  t.nodes = (key, params = {}, wrap = {}) => {
    const template = lookup(key, params);
    if (template === null) return [key];
    if (typeof template === 'function') return [String(template(params, lang))];
    const out = [];
    let last = 0;
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      if (!(m[1] in wrap)) continue;
      out.push(fill(template.slice(last, m.index), params));
      const v = params[m[1]];
      out.push(wrap[m[1]](typeof v === 'number' ? numbers.format(v) : String(v ?? '')));
      last = m.index + m[0].length;
    }
    out.push(fill(template.slice(last), params));
    return out.filter((x) => x !== '');
  };
  t.lang = lang;
  t.number = (n) => numbers.format(n);
  t.list = (items, type = 'conjunction') => {
    try {
      return new Intl.ListFormat(lang, {style: 'long', type}).format(items);
    } catch {
      return items.join(', ');
    }
  };
  t.language = (code) => {
    if (!code || code === 'und') return '';
    try {
      return new Intl.DisplayNames([lang], {type: 'language'}).of(code) ?? code;
    } catch {
      return code;
    }
  };
  /** Bytes as "17.8 MB" (decimal units, one decimal place). */
  t.size = (bytes) => {
    const [unit, div] = bytes >= 1e6 ? ['megabyte', 1e6] : bytes >= 1e3 ? ['kilobyte', 1e3] : ['byte', 1];
    try {
      return new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1})
          .format(bytes / div);
    } catch {
      return `${(bytes / div).toFixed(1)} ${unit === 'megabyte' ? 'MB' : unit === 'kilobyte' ? 'kB' : 'B'}`;
    }
  };
  return t;
}

/**
 * The tables for `lang` in `translations` (a map from language tags to tables), most specific
 * first: "pt-BR" gives [translations['pt-BR'], translations.pt] (those that exist).
 */
export function tablesFor(translations, lang) {
  const out = [];
  const tag = String(lang || '').trim();
  if (!tag) return out;
  const lower = Object.fromEntries(Object.keys(translations).map((k) => [k.toLowerCase(), k]));
  const parts = tag.toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) {
    const key = lower[parts.slice(0, i).join('-')];
    if (key && translations[key]) out.push(translations[key]);
  }
  return out;
}
