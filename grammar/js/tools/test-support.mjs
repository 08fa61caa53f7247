// Paths and input reading shared by the tests.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUtf8 } from '../src/utf8.mjs';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const grammarDir = resolve(packageDir, '..');
export const repoDir = resolve(grammarDir, '..');
export const examplesDir = join(grammarDir, 'examples');
export const conformanceDir = join(grammarDir, 'conformance', 'cases');

/** The *.md files of a directory, sorted; none if it does not exist. */
export function markdownFiles(dir) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => join(dir, name));
}

/** Every input in the repository that the tests read: examples, conformance cases, fixtures, samples. */
export function allInputs() {
  return [
    ...markdownFiles(examplesDir),
    ...markdownFiles(conformanceDir),
    ...markdownFiles(join(repoDir, 'src', 'test', 'resources', 'fixtures')),
    ...markdownFiles(join(repoDir, 'src', 'test', 'resources', 'samples')),
  ];
}

/** A file as every reader of the suite reads it: UTF-8 (malformed bytes as U+FFFD), one BOM removed. */
export function readInput(file) {
  const { text } = decodeUtf8(readFileSync(file));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
