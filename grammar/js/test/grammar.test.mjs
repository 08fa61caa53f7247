// The grammar stays portable and decidable: no target-specific code in grammar/*.g4, and no
// ambiguity under exact ambiguity detection on any example, fixture, sample or conformance input
// (with the same tree as SLL prediction).

import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import antlr4 from 'antlr4';
import { createLexer, DigestParser, parseTree } from '../src/parse-tree.mjs';
import { checkGrammarFiles, checkScanner } from '../tools/grammar-scan.mjs';
import { allInputs, grammarDir, readInput, repoDir } from '../tools/test-support.mjs';

test('grammar files contain no target-specific code', () => {
  assert.deepEqual(checkGrammarFiles(grammarDir), []);
});

test('the target-specific code scanner finds what it must and nothing else', () => {
  assert.deepEqual(checkScanner(), []);
});

class Ambiguities extends antlr4.error.ErrorListener {
  constructor() {
    super();
    this.found = [];
  }

  reportAmbiguity(recognizer, dfa, startIndex, stopIndex, exact, ambigAlts) {
    this.found.push(`decision ${dfa.decision} at tokens ${startIndex}..${stopIndex}, alternatives ${ambigAlts}`);
  }

  syntaxError(recognizer, offendingSymbol, line, column, msg) {
    this.found.push(`syntax error ${line}:${column} ${msg}`);
  }
}

for (const file of allInputs()) {
  test(`no ambiguity: ${relative(repoDir, file)}`, () => {
    const text = readInput(file);
    const parser = new DigestParser(new antlr4.CommonTokenStream(createLexer(text)));
    const ambiguities = new Ambiguities();
    parser.removeErrorListeners();
    parser.addErrorListener(ambiguities);
    parser._interp.predictionMode = antlr4.atn.PredictionMode.LL_EXACT_AMBIG_DETECTION;
    const exact = parser.digest().toStringTree(parser.ruleNames, parser);
    assert.deepEqual(ambiguities.found, []);
    const sll = parseTree(text);
    assert.equal(exact, sll.tree.toStringTree(sll.parser.ruleNames, sll.parser));
  });
}
