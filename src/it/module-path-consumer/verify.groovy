// Runs after the build of this consumer (which ran the consumer and failed on any failed check):
// checks what it printed and what it depends on.
def log = new File(basedir, 'build.log').text
assert log.contains('CONSUMER OK (module path)') : 'the consumer did not finish its checks'
assert log.contains('loaded and linked ') : 'the consumer did not load the library classes'

def tree = new File(basedir, 'target/dependency-tree.txt').text
println tree
assert tree.contains("io.github.dailypapers:daily-papers-digest:jar:${libraryVersion}:compile")
assert tree.contains("org.antlr:antlr4-runtime:jar:${antlrVersion}:compile")
['org.immutables', 'info.picocli', 'com.fasterxml.jackson'].each {
    assert !tree.contains(it) : "the consumer's dependency tree must not contain $it"
}
// The library and ANTLR, nothing else: the consumer itself plus two lines.
assert tree.readLines().findAll { it.trim() }.size() == 3 : 'unexpected dependencies'
true
