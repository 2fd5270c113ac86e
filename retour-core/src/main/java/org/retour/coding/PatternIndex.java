package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a set of cue patterns in a segment's words in one pass: the first term
 * of each pattern is looked up in a character trie, the rest is checked from there.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> what each pattern stands for (a code, a kind of scope)
 */
final class PatternIndex<T> {

    /** An occurrence: the pattern's label, the pattern, and the words {@code [start, end)} it covers. */
    record Match<T>(T label, CuePattern pattern, int start, int end) {
    }

    private static final int[] NONE = new int[0];
    /** In a word's buckets, a word no pattern can match. */
    private static final int NO_WORD = -3;
    /** Longs of the {@link #bit} set of a segment's words and of a term's prefixes (256 bits). */
    static final int PREFIX_WORDS = 4;
    /** Longs of the {@link #wordBit} set of a segment's words and of a term's whole words (1,024 bits). */
    static final int WHOLE_WORDS = 16;

    private final Node root = new Node();
    /** The trie as arrays, made on the first search after the last pattern was added. */
    private volatile Flat flat;
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
        steps[id] = PatternStep.of(pattern.terms());
        CuePattern.Term first = pattern.terms().get(0);
        for (int k = 0; k < first.words().size(); k++) {
            Node n = root;
            String w = first.words().get(k);
            for (int i = 0; i < w.length(); i++) {
                n = n.create(w.charAt(i));
            }
            if (first.prefix().get(k)) {
                n.prefixIds = append(n.prefixIds, id);
            } else {
                n.exactIds = append(n.exactIds, id);
            }
        }
        return this;
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Every occurrence in {@code tokens}, ordered by start. A match never runs over a sentence boundary. */
    List<Match<T>> find(CueTokens tokens) {
        List<Match<T>> out = new ArrayList<>();
        if (patterns.isEmpty()) {
            return out;
        }
        int size = tokens.size();
        long[] has = new long[PREFIX_WORDS + WHOLE_WORDS];
        int[] bits = new int[size];
        for (int i = 0; i < size; i++) {
            WordTable.Word word = tokens.entryOrNull(i);
            if (word == null) {
                bits[i] = NO_WORD;
                continue;
            }
            int b = buckets(word);
            bits[i] = b;
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
        Flat f = flat();
        for (int i = 0; i < size; i++) {
            if (bits[i] == NO_WORD) {
                continue;
            }
            for (int id : f.candidates(tokens.entry(i))) {
                tryMatch(tokens, bits, i, id, out, has);
            }
        }
        return out;
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

    private Flat flat() {
        Flat f = flat;
        if (f == null || f.patterns != patterns.size()) {
            f = new Flat(root, patterns.size());
            flat = f;
        }
        return f;
    }

    /**
     * The trie in a few arrays, nodes numbered breadth first from the root (0): the children of node
     * {@code n} are {@code [childFrom[n], childFrom[n + 1])}, sorted by character, and so are its pattern ids.
     */
    private static final class Flat {
        final int patterns;
        final int[] childFrom;
        final char[] childChar;
        final int[] childNode;
        /** Open addressing from {@code node << 16 | char} (plus one, so that 0 is free) to the child. */
        final long[] hashKeys;
        final int[] hashNodes;
        final int hashMask;
        final int[] exactFrom;
        final int[] exactIds;
        final int[] prefixFrom;
        final int[] prefixIds;

        Flat(Node root, int patterns) {
            this.patterns = patterns;
            List<Node> order = new ArrayList<>();
            order.add(root);
            for (int k = 0; k < order.size(); k++) {
                order.addAll(Arrays.asList(order.get(k).kids));
            }
            int n = order.size();
            childFrom = new int[n + 1];
            childChar = new char[n - 1];
            childNode = new int[n - 1];
            exactFrom = new int[n + 1];
            prefixFrom = new int[n + 1];
            int edges = 0;
            int exact = 0;
            int prefix = 0;
            for (int k = 0; k < n; k++) {
                Node node = order.get(k);
                exact += node.exactIds == null ? 0 : node.exactIds.length;
                prefix += node.prefixIds == null ? 0 : node.prefixIds.length;
                exactFrom[k + 1] = exact;
                prefixFrom[k + 1] = prefix;
            }
            exactIds = new int[exact];
            prefixIds = new int[prefix];
            int next = 1;
            for (int k = 0; k < n; k++) {
                Node node = order.get(k);
                childFrom[k] = edges;
                for (int c = 0; c < node.keys.length; c++) {
                    childChar[edges] = node.keys[c];
                    childNode[edges] = next++;
                    edges++;
                }
                if (node.exactIds != null) {
                    System.arraycopy(node.exactIds, 0, exactIds, exactFrom[k], node.exactIds.length);
                }
                if (node.prefixIds != null) {
                    System.arraycopy(node.prefixIds, 0, prefixIds, prefixFrom[k], node.prefixIds.length);
                }
            }
            childFrom[n] = edges;
            int cap = Integer.highestOneBit(Math.max(16, edges * 3)) << 1;
            hashKeys = new long[cap];
            hashNodes = new int[cap];
            hashMask = cap - 1;
            for (int k = 0; k < n; k++) {
                for (int e = childFrom[k]; e < childFrom[k + 1]; e++) {
                    long key = ((long) k << 16 | childChar[e]) + 1;
                    int h = slot(key);
                    while (hashKeys[h] != 0) {
                        h = (h + 1) & hashMask;
                    }
                    hashKeys[h] = key;
                    hashNodes[h] = childNode[e];
                }
            }
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & hashMask;
        }

        /**
         * The patterns whose first term one of the forms of {@code word} matches, each once: for each form
         * those of the prefixes it begins with, shortest first, then those of the form itself. Kept with
         * the word.
         */
        int[] candidates(WordTable.Word word) {
            int[] ids = word.candidates(this);
            if (ids != null) {
                return ids;
            }
            String[] forms = word.forms;
            ids = walk(forms[0]);
            for (int k = 1; k < forms.length; k++) {
                ids = union(ids, walk(forms[k]));
            }
            word.keep(this, ids);
            return ids;
        }

        /** {@code a} followed by the ids of {@code b} it lacks. */
        private static int[] union(int[] a, int[] b) {
            int[] out = Arrays.copyOf(a, a.length + b.length);
            int n = a.length;
            next:
            for (int id : b) {
                for (int k = 0; k < n; k++) {
                    if (out[k] == id) {
                        continue next;
                    }
                }
                out[n++] = id;
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        private int[] walk(String form) {
            int[] ids = NONE;
            int n = 0;
            for (int c = 0; c < form.length() && n >= 0; c++) {
                n = child(n, form.charAt(c));
                if (n >= 0 && prefixFrom[n] < prefixFrom[n + 1]) {
                    ids = concat(ids, prefixIds, prefixFrom[n], prefixFrom[n + 1]);
                }
            }
            if (n >= 0 && exactFrom[n] < exactFrom[n + 1]) {
                ids = concat(ids, exactIds, exactFrom[n], exactFrom[n + 1]);
            }
            return ids;
        }

        private static int[] concat(int[] a, int[] from, int start, int end) {
            int[] out = Arrays.copyOf(a, a.length + end - start);
            System.arraycopy(from, start, out, a.length, end - start);
            return out;
        }

        /** The child of node {@code n} for {@code c}, or -1. */
        int child(int n, char c) {
            long key = ((long) n << 16 | c) + 1;
            for (int h = slot(key); ; h = (h + 1) & hashMask) {
                long k = hashKeys[h];
                if (k == key) {
                    return hashNodes[h];
                }
                if (k == 0) {
                    return -1;
                }
            }
        }
    }

    private void tryMatch(CueTokens tokens, int[] bits, int i, int id, List<Match<T>> out, long[] has) {
        PatternStep[] terms = steps[id];
        for (int t = 1; t < terms.length; t++) {
            if (terms[t].gap == 0 && !terms[t].possibleIn(has)) {
                return;
            }
        }
        int end = matchRest(tokens, bits, terms, 1, i + 1);
        if (end >= 0) {
            out.add(new Match<>(labels.get(id), patterns.get(id), i, end));
        }
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

    /** The end of the shortest match of {@code terms[t…]} starting at word {@code i}, or -1. */
    private static int matchRest(CueTokens tokens, int[] bits, PatternStep[] terms, int t, int i) {
        if (t == terms.length) {
            return i;
        }
        PatternStep term = terms[t];
        if (term.gap > 0) {
            for (int skip = 0; skip <= term.gap; skip++) {
                int j = i + skip;
                if (j >= tokens.size()) {
                    return -1;
                }
                if (skip > 0 && tokens.boundaryBefore(j - 1) == CueTokens.SENTENCE) {
                    return -1;
                }
                int end = matchRest(tokens, bits, terms, t + 1, j);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= tokens.size() || tokens.boundaryBefore(i) == CueTokens.SENTENCE) {
            return -1;
        }
        int b = bits[i];
        if (b == NO_WORD) {
            return -1;
        }
        if (b >= 0) {
            int w = b >>> 8;
            b &= 0xFF;
            if ((term.exact[w >>> 6] & (1L << w)) == 0 && (term.prefixes[b >>> 6] & (1L << b)) == 0) {
                return -1;
            }
        }
        for (String form : tokens.forms(i)) {
            if (term.matches(form)) {
                return matchRest(tokens, bits, terms, t + 1, i + 1);
            }
        }
        return -1;
    }

    private static int[] append(int[] a, int v) {
        if (a == null) {
            return new int[] {v};
        }
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private int[] exactIds;
        private int[] prefixIds;

        /** The child for {@code c}, created if absent. */
        Node create(char c) {
            int lo = Arrays.binarySearch(keys, c);
            if (lo >= 0) {
                return kids[lo];
            }
            lo = -lo - 1;
            char[] nk = new char[keys.length + 1];
            Node[] nn = new Node[kids.length + 1];
            System.arraycopy(keys, 0, nk, 0, lo);
            System.arraycopy(kids, 0, nn, 0, lo);
            nk[lo] = c;
            Node n = new Node();
            nn[lo] = n;
            System.arraycopy(keys, lo, nk, lo + 1, keys.length - lo);
            System.arraycopy(kids, lo, nn, lo + 1, kids.length - lo);
            keys = nk;
            kids = nn;
            return n;
        }
    }
}
