#!/usr/bin/env bash
# JavaScript conformance check of the grammar (see grammar/README.md): generates the JavaScript
# lexer and parser from grammar/*.g4 (unless `mvn verify` already did), installs the pinned
# antlr4 runtime, and runs check.mjs on grammar/examples and on every sample that has an
# expected tree. Extra arguments are more inputs for check.mjs (each with an X.md.tree).
set -euo pipefail
cd "$(dirname "$0")/../.."

generated=target/generated-sources/antlr4-js
stale=false
for grammar in grammar/DigestLexer.g4 grammar/DigestParser.g4; do
    name=$(basename "$grammar" .g4)
    if [[ ! -f "$generated/$name.js" || "$grammar" -nt "$generated/$name.js" ]]; then
        stale=true
    fi
done
if [[ "$stale" == true ]]; then
    # The antlr-js execution of antlr4-maven-plugin in pom.xml, on its own.
    mvn -B -q -Dstyle.color=never org.antlr:antlr4-maven-plugin:antlr4@antlr-js
fi

rm -rf grammar/js/generated
mkdir -p grammar/js/generated
cp "$generated"/DigestLexer.js "$generated"/DigestParser.js grammar/js/generated/

(cd grammar/js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

samples=()
shopt -s nullglob
for tree in src/test/resources/samples/*.md.tree; do
    samples+=("${tree%.tree}")
done
shopt -u nullglob

node grammar/js/check.mjs "${samples[@]}" "$@"
