// The hand-written lexer produces exactly the generated lexer's tokens (type, text, start,
// stop, line, column, channel; the EOF token too) on every input of the repository, on random
// digest-like text built from the grammar's literals and on random characters; and the random
// inputs exercise every token type.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { createLexer, DigestLexer } from '../src/parse-tree.mjs';
import { allInputs, readInput, repoDir } from '../tools/test-support.mjs';

function describe(token) {
  return `${token.type} ${token.start}:${token.stop} ${token.line}:${token.column} ch${token.channel} ${JSON.stringify(token.text)}`;
}

/** The token types seen; fails at the first token that differs. */
function assertSameTokens(text, where) {
  const generated = createLexer(text, { generatedLexer: true });
  const fast = createLexer(text);
  const types = new Set();
  for (let i = 0; ; i++) {
    const expected = generated.nextToken();
    const actual = fast.nextToken();
    if (describe(actual) !== describe(expected)) {
      assert.fail(`${where}: token ${i} differs\n  generated: ${describe(expected)}\n  hand-written: ${describe(actual)}\n`
        + `  input: ${JSON.stringify(text.slice(Math.max(0, expected.start - 40), expected.start + 40))}`);
    }
    types.add(expected.type);
    if (expected.type === -1) {
      return types;
    }
  }
}

for (const file of allInputs()) {
  test(`same tokens: ${relative(repoDir, file)}`, () => {
    assertSameTokens(readInput(file), file);
  });
}

/** The token types of the hand-written lexer, in order. */
function tokenTypes(text) {
  const lexer = createLexer(text);
  const types = [];
  for (let t = lexer.nextToken(); t.type !== -1; t = lexer.nextToken()) {
    types.push(t.type);
  }
  return types;
}

test('PLAYER takes the link\'s line end, any blank lines and the player\'s marker', () => {
  for (const between of ['', '\n', ' \t\n', '\r\n  \r\n', '\r', '\n\n\n']) {
    for (const end of ['\n', '\r\n', '\r']) {
      for (const marker of ['<video', '<div><video']) {
        const text = `[Watch Video](u)${end}${between}${marker} src=u>\n`;
        assertSameTokens(text, JSON.stringify(text));
        assert.deepEqual(tokenTypes(text).slice(0, 4), [DigestLexer.WATCH_VIDEO, DigestLexer.TEXT, DigestLexer.PLAYER,
          DigestLexer.TEXT], JSON.stringify(text));
      }
    }
  }
  // not across a line that is not blank, nor with blanks before the marker on its line
  for (const text of ['[Watch Video](u)\nx\n<video>', '[Watch Video](u)\n <video>']) {
    assert.ok(!assertSameTokens(text, JSON.stringify(text)).has(DigestLexer.PLAYER), JSON.stringify(text));
  }
});

// Pieces that start, nearly start or break every token of the grammar.
const PIECES = [
  '## Daily Papers (', '## Daily Papers', '## ', '##', '# ', '#', '### [', '### ', '![', '!', '[Watch Video]',
  '[Watch Video', '[', '<div><video', '<div><vide', '<video', '<vide', '<div>', '<', 'Vote:', 'Vote', 'V',
  'Authors:', 'Author', 'A', '- ', '-', '***', '**', '*', '***Label***:', '**Label**:', '***Bad*: x**:', '**x**',
  ']', '](', ')', '(', ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', 'text', '한국어', '𝛼', '\f', '\u3000', '\u00a0',
  ' src="u"', ':', '2025-03-14)', 'https://arxiv.org/abs/2503.01234',
];

/** A deterministic generator (mulberry32): the same inputs on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDigest(next, pieces) {
  let text = '';
  const n = Math.floor(next() * 60);
  for (let i = 0; i < n; i++) {
    text += pieces[Math.floor(next() * pieces.length)];
  }
  return text;
}

test('same tokens on 3000 random digest-like inputs, which use every token type', () => {
  const next = random(11);
  const seen = new Set();
  for (let i = 0; i < 3000; i++) {
    const text = randomDigest(next, PIECES);
    for (const type of assertSameTokens(text, `random input ${i}`)) {
      seen.add(type);
    }
  }
  const symbolic = DigestLexer.symbolicNames;
  // TITLE_BRACKET is retyped to TEXT by the grammar: no token ever has its type.
  const expected = symbolic.map((name, type) => [name, type]).filter(([name]) => name && name !== 'TITLE_BRACKET');
  for (const [name, type] of expected) {
    assert.ok(seen.has(type), `no random input produced ${name}`);
  }
});

test('same tokens on 1000 inputs of random characters', () => {
  const next = random(12);
  const chars = ['#', '!', '[', ']', '(', ')', '<', 'V', 'A', '-', '*', ':', ' ', '\t', '\n', '\r', 'x', '가', '\ud835', '\udefc'];
  for (let i = 0; i < 1000; i++) {
    assertSameTokens(randomDigest(next, chars), `random characters ${i}`);
  }
});

test('same tokens on the real digests of DIGEST_CORPUS (a directory; optional)', { skip: !process.env.DIGEST_CORPUS }, () => {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
  for (const file of walk(process.env.DIGEST_CORPUS)) {
    assertSameTokens(readInput(file), file);
  }
});
