// The scan for target-specific code in the grammar files (the same as GrammarExamplesTest's in
// Java): named actions, embedded actions and predicates, rule arguments, returns and locals, and
// options that name target classes would tie the grammar to one language.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces comments, 'literals' and, in a lexer grammar, [character sets] by spaces. */
export function blankCommentsAndLiterals(s) {
  const lexer = s.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim().startsWith('lexer');
  const out = s.split('');
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    let end;
    if (c === '/' && s[i + 1] === '/') {
      end = s.indexOf('\n', i);
      end = end < 0 ? s.length : end;
    } else if (c === '/' && s[i + 1] === '*') {
      end = s.indexOf('*/', i + 2);
      end = end < 0 ? s.length : end + 2;
    } else if (c === "'" || (c === '[' && lexer)) {
      const close = c === "'" ? "'" : ']';
      end = i + 1;
      while (end < s.length && s[end] !== close) {
        end += s[end] === '\\' ? 2 : 1;
      }
      end = Math.min(s.length, end + 1);
    } else {
      i++;
      continue;
    }
    for (let k = i; k < end; k++) {
      if (out[k] !== '\n') {
        out[k] = ' ';
      }
    }
    i = end;
  }
  return out.join('');
}

/**
 * What in a grammar ties it to one target language: named actions (@header, @members,
 * @lexer::..., @parser::...), embedded actions and semantic predicates ({...}, {...}?), rule
 * arguments, return values and locals, and options that name target classes.
 */
export function targetSpecificCode(grammar) {
  let code = blankCommentsAndLiterals(grammar);
  const found = [];
  const lineOf = (index) => code.slice(0, index).split('\n').length;
  code = code.replace(/\b(options|tokens|channels)\s*\{([^{}]*)\}/g, (block, kind, body, offset) => {
    const option = /\b(superClass|contextSuperClass|language|TokenLabelType)\b/.exec(body);
    if (kind === 'options' && option) {
      found.push(`${lineOf(offset)}: option ${option[1]}`);
    }
    return ' '.repeat(block.length);
  });
  const lexer = /^\s*lexer\s+grammar\b/.test(code);
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '@') {
      found.push(`${lineOf(i)}: named action ${/^@[\p{L}\p{N}:]*/u.exec(code.slice(i))[0]}`);
    } else if (c === '{' || c === '}') {
      found.push(`${lineOf(i)}: action or semantic predicate '${c}'`);
    } else if (c === '[' && !lexer) {
      found.push(`${lineOf(i)}: rule arguments, return values or locals`);
    }
  }
  for (const keyword of code.matchAll(/\b(returns|locals|throws)\b/g)) {
    found.push(`${lineOf(keyword.index)}: ${keyword[1]}`);
  }
  return found;
}

export function checkScanner() {
  const problems = [];
  const clean = "lexer grammar L;\n// a { in a comment, @header too\n/* { block comment } @members */\n"
    + "tokens { T }\nA : '{' | '}' | '@' | '\\'{' -> mode(M) ;\nB : ~[{}\\]@]+ ;\n";
  const cleanSamples = [clean, 'parser grammar P;\noptions { tokenVocab = L; }\nr : A B ;\n'];
  const dirtySamples = [
    'lexer grammar L;\n@header { package x; }\nA : \'a\' ;\n',
    'parser grammar P;\n@members { int n; }\nr : A ;\n',
    "lexer grammar L;\n@lexer::init { }\nA : 'a' ;\n",
    'parser grammar P;\n@parser::header { }\nr : A ;\n',
    "lexer grammar L;\nA : 'a' { skip(); } ;\n",
    "lexer grammar L;\nA : {atStart()}? 'a' ;\n",
    'parser grammar P;\nr : {p}? A | B ;\n',
    'parser grammar P;\nr[int x] returns [int y] : A ;\n',
    'parser grammar P;\noptions { superClass = Base; }\nr : A ;\n',
  ];
  for (const sample of cleanSamples) {
    const found = targetSpecificCode(sample);
    if (found.length > 0) {
      problems.push(`scanner reports clean grammar text: ${found.join('; ')}`);
    }
  }
  for (const sample of dirtySamples) {
    if (targetSpecificCode(sample).length === 0) {
      problems.push(`scanner misses target-specific code in ${JSON.stringify(sample)}`);
    }
  }
  return problems;
}

export function checkGrammarFiles(grammarDir) {
  const problems = [];
  const grammars = readdirSync(grammarDir).filter((name) => name.endsWith('.g4')).sort();
  if (grammars.join(',') !== 'DigestLexer.g4,DigestParser.g4') {
    problems.push(`expected grammar/DigestLexer.g4 and grammar/DigestParser.g4, found ${grammars.join(', ')}`);
  }
  for (const name of grammars) {
    for (const finding of targetSpecificCode(readFileSync(join(grammarDir, name), 'utf8'))) {
      problems.push(`${name}:${finding}`);
    }
  }
  return problems;
}

