// The language-neutral conformance suite (grammar/conformance/cases, see its README): for every
// NAME.md, the parse tree equals NAME.md.tree and parseDigest's JSON line equals NAME.md.json
// (the Java CLI's `parse --json NAME.md`, run inside the cases directory) minus each section's
// "glosses" member, byte for byte. Skipped only while the suite does not exist.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { parseDigestBytes, toJsonLine } from '../index.mjs';
import { treeString } from '../src/parse-tree.mjs';
import { stripGlosses } from '../tools/strip-glosses.mjs';
import { conformanceDir, markdownFiles, readInput } from '../tools/test-support.mjs';

const missing = !existsSync(conformanceDir);

test('conformance suite', { skip: missing && `${conformanceDir} does not exist (yet)` }, async (t) => {
  const cases = markdownFiles(conformanceDir);
  assert.ok(cases.length > 0, `no cases in ${conformanceDir}`);
  for (const file of cases) {
    const name = basename(file);
    await t.test(name, () => {
      assert.ok(existsSync(`${file}.tree`), `${name}.tree is missing`);
      assert.ok(existsSync(`${file}.json`), `${name}.json is missing`);
      assert.equal(treeString(readInput(file)), readFileSync(`${file}.tree`, 'utf8'), 'tree');
      const expected = stripGlosses(readFileSync(`${file}.json`, 'utf8')).replace(/\r?\n$/, '');
      assert.equal(toJsonLine(parseDigestBytes(readFileSync(file), { source: name })), expected, 'JSON');
    });
  }
});
