#!/usr/bin/env bash
# Checks with jdeps and the module descriptor that the library jar needs only java.base and the
# ANTLR runtime (run by .ci/run after `mvn -B verify`; needs target/daily-papers-digest-<v>.jar).
#
# The jar holds the library only (the command line is the separate -cli.jar), and the check
# treats each part as what it is:
#  - the library (io.github.dailypapers.digest, .model, .internal*): java.base and
#    org.antlr.antlr4.runtime only. The model's classes also name org.immutables.value.Value.*,
#    but only in CLASS-retention annotations (@Value.Immutable, @Value.Default,
#    @Value.Auxiliary) that the JVM never loads; jdeps cannot tell an annotation from a real
#    use, so that one dependency is allowed from the model package only, and the consumer
#    integration tests (src/it) prove at run time that every library class loads and links
#    without Immutables.
#  - no command line: no class of io.github.dailypapers.digest.cli, no Main-Class, nothing
#    that needs picocli or Jackson (the -cli.jar bundles those).
#  - the module descriptor: the only non-static `requires` are java.base and the ANTLR runtime;
#    the only `requires static` is the Immutables annotations.
# Besides, the exported packages' API (public signatures) uses java.base types only, so no
# ANTLR type leaks into it and a plain `requires` of the (automatic) ANTLR module is right.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk_tool() { if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi; }
JDEPS=$(jdk_tool jdeps)
JAR_TOOL=$(jdk_tool jar)

fail() { echo "check-jdeps: FAILED: $*" >&2; exit 1; }

shopt -s nullglob
jars=()
for candidate in target/daily-papers-digest-*.jar; do
    [[ "$candidate" =~ -(cli|sources|javadoc)\.jar$ ]] || jars+=("$candidate")
done
shopt -u nullglob
[[ ${#jars[@]} -eq 1 ]] || fail "expected one library jar in target/, found ${#jars[@]}: run mvn -B verify first"
jar=${jars[0]}
echo "check-jdeps: $jar"

# The module path: the compile-scope dependencies (ANTLR, and the optional and provided ones).
mkdir -p target/jdeps
mvn -B -q -Dstyle.color=never dependency:build-classpath -DincludeScope=compile \
    -Dmdep.outputFile=target/jdeps/compile-classpath.txt >target/jdeps/mvn.log 2>&1 \
    || { cat target/jdeps/mvn.log; fail "mvn dependency:build-classpath failed"; }
module_path=$(cat target/jdeps/compile-classpath.txt)
antlr_jar=$(tr ':' '\n' < target/jdeps/compile-classpath.txt | grep '/antlr4-runtime-[^/]*\.jar$') \
    || fail "no antlr4-runtime jar among the compile dependencies"

# 0. No command line in the library jar.
if "$JAR_TOOL" --list --file "$jar" | grep -q '^io/github/dailypapers/digest/cli/'; then
    fail "the library jar holds command line classes (io/github/dailypapers/digest/cli/)"
fi
if unzip -p "$jar" META-INF/MANIFEST.MF | grep -qi '^Main-Class:'; then
    fail "the library jar has a Main-Class"
fi
echo "  no command line: no cli package, no Main-Class"

# 1. The module descriptor.
"$JAR_TOOL" --describe-module --file "$jar" > target/jdeps/describe-module.txt
mandatory=$(awk '$1 == "requires" && $3 != "static" { print $2 }' target/jdeps/describe-module.txt | sort | tr '\n' ' ')
optional=$(awk '$1 == "requires" && $3 == "static" { print $2 }' target/jdeps/describe-module.txt | sort | tr '\n' ' ')
[[ "$mandatory" == "java.base org.antlr.antlr4.runtime " ]] \
    || fail "the module must require only java.base and org.antlr.antlr4.runtime, requires: $mandatory"
[[ "$optional" == "org.immutables.value.annotations " ]] \
    || fail "unexpected 'requires static' (a new optional dependency needs a decision here): $optional"
echo "  module descriptor: requires ${mandatory}(static: ${optional% })"

# 2. Every package-level dependency of every class in the jar, against the rules above.
"$JDEPS" --multi-release 17 --module-path "$module_path" \
    --add-modules org.immutables.value.annotations \
    -verbose:package "$jar" > target/jdeps/packages.txt
violations=$(awk '
    /^ / && $1 ~ /^io\.github\.dailypapers\.digest/ && $2 == "->" {
        from = $1; to = $3; module = $4; if (NF > 4) { module = $4 " " $5 }
        if (module == "java.base" || module == "org.antlr.antlr4.runtime" || module == "io.github.dailypapers.digest") next
        if (from == "io.github.dailypapers.digest.model" && to == "org.immutables.value" && module == "org.immutables.value.annotations") next
        print "  " from " -> " to " (" module ")"
    }' target/jdeps/packages.txt)
[[ -z "$violations" ]] || fail "dependencies outside the rules (see $0):"$'\n'"$violations"
grep -q '^ .*-> org\.antlr\.v4\.runtime .*org\.antlr\.antlr4\.runtime$' target/jdeps/packages.txt || fail "jdeps output not understood"

# 3. The library as an application loads it: every class, the annotations left out.
"$JDEPS" --multi-release 17 --module-path "$antlr_jar" \
    -include 'io\.github\.dailypapers\.digest\..*' -filter 'org\.immutables\.value.*' \
    -summary "$jar" > target/jdeps/library-summary.txt
library=$(awk '$2 == "->" { print $3 }' target/jdeps/library-summary.txt | sort | tr '\n' ' ')
[[ "$library" == "java.base org.antlr.antlr4.runtime " ]] \
    || fail "the library must depend on java.base and org.antlr.antlr4.runtime only: $library"
echo "  jdeps, library: ${library% }"

# 4. The exported packages' API: java.base only.
"$JDEPS" --multi-release 17 --module-path "$module_path" --api-only \
    -include 'io\.github\.dailypapers\.digest\.(model\.)?[A-Za-z0-9_$]+' \
    -summary "$jar" > target/jdeps/api-summary.txt
api=$(awk '$2 == "->" { print $3 }' target/jdeps/api-summary.txt | sort | tr '\n' ' ')
[[ "$api" == "java.base " ]] || fail "the exported API must use java.base types only: $api"
echo "  jdeps --api-only, exported packages: ${api% }"
echo "check-jdeps: OK"
