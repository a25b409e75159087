// cli_export.test.mjs — `triangulate --format csv|md` writes the same bytes as the widget's export
// menu (web/src/export.js over web/src/model.js) on the same result: our samples, the seeds, and
// a cluster of our own whose titles and claims hold every character CSV and Markdown treat
// specially (commas, quotes, pipes, asterisks, a leading "=", line breaks, non-breaking spaces).

import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath, needCli, readSources, repo, sharedDir} from './helpers.mjs';
import {buildView} from '../../web/src/model.js';
import {conflictsToCsv, conflictsToMarkdown} from '../../web/src/export.js';

const skip = needCli();

function cli(args) {
  return execFileSync(cliPath, args, {encoding: 'utf8', maxBuffer: 64 << 20});
}

/** Runs the CLI on `sources` ({id, text, title?}) in each format; returns {json, csv, md}. */
function runAll(sources) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tri-export-'));
  try {
    const args = [];
    for (const s of sources) {
      const file = path.join(dir, `${s.id}.txt`);
      writeFileSync(file, s.text);
      if (s.title !== undefined) args.push('--title', s.title);
      args.push(file);
    }
    return {
      json: JSON.parse(cli(['--json', ...args])),
      csv: cli(['--format', 'csv', ...args]),
      md: cli(['--format', 'md', ...args]),
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

function checkSame(sources) {
  const out = runAll(sources);
  const view = buildView(out.json, sources.map(({id, title, text}) => ({id, title, text})));
  assert.equal(out.csv, conflictsToCsv(view));
  assert.equal(out.md, conflictsToMarkdown(view));
  return view;
}

describe('CLI --format csv and md match the widget exports', {skip}, () => {
  it('on the samples', () => {
    const {sources} = readSources(path.join(repo, 'samples'));
    assert.ok(sources.length >= 2);
    const view = checkSame(sources);
    assert.ok(view.conflicts.length > 0, 'the samples carry planted conflicts');
  });

  it('on the seeds', {skip: readSources(path.join(sharedDir, 'seeds')).sources.length < 2 &&
      'no seeds beside the repository'}, () => {
    checkSame(readSources(path.join(sharedDir, 'seeds')).sources);
  });

  it('with titles and claims full of CSV and Markdown syntax', () => {
    const view = checkSame([
      {id: 'east', title: 'East | Coast, "Daily" *News*',
        text: 'Harbour | update\n\nThe pier, built in 1904, was closed on Monday after "severe" storms.\n\n' +
          '=Officials said 40 boats were damaged in the harbour overnight.\n\n' +
          'A second <b>storm</b> is expected on_Thursday, # forecasters said.'},
      {id: 'west', title: '=cmd|calc  ',
        text: 'The pier, built in 1904, was closed on Tuesday after "severe" storms.\n\n' +
          'Officials said 25 boats were damaged\u00a0in the harbour overnight.'},
      {id: 'north',
        text: 'The pier, built in 1904, was closed on Monday after severe storms. Officials said 40 ' +
          'boats were damaged in the harbour overnight.'},
    ]);
    assert.ok(view.conflicts.length >= 2, `expected the day and the boat count to conflict, got ${view.conflicts.length}`);
  });

  it('when nothing conflicts', () => {
    const view = checkSame([
      {id: 'a', text: 'The library opened a new reading room on Saturday.'},
      {id: 'b', title: 'B', text: 'The library opened a new reading room on Saturday.'},
    ]);
    assert.equal(view.conflicts.length, 0);
  });
});
