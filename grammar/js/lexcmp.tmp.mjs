import antlr4 from 'antlr4';
import { readFileSync } from 'node:fs';
import DigestLexer from '/work/wt/b/grammar/js/generated/DigestLexer.js';
import { FastDigestLexer } from '/work/wt/b/grammar/js/src/fast-lexer.mjs';
for (const f of process.argv.slice(2)) {
  let text = readFileSync(f, 'utf8');
  const g = new DigestLexer(new antlr4.InputStream(text, false));
  const fl = new FastDigestLexer(text);
  let i = 0;
  for (;;) {
    const a = g.nextToken(), b = fl.nextToken();
    const sa = `${a.type} ${a.start} ${a.stop} ${a.line} ${a.column} ${a.channel} ${JSON.stringify(a.text)}`;
    const sb = `${b.type} ${b.start} ${b.stop} ${b.line} ${b.column} ${b.channel} ${JSON.stringify(b.text)}`;
    if (sa !== sb) { console.log(f, i, '\n gen', sa, '\n fast', sb); break; }
    if (a.type === -1) break;
    i++;
  }
}
console.log('done');
