// Runs the parser generated from grammar/DigestParser.g4 over a text and returns its tree.

import antlr4 from 'antlr4';
import DigestLexer from '../generated/DigestLexer.js';
import DigestParser from '../generated/DigestParser.js';
import { FastDigestLexer } from './fast-lexer.mjs';

export { DigestLexer, DigestParser };

/** Turns what would be printed on the console into a thrown error: the grammar is total. */
class ThrowingListener extends antlr4.error.ErrorListener {
  syntaxError(recognizer, offendingSymbol, line, column, msg) {
    throw new Error(`grammar bug: syntax error at ${line}:${column}: ${msg}`);
  }
}

/**
 * A lexer for the text: the hand-written one (the default; token for token the same as the
 * generated one, and five to ten times faster), or the generated one. Both read the text as
 * UTF-16 code units, as the Java reader does, so token positions are String indexes.
 */
export function createLexer(text, { generatedLexer = false } = {}) {
  if (!generatedLexer) {
    return new FastDigestLexer(text);
  }
  const lexer = new DigestLexer(new antlr4.InputStream(text, false));
  lexer.removeErrorListeners();
  lexer.addErrorListener(new ThrowingListener());
  return lexer;
}

/**
 * Hands each child of the `digest` node (a stray line, the undated edition, an edition, a
 * README block) to a callback as soon as it is complete, then detaches it: a large input's
 * tree is never whole in memory, which keeps the garbage collector's work small.
 */
class TopLevelListener extends antlr4.tree.ParseTreeListener {
  constructor(callback) {
    super();
    this.callback = callback;
  }

  exitEveryRule(ctx) {
    const parent = ctx.parentCtx;
    if (parent !== null && parent.ruleIndex === DigestParser.RULE_digest) {
      this.callback(ctx);
      parent.children.pop(); // ctx: the parser added it last, when it entered it
    }
  }
}

/**
 * Parses a text (without its byte order mark) into the grammar's tree.
 *
 * options.generatedLexer: use the generated lexer; options.onTopLevel: a callback that gets
 * each child rule of `digest` when it is complete, which is then removed from the tree.
 *
 * @returns {{tree: object, parser: DigestParser}} the `digest` context and the parser (for
 *   toStringTree)
 */
export function parseTree(text, options = {}) {
  const parser = new DigestParser(new antlr4.CommonTokenStream(createLexer(text, options)));
  parser.removeErrorListeners();
  parser.addErrorListener(new ThrowingListener());
  // One token of lookahead decides everything (the grammar is LL(1)): SLL never needs LL.
  parser._interp.predictionMode = antlr4.atn.PredictionMode.SLL;
  if (options.onTopLevel) {
    parser.addParseListener(new TopLevelListener(options.onTopLevel));
  }
  return { tree: parser.digest(), parser };
}

/** The tree as the conformance suite writes it: toStringTree and one '\n'. */
export function treeString(text, options = {}) {
  const { tree, parser } = parseTree(text, options);
  return tree.toStringTree(parser.ruleNames, parser) + '\n';
}
