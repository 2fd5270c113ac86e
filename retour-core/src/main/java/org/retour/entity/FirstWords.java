package org.retour.entity;

/**
 * What a token must be for one of several {@link TokenTrie}s to find a phrase starting at it: the
 * union of the tries' first words, as a bit set over {@link WordIds} numbers, and whether an Arabic
 * proclitic, an English possessive or an acronym before a hyphen may be tried there.
 *
 * <p>Design decision: a scanner that asks five tries at every token ("a month here? a weekday? a
 * season?") first asks this once and skips the tokens that begin nothing, most of a text. It never
 * turns away a token at which one of the tries would find a phrase. Immutable and thread-safe.
 */
public final class FirstWords {

    private final long[] bits;
    private final boolean arabic;
    private final boolean acronyms;

    private FirstWords(long[] bits, boolean arabic, boolean acronyms) {
        this.bits = bits;
        this.arabic = arabic;
        this.acronyms = acronyms;
    }

    /** The first words of all of {@code tries}. */
    public static FirstWords of(TokenTrie<?>... tries) {
        int words = 0;
        boolean arabic = false;
        boolean acronyms = false;
        for (TokenTrie<?> t : tries) {
            words = Math.max(words, t.firstBits().length);
            arabic |= t.hasArabic();
            acronyms |= t.hasAcronyms();
        }
        long[] bits = new long[words];
        for (TokenTrie<?> t : tries) {
            long[] b = t.firstBits();
            for (int k = 0; k < b.length; k++) {
                bits[k] |= b[k];
            }
        }
        return new FirstWords(bits, arabic, acronyms);
    }

    /**
     * Whether one of the tries may find a phrase starting at token {@code i}: false means that
     * {@link TokenTrie#longestAt} of each of them gives null there.
     */
    public boolean mayStartAt(TokenView v, int i) {
        return has(v.id(i))
                || v.possessive(i)
                || acronyms && v.hasHyphenHead(i)
                || arabic && v.isArabic(i) && mayStartAfterProclitic(v, i);
    }

    /**
     * Whether a trie may find a phrase in Arabic token {@code i} without its proclitic: one of its readings is a
     * first word or a possessive, as {@link TokenTrie#longestAt} walks only those. Design decision: in an Arabic
     * text every word may have a proclitic, so a scanner that let each through would ask all its tries, each
     * reading the word's readings again, at every word of the text.
     */
    private boolean mayStartAfterProclitic(TokenView v, int i) {
        for (TokenView.Proclitic p : v.proclitics(i)) {
            if (p.possessive() || has(p.currentId())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase begins with the word numbered {@code id}. */
    private boolean has(int id) {
        return id >= 0 && (id >>> 6) < bits.length && (bits[id >>> 6] & 1L << id) != 0;
    }
}
