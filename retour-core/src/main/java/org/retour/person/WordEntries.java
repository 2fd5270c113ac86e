package org.retour.person;

/**
 * What one thread's {@link LexiconMemo} said of one word as written, kept on the word itself
 * ({@link org.retour.entity.TokenView#note}) for {@link TokenEntries}: the kinds and entry of its lower-cased form, and
 * the codes of its genders as a given name and as a head noun, each unknown until first asked.
 *
 * <p>Design decision: every token written the same shares its word, document after document, so a token's first
 * question is answered from the word the view already holds rather than from a slot of the memo's tables, which are
 * large and seldom in the cache. The answers are the memo's, so they never go stale; a field read before it is set
 * reads as unknown, and each is set to one value only.
 */
final class WordEntries {

    /** The memo whose answers these are: the lexicon's, in one language, on one thread. */
    final LexiconMemo memo;
    /** The kinds of the lower-cased form ({@link LexiconMemo#kinds}), 0 before they are known. */
    int kinds;
    /** The entry of the lower-cased form, null before it is known. */
    String[] row;
    /** The code of the gender as a given name ({@link TokenEntries}), 0 before it is known. */
    byte given;
    /** The code of the gender as a head noun ({@link TokenEntries}), 0 before it is known. */
    byte head;

    WordEntries(LexiconMemo memo) {
        this.memo = memo;
    }
}
