package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a set of cue patterns in a segment's words in one pass: the first term
 * of each pattern is looked up in a character trie, the rest is checked from there.
 *
 * <p>Design decision: a word is walked through the tries once per thread and index, giving the
 * patterns it may start and the later terms it matches as ids, kept with the word; matching the rest
 * of a pattern then compares ids, not strings.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> what each pattern stands for (a code, a kind of scope)
 */
final class PatternIndex<T> {

    /**
     * An occurrence: the pattern's label and the words {@code [start, end)} it covers. Design decision: not the
     * pattern itself, which nothing reads, so that the many occurrences of a document take a field less.
     */
    record Match<T>(T label, int start, int end) {
    }

    /** Longs of the {@link #bit} set of a segment's words and of a term's prefixes (256 bits). */
    static final int PREFIX_WORDS = 4;
    /** Longs of the {@link #wordBit} set of a segment's words and of a term's whole words (1,024 bits). */
    static final int WHOLE_WORDS = 16;

    /**
     * The working arrays of a search: the buckets of all words, and the occurrences found. Design decision: a
     * document's words are searched once per sentence and quote, so the arrays are kept with the words (one
     * thread's) and reused by each search instead of being made anew; the occurrences of the last search stay
     * there until the next overwrites them.
     */
    static final class Scratch {
        private final long[] has = new long[PREFIX_WORDS + WHOLE_WORDS];
        private Object[] found = new Object[16];

        /** The buckets of all words, cleared. */
        long[] has() {
            Arrays.fill(has, 0L);
            return has;
        }

        /** The occurrences of the last {@link #collect} (as many as it returned), in order. */
        Object[] found() {
            return found;
        }

