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

    /** An occurrence: the pattern's label, the pattern, and the words {@code [start, end)} it covers. */
    record Match<T>(T label, CuePattern pattern, int start, int end) {
    }

    /** Longs of the {@link #bit} set of a segment's words and of a term's prefixes (256 bits). */
    static final int PREFIX_WORDS = 4;
    /** Longs of the {@link #wordBit} set of a segment's words and of a term's whole words (1,024 bits). */
    static final int WHOLE_WORDS = 16;

    /**
     * The working array of a search: the buckets of all words. Design decision: a document's words are
     * searched once per sentence and quote, so the array is kept with the words (one thread's) and reused by
     * each search instead of being made anew.
     */
    static final class Scratch {
        private final long[] has = new long[PREFIX_WORDS + WHOLE_WORDS];

        /** The buckets of all words, cleared. */
        long[] has() {
            Arrays.fill(has, 0L);
            return has;
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
    /**
     * The buckets of the later terms of every pattern, in one run per pattern from {@code needFrom[id]} to
     * {@code needFrom[id + 1]}: for each alternative, at {@code 2k}, which long of a search's buckets
     * ({@link Scratch#has}) it needs a bit of ({@link #LAST_OF_TERM} marks a term's last), and at {@code 2k + 1}
     * the bits. Design decision: flat arrays read by pattern id, so that the four candidates in five that news
     * text turns away are turned away without reading their steps; each alternative's long and bits side by
     * side, so that a candidate's run is read from one place in memory.
     */
    private int[] needFrom = new int[17];
    private long[] need = new long[128];
    /** In {@link #need}, the mark of the last bucket of a term. */
    private static final int LAST_OF_TERM = 1 << 16;

    /** Adds a pattern under {@code label}. */
    PatternIndex<T> add(T label, CuePattern pattern) {
        int id = patterns.size();
        labels.add(label);
        patterns.add(pattern);
        if (id == steps.length) {
            steps = Arrays.copyOf(steps, id * 2);
            needFrom = Arrays.copyOf(needFrom, id * 2 + 1);
        }
        steps[id] = PatternStep.of(pattern.terms(), this::termId);
        int n = needFrom[id];
        for (int t = 1; t < steps[id].length; t++) {
            PatternStep step = steps[id][t];
            if (step.gap > 0) {
                continue;
            }
            if (2 * (n + step.bucketAt.length) > need.length) {
                need = Arrays.copyOf(need, 4 * (n + step.bucketAt.length));
            }
            for (int k = 0; k < step.bucketAt.length; k++) {
                need[2 * n] = step.bucketAt[k] | (k == step.bucketAt.length - 1 ? LAST_OF_TERM : 0);
                need[2 * n++ + 1] = step.bucketMasks[k];
            }
        }
        needFrom[id + 1] = n;
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
    List<Match<T>> find(CueTokens tokens) {
        List<Match<T>> out = new ArrayList<>();
        if (patterns.isEmpty()) {
            return out;
        }
        Frozen f = frozen();
        int size = tokens.size();
        long[] has = null;
        for (int i = 0; i < size; i++) {
            WordTable.Word word = tokens.entryOrNull(i);
            if (word == null) {
                continue;
            }
            long[] plan = f.plan(word);
            if (plan.length == 0) {
                continue;
            }
            if (has == null) {
                has = tokens.scratch.has();
                gather(tokens, size, has);
            }
            for (int k = 0; k < plan.length; ) {
                long head = plan[k];
                int needs = k + 1 + 2 * (int) (head >>> 32 & 0xFFFF);
                int next = needs + (int) (head >>> 48);
                if (possible(plan, k + 1, needs, has)) {
                    int end = matchRest(f, tokens, plan, needs, next, i + 1);
                    if (end >= 0) {
                        int id = (int) head;
                        out.add(new Match<>(labels.get(id), patterns.get(id), i, end));
                    }
                }
                k = next;
            }
        }
        return out;
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
            f = new Frozen(patterns.size(), firstTerms.build(), laterTerms.build(), needFrom, need, steps);
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
     * @param needFrom the index's {@link #needFrom} when frozen
     * @param need     the index's {@link #need} when frozen
     * @param steps    the index's {@link #steps} when frozen
     */
    private record Frozen(int patterns, PatternTrie first, PatternTrie later, int[] needFrom, long[] need,
                          PatternStep[][] steps) {

        /**
         * The plan of {@code word}: the patterns whose first term one of its forms matches, each once (for
         * each form those of the prefixes it begins with, shortest first, then those of the form itself).
         * Each is its id, with the number of its bucket pairs in bits 32 to 47 and of its later terms from bit
         * 48, followed by its run of {@link #need} and by its later terms, each as its {@link PatternStep#term}
         * id or, for a gap, minus the words it may skip. Design decision: what a pattern needs is copied next
         * to its id, so that the candidates of a word are turned away, and the rest of a match is followed,
         * reading one array in order rather than the index's arrays and the pattern's steps.
         */
        long[] plan(WordTable.Word word) {
            long[] plan = word.plan(this);
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
            word.keep(this, plan(first.ids(word.forms)), terms);
        }

        private long[] plan(int[] candidates) {
            if (candidates.length == 0) {
                return NO_PLAN;
            }
            int size = 0;
            for (int id : candidates) {
                size += 1 + 2 * (needFrom[id + 1] - needFrom[id]) + steps[id].length - 1;
            }
            long[] plan = new long[size];
            int k = 0;
            for (int id : candidates) {
                int pairs = needFrom[id + 1] - needFrom[id];
                int later = steps[id].length - 1;
                plan[k++] = id | (long) pairs << 32 | (long) later << 48;
                System.arraycopy(need, 2 * needFrom[id], plan, k, 2 * pairs);
                k += 2 * pairs;
                for (int t = 1; t <= later; t++) {
                    PatternStep step = steps[id][t];
                    plan[k++] = step.gap > 0 ? -step.gap : step.term;
                }
            }
            return plan;
        }
    }

    /** The plan of a word that starts no pattern. */
    private static final long[] NO_PLAN = new long[0];

    /**
     * Whether every later term of pattern {@code id} may match a word of a segment whose buckets are
     * {@code has}: each has an alternative whose bit is among them (as {@link PatternStep#possibleIn} says).
     */
    boolean possible(int id, long[] has) {
        return possible(need, 2 * needFrom[id], 2 * needFrom[id + 1], has);
    }

    /** Whether the buckets {@code n[from, to)} of a pattern's later terms (as {@link #need} holds them) may all match by {@code has}. */
    private static boolean possible(long[] n, int from, int to, long[] has) {
        boolean term = false;
        for (int k = from; k < to; k += 2) {
            int a = (int) n[k];
            term |= (has[a & 0xFFFF] & n[k + 1]) != 0;
            if (a >= LAST_OF_TERM) {
                if (!term) {
                    return false;
                }
                term = false;
            }
        }
        return true;
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
    private static int matchRest(Frozen f, CueTokens tokens, long[] plan, int at, int to, int i) {
        if (at == to) {
            return i;
        }
        long term = plan[at];
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
        if (Arrays.binarySearch(f.terms(tokens.entry(i)), (int) term) >= 0) {
            return matchRest(f, tokens, plan, at + 1, to, i + 1);
        }
        return -1;
    }
}
