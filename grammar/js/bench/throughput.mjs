// Throughput of parseDigest on one file, in MB/s of UTF-8 input (MB = 10^6 bytes), with the
// hand-written lexer (what parseDigest uses) and, for comparison, with the generated lexer
// (lexing only, and a full tree). Not a test: timings belong to docs/performance.md.
//
// Usage: node bench/throughput.mjs FILE [rounds]

import { readFileSync } from 'node:fs';
import { parseDigest } from '../index.mjs';
import { createLexer, parseTree } from '../src/parse-tree.mjs';

const [file, roundsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/throughput.mjs FILE [rounds]');
  process.exit(2);
}
const bytes = readFileSync(file);
const text = new TextDecoder().decode(bytes);
const rounds = Number(roundsArg ?? 5);
const mb = bytes.length / 1e6;

function measure(name, run) {
  run(); // warm-up
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpuTimes.push((used.user + used.system) / 1e6);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const wall = median(times);
  const cpu = median(cpuTimes);
  // On a shared machine the process's CPU time (GC threads included) is steadier than wall time.
  console.log(`${name.padEnd(34)} ${(mb / wall).toFixed(1).padStart(6)} MB/s wall, ${(mb / cpu).toFixed(1).padStart(6)} MB/s CPU`
    + `  (medians of ${rounds}: ${wall.toFixed(3)} s, ${cpu.toFixed(3)} s CPU, ${mb.toFixed(2)} MB)`);
}

function lexAll(generatedLexer) {
  const lexer = createLexer(text, { generatedLexer });
  let n = 0;
  while (lexer.nextToken().type !== -1) {
    n++;
  }
  return n;
}

console.log(`node ${process.version}, ${file}`);
measure('parseDigest (hand-written lexer)', () => parseDigest(text));
measure('tree only, hand-written lexer', () => parseTree(text));
measure('lexing only, hand-written lexer', () => lexAll(false));
if (!process.env.FAST_ONLY) measure('lexing only, generated lexer', () => lexAll(true));
if (!process.env.FAST_ONLY) measure('tree only, generated lexer', () => parseTree(text, { generatedLexer: true }));
