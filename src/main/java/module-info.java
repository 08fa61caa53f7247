/**
 * Reads the Daily Papers digest into a typed, immutable model.
 *
 * <p>Start with {@link io.github.dailypapers.digest.DigestParser}; the model is in
 * {@link io.github.dailypapers.digest.model}.
 */
module io.github.dailypapers.digest {
    requires org.antlr.antlr4.runtime;
    requires static org.immutables.value.annotations;

    exports io.github.dailypapers.digest;
    exports io.github.dailypapers.digest.model;
}
