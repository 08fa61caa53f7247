// Runs after the build of this consumer, which compiled it with -Xlint:all -Werror and ran it
// (a failed check exits non-zero and fails that build): checks what the consumer printed and what
// it depends on. Without -Dinvoker.streamLogs=true the build's output is only in build.log (and
// so is what this script prints), so on failure the lines that tell why go into the error.
def log = new File(basedir, 'build.log')
if (!log.text.contains('CONSUMER OK (class path)')) {
    def why = log.readLines()
            .findAll { !it.startsWith('[INFO]') && !(it ==~ /^\s+at .*/) && it.trim() }
            .take(60)
            .join('\n')
    throw new AssertionError("the classpath-consumer failed (all in ${log}):\n${why}")
}

def tree = new File(basedir, 'target/dependency-tree.txt').text
println tree
assert tree.contains("io.github.dailypapers:daily-papers-digest:jar:${libraryVersion}:compile")
assert tree.contains("org.antlr:antlr4-runtime:jar:${antlrVersion}:compile")
['org.immutables', 'info.picocli', 'com.fasterxml.jackson'].each {
    assert !tree.contains(it) : "the consumer's dependency tree must not contain $it"
}
// The consumer itself, the library, ANTLR: nothing else.
assert tree.readLines().findAll { it.trim() }.size() == 3 : 'unexpected dependencies'
true
