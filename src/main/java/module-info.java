/**
 * Reads the Daily Papers digest into a typed, immutable model.
 *
 * <p>Start with {@link io.github.dailypapers.digest.DigestParser}; the model is in
 * {@link io.github.dailypapers.digest.model}, the glossary of an archive in
 * {@link io.github.dailypapers.digest.glossary}.
 */
module io.github.dailypapers.digest {
    requires org.antlr.antlr4.runtime;
    requires static org.immutables.value.annotations;

    exports io.github.dailypapers.digest;
    exports io.github.dailypapers.digest.model;
    exports io.github.dailypapers.digest.glossary;
}
