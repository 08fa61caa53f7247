// bin/digest.mjs: one JSON line per input in argument order (a directory: its *.md files in
// sorted path order; "-": standard input), errors on standard error with exit status 1, usage 2.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDigestBytes, toJsonLine } from '../index.mjs';
import { examplesDir, packageDir } from '../tools/test-support.mjs';

const bin = join(packageDir, 'bin', 'digest.mjs');
const run = (args, input) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
const expectedLine = (file, source) => `${toJsonLine(parseDigestBytes(readFileSync(file), { source }))}\n`;

test('files, a directory and standard input, in order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'digest-js-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.md'), '## Daily Papers (2025-01-02)\n');
  writeFileSync(join(dir, 'a.md'), 'stray\n');
  writeFileSync(join(dir, 'ignored.txt'), 'x');
  const example = join(examplesDir, 'current-dialect.md');
  const result = run([example, dir, '-'], '# Hello\n');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, expectedLine(example, example) + expectedLine(join(dir, 'a.md'), join(dir, 'a.md'))
    + expectedLine(join(dir, 'sub', 'b.md'), join(dir, 'sub', 'b.md'))
    + `${toJsonLine(parseDigestBytes(Buffer.from('# Hello\n'), { source: '-' }))}\n`);
});

test('a file that is not text gets NOT_TEXT; standard input, which the Java CLI streams, is read as text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'digest-js-'));
  const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x0a, 0x00]);
  writeFileSync(join(dir, 'b.md'), binary);
  const result = spawnSync(process.execPath, [bin, join(dir, 'b.md'), '-'], { input: binary });
  assert.equal(result.status, 0, String(result.stderr));
  const [file, stdin] = String(result.stdout).trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(file.diagnostics.map((d) => d.code), ['NOT_TEXT']);
  assert.ok(stdin.unrecognisedLines.length > 0);
  assert.ok(!stdin.diagnostics.some((d) => d.code === 'NOT_TEXT'));
});

test('a missing file: message on standard error, no line, exit status 1; the others still parsed', () => {
  const example = join(examplesDir, 'empty.md');
  const result = run(['/nonexistent/x.md', example]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /\/nonexistent\/x\.md/);
  assert.equal(result.stdout, expectedLine(example, example));
});

test('no operand: usage, exit status 2', () => {
  const result = run([]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage/);
});
