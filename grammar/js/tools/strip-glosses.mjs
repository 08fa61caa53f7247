// Removes every section's "glosses" member from JSON lines written by the Java CLI, without
// re-serialising (so that the comparison with digest.mjs stays byte for byte).
//
// Usage as a filter: node strip-glosses.mjs < java.jsonl > java-without-glosses.jsonl

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MEMBER = ',"glosses":[';

/** The JSON text without its "glosses" members (the pattern cannot occur inside a string). */
export function stripGlosses(json) {
  let out = '';
  let from = 0;
  for (;;) {
    const at = json.indexOf(MEMBER, from);
    if (at < 0) {
      return out + json.slice(from);
    }
    out += json.slice(from, at);
    let i = at + MEMBER.length;
    let depth = 1;
    let inString = false;
    while (depth > 0) {
      const c = json[i++];
      if (inString) {
        if (c === '\\') {
          i++;
        } else if (c === '"') {
          inString = false;
        }
      } else if (c === '"') {
        inString = true;
      } else if (c === '[' || c === '{') {
        depth++;
      } else if (c === ']' || c === '}') {
        depth--;
      }
    }
    from = i;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(stripGlosses(readFileSync(0, 'utf8')));
}
