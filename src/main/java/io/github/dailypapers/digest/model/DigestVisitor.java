package io.github.dailypapers.digest.model;

/**
 * A visitor over a parsed digest, with one method per element type, returning a value.
 *
 * <p>Implement this interface to handle every element type yourself, or extend
 * {@link DigestTraversal}, which visits children in document order and combines results, and
 * override only the methods you need.
 *
 * @param <R> what each visit returns ({@link Void} if nothing)
 */
public interface DigestVisitor<R> {

    /**
     * Visits a whole parsed file.
     *
     * @param digest the document
     * @return the result
     */
    R visitDigest(Digest digest);

    /**
     * Visits one edition (a date heading and its papers).
     *
     * @param edition the edition
     * @return the result
     */
    R visitEdition(Edition edition);

    /**
     * Visits one paper entry.
     *
     * @param paper the paper
     * @return the result
     */
    R visitPaper(Paper paper);

    /**
     * Visits a paper's thumbnail or video.
     *
     * @param media the media
     * @return the result
     */
    R visitMedia(Media media);

    /**
     * Visits one author of a paper.
     *
     * @param author the author
     * @return the result
     */
    R visitAuthor(Author author);

    /**
     * Visits one section of a paper's summary.
     *
     * @param section the section
     * @return the result
     */
    R visitSection(Section section);

    /**
     * Visits one gloss found in a section's text.
     *
     * @param gloss the gloss
     * @return the result
     */
    R visitGloss(Gloss gloss);

    /**
     * Visits a README block (a level-1 or level-2 heading that is not a date, with its text).
     *
     * @param block the block
     * @return the result
     */
    R visitReadmeBlock(ReadmeBlock block);

    /**
     * Visits a line that fits nowhere in the model.
     *
     * @param line the line
     * @return the result
     */
    R visitUnrecognisedLine(UnrecognisedLine line);
}