        /** Puts occurrence {@code m} at position {@code n} of {@link #found}. */
        private void put(int n, Match<?> m) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n] = m;
        }
    }

    /** The first terms' words and prefixes, to the ids of their patterns. */
    private final PatternTrie.Builder firstTerms = new PatternTrie.Builder();
    /** The later terms' words and prefixes, to the {@link PatternStep#term} ids of the terms. */
    private final PatternTrie.Builder laterTerms = new PatternTrie.Builder();
    /** The id of each distinct later term, by its alternatives. */
    private final Map<List<Object>, Integer> termIds = new HashMap<>();
    /** The tries as arrays, made on the first search after the last pattern was added. */
    private volatile Frozen frozen;
    private final List<T> labels = new ArrayList<>();
    private final List<CuePattern> patterns = new ArrayList<>();
    /** Each pattern's terms after the first as plain arrays, by pattern id. */
    private PatternStep[][] steps = new PatternStep[16][];

    /** Adds a pattern under {@code label}. */
    PatternIndex<T> add(T label, CuePattern pattern) {
        int id = patterns.size();
        labels.add(label);
        patterns.add(pattern);
        if (id == steps.length) {
            steps = Arrays.copyOf(steps, id * 2);
        }
        steps[id] = PatternStep.of(pattern.terms(), this::termId);
        CuePattern.Term first = pattern.terms().get(0);
        for (int k = 0; k < first.words().size(); k++) {
            firstTerms.add(first.words().get(k), first.prefix().get(k), id);
        }
        return this;
    }

    /** The id of a term after the first: the same for terms of the same alternatives; -1 for a gap. */
    private int termId(CuePattern.Term t) {
        if (t.isGap()) {
            return -1;
        }
        List<Object> key = List.of(t.words(), t.prefix());
        Integer known = termIds.get(key);
        if (known != null) {
            return known;
        }
        int id = termIds.size();
        termIds.put(key, id);
        for (int k = 0; k < t.words().size(); k++) {
            laterTerms.add(t.words().get(k), t.prefix().get(k), id);
        }
        return id;
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /**
     * Every occurrence in {@code tokens}, ordered by start. A match never runs over a sentence boundary.
     * Design decision: one pass looks up the patterns each word may start; the words' buckets, which
     * only turning candidates away needs, are gathered on the first word that starts one, as most segments
     * start none.
     */
    @SuppressWarnings("unchecked")
    List<Match<T>> find(CueTokens tokens) {
        int n = collect(tokens);
        List<Match<T>> out = new ArrayList<>(n);
        Object[] found = tokens.scratch.found();
        for (int k = 0; k < n; k++) {
            out.add((Match<T>) found[k]);
        }
        return out;
    }

    /**
     * Puts every occurrence in {@code tokens}, as {@link #find} gives them, in the {@link Scratch#found} of
     * {@code tokens}; returns how many there are. Design decision: the occurrences go to an array of the thread's
     * that its caller sorts out at once, rather than to a list made for each search.
     */
    int collect(CueTokens tokens) {
        if (patterns.isEmpty()) {
            return 0;
        }
        Scratch scratch = tokens.scratch;
        int n = 0;
        Frozen f = frozen();
        int size = tokens.size();
        long[] has = null;
        for (int i = 0; i < size; i++) {
            WordTable.Word word = tokens.entryOrNull(i);
            if (word == null) {
                continue;
            }
            int[] plan = f.plan(word);
            if (plan.length == 0) {
                continue;
            }
            if (has == null) {
                has = scratch.has();
                gather(tokens, size, has);
            }
            for (int k = 0; k < plan.length; k = PatternPlan.next(plan, k)) {
                if (PatternPlan.possible(plan, k, has)) {
                    int end = matchRest(f, tokens, plan, PatternPlan.termsFrom(plan, k), PatternPlan.next(plan, k), i + 1);
                    if (end >= 0) {
                        scratch.put(n++, new Match<>(labels.get(plan[k]), i, end));
                    }
                }
            }
        }
        return n;
    }

    /** Fills {@code has} with the buckets of the words of {@code tokens}. */
    private static void gather(CueTokens tokens, int size, long[] has) {
        for (int i = 0; i < size; i++) {
            WordTable.Word word = tokens.entryOrNull(i);
            if (word == null) {
                continue;
            }
            int b = buckets(word);
            if (b >= 0) {
                int w = b >>> 8;
                int pb = b & 0xFF;
                has[pb >>> 6] |= 1L << pb;
                has[PREFIX_WORDS + (w >>> 6)] |= 1L << w;
            } else {
                for (int fb : formBuckets(word)) {
                    int w = fb >>> 8;
                    fb &= 0xFF;
                    has[fb >>> 6] |= 1L << fb;
                    has[PREFIX_WORDS + (w >>> 6)] |= 1L << w;
                }
            }
        }
    }

    /** The prefix and whole-word buckets of a word of one form ({@code bit | wordBit << 8}), or -1. */
    private static int buckets(WordTable.Word word) {
        int b = word.buckets;
        if (b == -2) {
            String[] forms = word.forms;
            b = forms.length == 1 ? bit(forms[0]) | wordBit(forms[0]) << 8 : -1;
            word.buckets = b;
        }
        return b;
    }

    /** The prefix and whole-word buckets of each form of a word of several forms, kept with the word. */
    private static int[] formBuckets(WordTable.Word word) {
        int[] b = word.formBuckets;
        if (b == null) {
            String[] forms = word.forms;
            b = new int[forms.length];
            for (int k = 0; k < forms.length; k++) {
                b[k] = bit(forms[k]) | wordBit(forms[k]) << 8;
            }
            word.formBuckets = b;
        }
        return b;
    }

    private Frozen frozen() {
        Frozen f = frozen;
        if (f == null || f.patterns != patterns.size()) {
            f = new Frozen(patterns.size(), firstTerms.build(), laterTerms.build(), steps);
            frozen = f;
        }
        return f;
    }

    /**
     * The tries of the patterns added so far, and what they give for a word, kept with the word (which
     * belongs to one thread) for the last two indexes that looked it up.
     *
     * @param patterns how many patterns there were
     * @param first    the first terms' words to pattern ids
     * @param later    the later terms' words to term ids
     * @param steps    the index's {@link #steps} when frozen
     */
    private record Frozen(int patterns, PatternTrie first, PatternTrie later, PatternStep[][] steps) {

        /**
         * The {@link PatternPlan} of {@code word}: the patterns whose first term one of its forms matches, each
         * once (for each form those of the prefixes it begins with, shortest first, then those of the form
         * itself), with what the rest of each needs.
         */
        int[] plan(WordTable.Word word) {
            int[] plan = word.plan(this);
            if (plan == null) {
                lookUp(word);
                plan = word.plan(this);
            }
            return plan;
        }

        /** The ids of the later terms one of the forms of {@code word} matches, sorted. */
        int[] terms(WordTable.Word word) {
            int[] ids = word.terms(this);
            if (ids == null) {
                lookUp(word);
                ids = word.terms(this);
            }
            return ids;
        }

        private void lookUp(WordTable.Word word) {
            int[] terms = later.ids(word.forms);
            Arrays.sort(terms);
            word.keep(this, PatternPlan.of(first.ids(word.forms), steps), terms);
        }

    }

    /**
     * Whether every later term of pattern {@code id} may match a word of a segment whose buckets are
     * {@code has}: each has an alternative whose bit is among them (as {@link PatternStep#possibleIn} says).
     */
    boolean possible(int id, long[] has) {
        return PatternPlan.possible(PatternPlan.of(new int[] {id}, steps), 0, has);
    }

    /**
     * One of 256 buckets by a word's first two characters (or its only one), so that a word and every
     * word it equals or begins share a bucket.
     */
    static int bit(String w) {
        int h = w.charAt(0) * 31 + (w.length() > 1 ? w.charAt(1) : 0xFFFF);
        return (h * 0x9E3779B1) >>> 24;
    }

    /** One of 1,024 buckets by the whole word. */
    static int wordBit(String w) {
        return (w.hashCode() * 0x9E3779B1) >>> 22;
    }

    /**
     * The end of the shortest match of the later terms {@code plan[at, to)} (as a {@link Frozen#plan} holds
     * them) starting at word {@code i}, or -1.
     */
    private static int matchRest(Frozen f, CueTokens tokens, int[] plan, int at, int to, int i) {
        if (at == to) {
            return i;
        }
        int term = plan[at];
        if (term < 0) {
            for (int skip = 0; skip <= -term; skip++) {
                int j = i + skip;
                if (j >= tokens.size()) {
                    return -1;
                }
                if (skip > 0 && tokens.boundaryBefore(j - 1) == CueTokens.SENTENCE) {
                    return -1;
                }
                int end = matchRest(f, tokens, plan, at + 1, to, j);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= tokens.size() || tokens.boundaryBefore(i) == CueTokens.SENTENCE
                || tokens.entryOrNull(i) == null) {
            return -1;
        }
        if (Arrays.binarySearch(f.terms(tokens.entry(i)), term) >= 0) {
            return matchRest(f, tokens, plan, at + 1, to, i + 1);
        }
        return -1;
    }
}
