#!/usr/bin/env bash
# The JavaScript reader's check (CI runs it after `mvn -B verify`; see grammar/js/README.md):
#   1. generates the lexer and parser from grammar/*.g4 (generate.sh) and installs the pinned
#      antlr4 runtime (npm ci);
#   2. runs the tests (node --test): trees of grammar/examples, the conformance suite, the
#      hand-written lexer against the generated one, the reader's semantics;
#      (and no ambiguity under exact detection, no target-specific code in the grammar);
#   3. compares `node bin/digest.mjs` with the Java CLI built by `mvn verify`, JSON line for
#      JSON line minus glosses, on the real sample, the examples, the fixtures, every
#      conformance input and a generated archive of a few MB.
# Extra arguments are more inputs for step 3.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The CLI jar that `mvn verify` builds: the one place that knows its name.
cli_jar_glob='target/daily-papers-digest-*-cli.jar'
# The test classes hold DigestGenerator, a deterministic archive generator.
test_classes=target/test-classes
work=target/js-check

bash grammar/js/generate.sh
(cd grammar/js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

echo "== node --test"
(cd grammar/js && node --test test/)

echo "== digest.mjs against the Java CLI"
shopt -s nullglob
# shellcheck disable=SC2206
jars=($cli_jar_glob)
shopt -u nullglob
if [[ ${#jars[@]} -ne 1 ]]; then
    echo "run-check.sh: expected one CLI jar matching $cli_jar_glob (run mvn -B verify first), found ${#jars[@]}" >&2
    exit 1
fi
mkdir -p "$work"
java -cp "$test_classes" io.github.dailypapers.digest.bench.DigestGenerator --seed 7 --size 3m --out "$work/archive.md" >/dev/null
inputs=(src/test/resources/samples/daily-papers-*.md grammar/examples/*.md src/test/resources/fixtures/*.md)
if [[ -d grammar/conformance/cases ]]; then
    inputs+=(grammar/conformance/cases/*.md)
fi
inputs+=("$work/archive.md" "$@")
java -jar "${jars[0]}" parse --json -- "${inputs[@]}" | node grammar/js/tools/strip-glosses.mjs > "$work/java.jsonl"
node grammar/js/bin/digest.mjs "${inputs[@]}" > "$work/js.jsonl"
if ! cmp -s "$work/java.jsonl" "$work/js.jsonl"; then
    line=$( (cmp "$work/java.jsonl" "$work/js.jsonl" || true) | sed -n "s/.* line \([0-9]*\).*/\1/p")
    echo "run-check.sh: digest.mjs and ${jars[0]} differ on ${inputs[$((${line:-1} - 1))]} (JSON line ${line:-?});" \
        "see $work/java.jsonl and $work/js.jsonl" >&2
    exit 1
fi
echo "digest.mjs and ${jars[0]} agree on ${#inputs[@]} inputs"
