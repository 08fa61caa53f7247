#!/usr/bin/env bash
# Regenerates the expected files of the conformance suite (see README.md here):
#   cases/NAME.md.tree  with the ANTLR 4.13.2 tool and the Java target (PrintTree.java),
#   cases/NAME.md.json  with the Java CLI: `digest parse --json NAME.md`, run inside cases/.
# Review the diff (git diff grammar/conformance) before committing: these are expected values.
#
#   bash grammar/conformance/regenerate.sh          # both; builds the CLI jar first
#   bash grammar/conformance/regenerate.sh --trees  # only the trees
#   bash grammar/conformance/regenerate.sh --json   # only the JSON
#   DIGEST_CLI_JAR=/path/to/cli.jar bash grammar/conformance/regenerate.sh --json
#                                                   # JSON from a given jar, no build
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
cases=grammar/conformance/cases

# The executable CLI jar the Maven build writes (the shade plugin's `cli` classifier). The one
# place to change if the artifact is renamed.
CLI_JAR_GLOB='target/daily-papers-digest-*-cli.jar'

ANTLR_VERSION=4.13.2
ANTLR_TOOL=$HOME/.m2/repository/org/antlr/antlr4/$ANTLR_VERSION/antlr4-$ANTLR_VERSION-complete.jar

trees=true
json=true
case "${1:-}" in
    "") ;;
    --trees) json=false ;;
    --json) trees=false ;;
    *) echo "usage: $0 [--trees|--json]" >&2; exit 2 ;;
esac

shopt -s nullglob
inputs=("$cases"/*.md)
shopt -u nullglob
if [[ ${#inputs[@]} -eq 0 ]]; then
    echo "$0: no inputs in $cases" >&2
    exit 1
fi

if [[ "$trees" == true ]]; then
    if [[ ! -f "$ANTLR_TOOL" ]]; then
        mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
            -Dartifact=org.antlr:antlr4:$ANTLR_VERSION:jar:complete
    fi
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    java -jar "$ANTLR_TOOL" -Werror -no-listener -Xexact-output-dir -o "$work/gen" \
        grammar/DigestLexer.g4 grammar/DigestParser.g4
    javac -nowarn -cp "$ANTLR_TOOL" -d "$work/classes" "$work"/gen/*.java
    java -cp "$ANTLR_TOOL:$work/classes" grammar/conformance/PrintTree.java "${inputs[@]}"
    echo "wrote ${#inputs[@]} trees"
fi

if [[ "$json" == true ]]; then
    jar=${DIGEST_CLI_JAR:-}
    if [[ -z "$jar" ]]; then
        mvn -B -q -DskipTests package
        # shellcheck disable=SC2206  # the glob is meant to expand
        jars=($CLI_JAR_GLOB)
        if [[ ${#jars[@]} -ne 1 || ! -f "${jars[0]}" ]]; then
            echo "$0: expected exactly one CLI jar matching $CLI_JAR_GLOB, found: ${jars[*]}" >&2
            exit 1
        fi
        jar=${jars[0]}
    fi
    [[ "$jar" == /* ]] || jar=$root/$jar
    names=()
    for input in "${inputs[@]}"; do
        names+=("$(basename "$input")")
    done
    # One run for all inputs: one JSON line per input, in argument order. `source` is the
    # operand as given, the bare file name, because the run is inside cases/.
    out=$(cd "$cases" && java -jar "$jar" parse --json "${names[@]}")
    i=0
    while IFS= read -r line; do
        if [[ $i -ge ${#names[@]} ]]; then
            echo "$0: more JSON lines than inputs" >&2
            exit 1
        fi
        printf '%s\n' "$line" >"$cases/${names[$i]}.json"
        i=$((i + 1))
    done <<<"$out"
    if [[ $i -ne ${#names[@]} ]]; then
        echo "$0: $i JSON lines for ${#names[@]} inputs" >&2
        exit 1
    fi
    echo "wrote $i JSON files with $jar"
fi
