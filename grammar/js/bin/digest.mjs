#!/usr/bin/env node
// digest.mjs FILE|DIR|- ...: one JSON line per input, as `digest parse --json` of the Java CLI
// writes it, without the sections' glosses (see ../README.md). A directory stands for every
// *.md under it, in sorted path order; "-" for standard input. Exit status 1 if an input could
// not be read (it gets no line; the message goes to standard error), 2 for bad usage.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigestBytes, toJsonLine } from '../index.mjs';

const usage = 'usage: digest.mjs FILE|DIR|- ...';
/** Files larger than this the Java CLI always streams (cli/Streaming.STREAM_BYTES at most). */
const STREAMED_BYTES = 64 * 1024 * 1024;

function markdownFilesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...markdownFilesUnder(path));
    } else if (entry.name.endsWith('.md')) {
      files.push(path);
    }
  }
  return files.sort();
}

function main(args) {
  const options = args.indexOf('--') < 0 ? args : args.slice(0, args.indexOf('--'));
  if (args.length === 0 || options.includes('--help') || options.includes('-h')) {
    process.stderr.write(`${usage}\n`);
    return args.length === 0 ? 2 : 0;
  }
  let status = 0;
  const dashDash = args.indexOf('--');
  const operands = dashDash < 0 ? args : [...args.slice(0, dashDash), ...args.slice(dashDash + 1)];
  for (const operand of operands) {
    let inputs;
    try {
      inputs = operand !== '-' && statSync(operand).isDirectory() ? markdownFilesUnder(operand) : [operand];
    } catch (e) {
      process.stderr.write(`digest: ${operand}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
      status = 1;
      continue;
    }
    for (const input of inputs) {
      let bytes;
      try {
        bytes = readFileSync(input === '-' ? 0 : input);
      } catch (e) {
        process.stderr.write(`digest: ${input}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
        status = 1;
        continue;
      }
      // The Java CLI streams standard input and files of more than 64 MiB (smaller ones too,
      // from 1 MiB, on a small heap), and a streamed input is read as text even if it is not:
      // no NOT_TEXT check (docs/diagnostics.md, "Not text").
      const checkText = input !== '-' && bytes.length <= STREAMED_BYTES;
      process.stdout.write(`${toJsonLine(parseDigestBytes(bytes, { source: input, checkText }))}\n`);
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
