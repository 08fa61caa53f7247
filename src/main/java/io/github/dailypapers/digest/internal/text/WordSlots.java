package io.github.dailypapers.digest.internal.text;

/**
 * A fixed set of words, each with a slot number, looked up by a range of a text without copying
 * it: the finder looks up every word of every term it reads. Open addressing, at most half full.
 * The caller hashes the word (each word list has its own hash: {@link KoreanWords} hashes a word
 * as it reads it backwards) and keeps its values in an array indexed by slot.
 */
final class WordSlots {

    private final String[] words;
    /** Each word's hash: a probe compares chars only when the hashes agree. */
    private final int[] hashes;
    private int size;
    private int longest;

    /**
     * An empty set with room for {@code capacity} words.
     *
     * @param capacity how many words will be added, at most
     */
    WordSlots(int capacity) {
        int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2; // at most half full
        words = new String[slots];
        hashes = new int[slots];
    }

    /** How many slots there are: the length of the callers' value arrays. */
    int slots() {
        return words.length;
    }

    /** The length of the longest word: a longer range need not be hashed. */
    int longest() {
        return longest;
    }

    /**
     * Adds a word, if it is not there yet.
     *
     * @param word the word
     * @param hash its hash
     * @return its slot
     */
    int add(String word, int hash) {
        int slot = probe(word, 0, word.length(), hash);
        if (words[slot] == null) {
            if (++size > words.length / 2) {
                throw new IllegalStateException("more words than the capacity given");
            }
            words[slot] = word;
            hashes[slot] = hash;
            longest = Math.max(longest, word.length());
        }
        return slot;
    }

    /**
     * The slot of the word {@code text[start, end)}.
     *
     * @param hash the range's hash, as {@link #add} was given it
     * @return its slot, or -1 when the word is not in the set
     */
    int find(String text, int start, int end, int hash) {
        if (end - start > longest) {
            return -1; // most words read are longer than any listed one
        }
        int slot = probe(text, start, end, hash);
        return words[slot] == null ? -1 : slot;
    }

    /** The slot of the range's word, or the empty slot where it would go. */
    private int probe(String text, int start, int end, int hash) {
        int mask = words.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (words[slot] != null && (hashes[slot] != hash || words[slot].length() != end - start
                || !text.startsWith(words[slot], start))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
