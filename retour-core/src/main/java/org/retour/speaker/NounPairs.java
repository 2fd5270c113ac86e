package org.retour.speaker;

/**
 * One thread's answers of {@link Inflection#shareNoun} for the pairs of roles it compared last: two roles, their
 * language and whether they share a noun, slot by slot.
 *
 * <p>Design decision: the rules that take up a named person compare the same few roles again and again (each
 * candidate's role with each speaking description's, rule after rule): about nine comparisons in ten repeat one made
 * earlier in the document. The answers are kept direct-mapped (a pair takes the slot of its hash and replaces whatever
 * pair was there), so a repeated comparison is one array read and two comparisons of strings, mostly by identity,
 * instead of two look-ups of the roles' noun forms and a walk over them. The answer is a pure function of the two
 * roles and the language, so a kept answer never goes stale.
 *
 * <p>Not thread-safe: one per thread ({@link #local}).
 */
final class NounPairs {

    /** The number of slots. */
    static final int SLOTS = 1 << 12;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
    private static final ThreadLocal<NounPairs> LOCAL = ThreadLocal.withInitial(NounPairs::new);

    private final String[] lefts = new String[SLOTS];
    private final String[] rights = new String[SLOTS];
    private final String[] langs = new String[SLOTS];
    private final boolean[] answers = new boolean[SLOTS];

    private NounPairs() {
    }

    /** This thread's answers. */
    static NounPairs local() {
        return LOCAL.get();
    }

    /** The slot of the pair ({@code a}, {@code b}), whoever holds it now. */
    static int slot(String a, String b) {
        return (a.hashCode() * 31 + b.hashCode()) * 0x9E3779B1 >>> SHIFT;
    }

    /** Whether the slot {@code slot} holds the pair ({@code a}, {@code b}) in {@code lang}. */
    boolean holds(int slot, String a, String b, String lang) {
        String l = lefts[slot];
        String r = rights[slot];
        String g = langs[slot];
        return l != null && (l == a || l.equals(a)) && (r == b || r.equals(b)) && (g == lang || g != null && g.equals(lang));
    }

    /** The answer kept in {@code slot}, for a slot that {@link #holds} the pair asked about. */
    boolean answer(int slot) {
        return answers[slot];
    }

    /** Keeps {@code answer} for the pair ({@code a}, {@code b}) in {@code lang} in {@code slot}. */
    void keep(int slot, String a, String b, String lang, boolean answer) {
        lefts[slot] = a;
        rights[slot] = b;
        langs[slot] = lang;
        answers[slot] = answer;
    }
}
