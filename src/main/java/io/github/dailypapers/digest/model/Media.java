package io.github.dailypapers.digest.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A paper's thumbnail image or video. */
@Value.Immutable
@ModelStyle
public abstract class Media implements DigestNode {

    Media() {}

    /**
     * The Markdown form the media was written in.
     *
     * @return image or video
     */
    public abstract MediaType type();

    /**
     * The URL exactly as written (it may be relative, or an "image" may point to a video file).
     *
     * @return the URL
     */
    public abstract String url();

    /** {@inheritDoc} The media's one or two lines. */
    @Override
    @Value.Auxiliary
    public abstract Optional<SourceSpan> span();

    /**
     * Refuses impossible media.
     *
     * @throws IllegalArgumentException if the URL has a line break
     */
    @Value.Check
    protected void check() {
        ModelChecks.oneLine(url(), "media URL");
    }

    @Override
    public <R> R accept(DigestVisitor<R> visitor) {
        return visitor.visitMedia(this);
    }

    /**
     * A builder for media.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Media of the given type and URL, without a source span.
     *
     * @param type image or video
     * @param url the URL
     * @return the media
     */
    public static Media of(MediaType type, String url) {
        return builder().type(type).url(url).build();
    }

    /** Builds {@link Media}; {@code type} and {@code url} are required. */
    public static final class Builder extends ImmutableMedia.Builder {
        Builder() {}
    }
}
