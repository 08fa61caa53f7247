#!/usr/bin/env bash
# Reproducible build check (run by .ci/run after `mvn -B verify`): builds the project a second
# time, from a copy of the work tree in another directory, and requires the same bytes (sha256)
# for the library jar and the executable -cli.jar as the first build's in target/.
#
# The second build uses the release profile without signing (-Prelease -Dgpg.skip), so it also
# checks, on the default JDK, that the sources and Javadoc jars build (doclint on), and that the
# release profile leaves the published jar unchanged. project.build.outputTimestamp in pom.xml
# is what makes the jars reproducible; bump it with each release (docs/release.md).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-reproducible: FAILED: $*" >&2; exit 1; }

shopt -s nullglob
first=(target/daily-papers-digest-*.jar)
shopt -u nullglob
main_jar=""
cli_jar=""
for jar in "${first[@]}"; do
    case "$jar" in
        *-cli.jar) cli_jar=$jar ;;
        *-sources.jar | *-javadoc.jar) ;;
        *) main_jar=$jar ;;
    esac
done
[[ -n "$main_jar" && -n "$cli_jar" ]] || fail "no jars in target/: run mvn -B verify first"

# The work tree as it is (tracked and new files, not what .gitignore excludes), elsewhere.
copy=target/reproducible/project
rm -rf target/reproducible
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy"

echo "check-reproducible: second build in $copy"
(cd "$copy" && mvn -B -q -Dstyle.color=never -DskipTests -Prelease -Dgpg.skip package) \
    > target/reproducible/build.log 2>&1 \
    || { cat target/reproducible/build.log; fail "the second build failed"; }

for jar in "$main_jar" "$cli_jar"; do
    name=$(basename "$jar")
    again="$copy/target/$name"
    [[ -f "$again" ]] || fail "the second build made no $name"
    sum=$(sha256sum < "$jar" | cut -d' ' -f1)
    sum_again=$(sha256sum < "$again" | cut -d' ' -f1)
    if [[ "$sum" != "$sum_again" ]]; then
        echo "  $name differs: $sum vs $sum_again; entries that differ:" >&2
        diff <(unzip -v "$jar" | awk 'NF >= 8 { print $7, $8 }' | sort -k2) \
             <(unzip -v "$again" | awk 'NF >= 8 { print $7, $8 }' | sort -k2) >&2 || true
        fail "$name is not reproducible"
    fi
    echo "  $name: sha256 $sum, identical"
done
for classifier in sources javadoc; do
    [[ -f "$copy/target/$(basename "${main_jar%.jar}")-$classifier.jar" ]] \
        || fail "the release profile made no $classifier jar"
done
echo "  release profile (-Prelease -Dgpg.skip): sources and javadoc jars built"
echo "check-reproducible: OK"
