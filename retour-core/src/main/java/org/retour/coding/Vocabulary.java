package org.retour.coding;

/**
 * The words a set of cue patterns can match: a word it refuses matches no term of any of the patterns
 * in any of its forms, so it need not be looked up in a {@link PatternIndex} at all; a word it admits
 * matches at least one term. A prefix alternative ({@code exécut*}) admits every word that begins with
 * it; an Arabic word is admitted by any of its forms without clitics, as {@link WordTable} offers them.
 *
 * <p>Design decision: exact rather than a filter with false positives, as most words of news text are
 * read again and again and the judgement is kept with the word: a refused word then costs nothing more
 * when segments are searched, and no time is spent on words a filter only let through.
 *
 * <p>Filled while patterns are added, then read only; reads are thread-safe once filling is done.
 */
final class Vocabulary {

    /** The words and prefixes of every term of the patterns added. */
    private final PatternTrie.Builder words = new PatternTrie.Builder();
    /** How many words and prefixes were added. */
    private int added;
    /** The trie of the words added so far, made on the first judgement after the last was added. */
    private volatile Frozen frozen;

    /** A frozen trie and how many words and prefixes it holds. */
    private record Frozen(int added, PatternTrie trie) {
    }

    /** Admits the words of every term of {@code pattern}. */
    void add(CuePattern pattern) {
        for (CuePattern.Term t : pattern.terms()) {
            for (int k = 0; k < t.words().size(); k++) {
                words.add(t.words().get(k), t.prefix().get(k), 0);
                added++;
            }
        }
    }

    /** Whether a word of the given forms (its normal form first) may match a term of a pattern. */
    boolean admits(String[] forms) {
        Frozen f = frozen;
        if (f == null || f.added() != added) {
            f = new Frozen(added, words.build());
            frozen = f;
        }
        return f.trie().ids(forms).length > 0;
    }
}
