#!/usr/bin/env bash
# Generates the JavaScript lexer and parser from grammar/*.g4 into grammar/js/generated (not
# committed: generated code comes from the grammar, on every machine). Uses the ANTLR 4.13.2 tool
# jar (the runtime in package.json is pinned to the same version; tool and runtime must match):
# $ANTLR_JAR, else the one in the local Maven repository, else the antlr-js execution of
# antlr4-maven-plugin in pom.xml (which downloads the tool if needed).
set -euo pipefail
cd "$(dirname "$0")"

out=generated
jar=${ANTLR_JAR:-$HOME/.m2/repository/org/antlr/antlr4/4.13.2/antlr4-4.13.2-complete.jar}
rm -rf "$out"
if [[ -f "$jar" ]]; then
    java -jar "$jar" -Dlanguage=JavaScript -no-listener -no-visitor -Werror -Xexact-output-dir -o "$out" \
        ../DigestLexer.g4 ../DigestParser.g4
else
    (cd ../.. && mvn -B -q -Dstyle.color=never org.antlr:antlr4-maven-plugin:antlr4@antlr-js)
    mkdir -p "$out"
    cp ../../target/generated-sources/antlr4-js/DigestLexer.js ../../target/generated-sources/antlr4-js/DigestParser.js "$out"/
fi
# Only the two modules are needed at run time.
find "$out" -type f ! -name 'DigestLexer.js' ! -name 'DigestParser.js' -delete
