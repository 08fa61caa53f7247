// The parse tree of every grammar/examples/X.md, and of the real sample, equals the expected
// tree X.md.tree written by the Java parser, with the hand-written lexer (what parseDigest uses) and with the generated
// one; and no input is a syntax error (parseTree throws on one).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { treeString } from '../src/parse-tree.mjs';
import { examplesDir, markdownFiles, readInput, repoDir } from '../tools/test-support.mjs';

const examples = markdownFiles(examplesDir);

test('grammar/examples has examples, each with its expected tree', () => {
  assert.ok(examples.length >= 10, `only ${examples.length} examples in ${examplesDir}`);
  for (const file of examples) {
    assert.ok(existsSync(`${file}.tree`), `${file}.tree is missing`);
  }
});

const samples = markdownFiles(join(repoDir, 'src', 'test', 'resources', 'samples')).filter((f) => existsSync(`${f}.tree`));

for (const file of [...examples, ...samples]) {
  test(`tree of ${relative(repoDir, file)}`, () => {
    const text = readInput(file);
    const expected = readFileSync(`${file}.tree`, 'utf8');
    assert.equal(treeString(text), expected, 'hand-written lexer');
    assert.equal(treeString(text, { generatedLexer: true }), expected, 'generated lexer');
  });
}
