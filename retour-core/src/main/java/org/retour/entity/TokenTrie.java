package org.retour.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Span;
import org.retour.segment.RuleTokenizer;
import org.retour.model.Token;

/**
 * A trie of phrases over token keys ({@link Fold#key}) that finds, at a token, the longest phrase of
 * a gazetteer in one walk: a lookup costs one hash probe per token, whatever the number of phrases.
 *
 * <p>Arabic proclitics ("و", "ب", "ل", "وال"…) are tried on the first word, an English possessive
 * "'s" on the last, and an acronym before a hyphen ("IS-Kämpfer") alone; the match's span then
 * covers only the name. Phrases written in capitals ("IS", "EI", "UN") match only in capitals.
 * Immutable and thread-safe once built.
 *
 * @param <T> what a phrase stands for
 */
public final class TokenTrie<T> {

    private static final RuleTokenizer TOKENIZER = RuleTokenizer.bundled();

    /** A phrase found in a document: tokens {@code first..last}, its span and its value. */
    public record Match<T>(int first, int last, Span span, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
        final List<String> exact = new ArrayList<>(1);
        boolean hasExact;
        /**
         * Whether a phrase ends here, and its value when none of them is an acronym ({@link #values}'
         * first), else null. Design decision: set once the trie is built, so that a walk asks the node
         * itself at each token instead of reaching through it to its list.
         */
        boolean hasValues;
        T plain;
        /** The words that follow, as {@link WordIds} numbers in ascending order, and their nodes. */
        int[] childIds = new int[0];
        Node<T>[] children;

        /** Numbers the words of this node and of the nodes below it. */
        @SuppressWarnings("unchecked")
        void freeze() {
            hasValues = !values.isEmpty();
            plain = hasValues && !hasExact ? values.get(0) : null;
            int[][] pairs = new int[next.size()][];
            List<Node<T>> nodes = new ArrayList<>(next.values());
            int k = 0;
            for (Map.Entry<String, Node<T>> e : next.entrySet()) {
                pairs[k] = new int[] {WordIds.register(e.getKey()), k};
                e.getValue().freeze();
                k++;
            }
            java.util.Arrays.sort(pairs, (a, b) -> Integer.compare(a[0], b[0]));
            childIds = new int[pairs.length];
            children = new Node[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                childIds[i] = pairs[i][0];
                children[i] = nodes.get(pairs[i][1]);
            }
        }

        /** The node after the word numbered {@code id}, or null. */
        Node<T> child(int id) {
            if (id < 0) {
                return null;
            }
            int[] ids = childIds;
            if (ids.length <= 8) {
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] == id) {
                        return children[i];
                    }
                }
                return null;
            }
            int at = java.util.Arrays.binarySearch(ids, id);
            return at >= 0 ? children[at] : null;
        }
    }

    private final Node<T> root;
    private final int size;
    /** Whether a phrase begins with an Arabic word (only then are proclitics tried). */
    private final boolean hasArabic;
    /** Whether a phrase is an acronym (only then is the part before a hyphen tried). */
    private final boolean hasAcronyms;

    /** The nodes after the first word, indexed by the word's {@link WordIds} number. */
    private final Node<T>[] firsts;
    /**
     * Bit {@code id} is set when a phrase begins with the word numbered {@code id}: a small table that
     * stays in the cache, so that a token that begins no phrase is turned away without reading {@link #firsts}.
     */
    private final long[] firstBits;
    /**
     * The {@link TokenView#marks} for which a token that begins no phrase is still walked: a possessive,
     * an Arabic word when a phrase is Arabic, a hyphenated word when a phrase is an acronym.
     */
    private final int walkedMarks;

    @SuppressWarnings("unchecked")
    private TokenTrie(Node<T> root, int size) {
        this.root = root;
        this.size = size;
        root.freeze();
        int max = -1;
        for (int id : root.childIds) {
            max = Math.max(max, id);
        }
        firsts = new Node[max + 1];
        firstBits = new long[(max + 64) >>> 6];
        for (int i = 0; i < root.childIds.length; i++) {
            firsts[root.childIds[i]] = root.children[i];
            firstBits[root.childIds[i] >>> 6] |= 1L << root.childIds[i];
        }
        this.hasArabic = root.next.keySet().stream().anyMatch(k -> !k.isEmpty() && Fold.isArabic(k.charAt(0)));
        this.hasAcronyms = root.next.values().stream().anyMatch(n -> n.hasExact);
        this.walkedMarks = TokenView.POSSESSIVE | (hasArabic ? TokenView.ARABIC : 0)
                | (hasAcronyms ? TokenView.HYPHEN_HEAD : 0);
    }

    /** Bit {@code id} set for each {@link WordIds} number of a phrase's first word (shared, not to be changed). */
    long[] firstBits() {
        return firstBits;
    }

    /** Whether a phrase begins with an Arabic word. */
    boolean hasArabic() {
        return hasArabic;
    }

    /** Whether a phrase is an acronym. */
    boolean hasAcronyms() {
        return hasAcronyms;
    }

    /** A new, empty builder. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The number of phrases. */
    public int size() {
        return size;
    }

    /** The words of {@code phrase} as the tokenizer splits them in {@code language}. */
    public static List<String> words(String phrase, String language) {
        List<String> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(phrase, 0, phrase.length(), language)) {
            out.add(t.span().of(phrase));
        }
        return out;
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    public Match<T> longestAt(TokenView v, int i) {
        int id = v.id(i);
        Node<T> first = id >= 0 && id < firsts.length && (firstBits[id >>> 6] & 1L << id) != 0 ? firsts[id] : null;
        if (first == null && (v.marks(i) & walkedMarks) == 0) {
            return null;
        }
        boolean arabic = hasArabic && v.isArabic(i);
        boolean possessive = v.possessive(i);
        // Design decision: a walk from no node finds only a possessive, so an Arabic token (walked for its
        // proclitics) that begins nothing itself is not walked, nor its key read, when it has none
        Match<T> best = first != null || possessive ? walk(v, i, first, v.key(i), possessive, v.start(i)) : null;
        if (arabic) {
            for (TokenView.Proclitic p : v.proclitics(i)) {
                int restId = p.currentId();
                Node<T> n = restId >= 0 && restId < firsts.length ? firsts[restId] : null;
                if (n == null && !p.possessive()) {
                    continue;
                }
                Match<T> m = walk(v, i, n, p.rest(), p.possessive(),
                        v.start(i) + skipLetters(v.surface(i), p.letters()));
                if (m != null && (best == null || m.last() > best.last())) {
                    best = m;
                }
            }
        }
        String head = best == null && hasAcronyms && v.hasHyphenHead(i) ? v.hyphenHead(i) : null;
        if (head != null) {
            Node<T> n = root.next.get(head);
            if (n != null && n.hasExact) {
                String part = v.surface(i).substring(0, head.length());
                T value = accepted(n, part);
                if (value != null) {
                    best = new Match<>(i, i, new Span(v.start(i), v.start(i) + head.length()), value);
                }
            }
        }
        return best;
    }

    /** The value of the one-word phrase {@code word} (any case), or null; phrases in capitals are not tried. */
    public T valueOfWord(String word) {
        int id = WordIds.lookup(Fold.key(word));
        Node<T> n = id >= 0 && id < firsts.length ? firsts[id] : null;
        if (n == null) {
            return null;
        }
        for (int k = 0; k < n.values.size(); k++) {
            if (n.exact.get(k) == null) {
                return n.values.get(k);
            }
        }
        return null;
    }

    private Match<T> walk(TokenView v, int i, Node<T> node, String firstKey, boolean firstPossessive, int firstStart) {
        Match<T> best = firstPossessive ? possessive(root, v, i, firstKey, firstStart, i) : null;
        int j = i;
        while (node != null) {
            if (node.hasValues) {
                T value = !node.hasExact ? node.plain
                        : i == j ? acceptedToken(node, v, firstStart, v.end(j))
                        : accepted(node, surface(v, i, j, firstStart));
                if (value != null) {
                    best = new Match<>(i, j, new Span(firstStart, v.end(j)), value);
                }
            }
            if (j + 1 >= v.size() || !v.adjacent(j)) {
                break;
            }
            Node<T> next = node.child(v.id(j + 1));
            if (next == null && v.possessive(j + 1)) {
                Match<T> p = possessive(node, v, j + 1, v.key(j + 1), firstStart, i);
                best = p != null ? p : best;
            }
            if (next == null && v.hasHyphenHead(j + 1)) {
                Match<T> h = hyphenated(node, v, j + 1, firstStart, i);
                best = h != null ? h : best;
            }
            node = next;
            j++;
        }
        return best;
    }

    /** Tokens {@code i..j} as a phrase: their texts joined by single spaces, the first from {@code firstStart}. */
    private static String surface(TokenView v, int i, int j, int firstStart) {
        StringBuilder b = new StringBuilder();
        b.append(v.text(), firstStart, v.end(i));
        for (int k = i + 1; k <= j; k++) {
            b.append(' ').append(v.surface(k));
        }
        return b.toString();
    }

    /**
     * A phrase of several words whose last word is the head of a hyphenated token {@code j} ("Islamic State-held",
     * "Syrian Democratic Forces-led"): the phrase ends at the hyphen; or null.
     */
    private static <T> Match<T> hyphenated(Node<T> from, TokenView v, int j, int firstStart, int first) {
        String head = v.hyphenHead(j);
        return endingInPart(from, v, j, head, v.start(j) + head.length(), firstStart, first);
    }

    /** A phrase ending in token {@code j} written with an English possessive ("ISIS's"), or null. */
    private static <T> Match<T> possessive(Node<T> from, TokenView v, int j, String key, int firstStart, int first) {
        return key.length() <= 2 ? null
                : endingInPart(from, v, j, key.substring(0, key.length() - 2), v.end(j) - 2, firstStart, first);
    }

    /**
     * A phrase of tokens {@code first..j} whose last word is only the part of token {@code j} that ends at
     * {@code partEnd} and has the key {@code partKey} (before an English possessive or a hyphen), from the node
     * {@code from} of the words before it; or null.
     */
    private static <T> Match<T> endingInPart(Node<T> from, TokenView v, int j, String partKey, int partEnd,
                                             int firstStart, int first) {
        Node<T> p = from.child(WordIds.lookup(partKey));
        if (p == null || !p.hasValues) {
            return null;
        }
        T value;
        if (p.hasExact) {
            String own = v.text().substring(j == first ? firstStart : v.start(j), partEnd);
            value = accepted(p, j == first ? own : surface(v, first, j - 1, firstStart) + " " + own);
        } else {
            value = p.plain;
        }
        return value == null ? null : new Match<>(first, j, new Span(firstStart, partEnd), value);
    }

    /** The value of {@code node} for the text from {@code start} to {@code end}, compared in place. */
    private static <T> T acceptedToken(Node<T> node, TokenView v, int start, int end) {
        for (int k = 0; k < node.values.size(); k++) {
            String exact = node.exact.get(k);
            if (exact == null || exact.length() == end - start && v.text().regionMatches(start, exact, 0, exact.length())) {
                return node.values.get(k);
            }
        }
        return null;
    }

    private static <T> T accepted(Node<T> node, CharSequence surface) {
        for (int k = 0; k < node.values.size(); k++) {
            String exact = node.exact.get(k);
            if (exact == null || exact.contentEquals(surface)) {
                return node.values.get(k);
            }
        }
        return null;
    }

    private static int skipLetters(String surface, int letters) {
        int i = 0;
        int seen = 0;
        while (i < surface.length() && seen < letters) {
            i++;
            seen++;
            while (i < surface.length() && (Character.getType(surface.charAt(i)) == Character.NON_SPACING_MARK
                    || surface.charAt(i) == '\u0640')) {
                i++;
            }
        }
        return i;
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private int size;

        private Builder() {
        }

        /**
         * Adds a phrase given as its words; a phrase whose letters are all capitals and that is at most
         * five characters long (an acronym) matches only as written.
         */
        public Builder<T> add(List<String> words, T value) {
            if (words.isEmpty()) {
                return this;
            }
            Node<T> n = root;
            for (String w : words) {
                n = n.next.computeIfAbsent(Fold.key(w), k -> new Node<>());
            }
            String joined = String.join(" ", words);
            n.values.add(value);
            n.exact.add(isAcronym(joined) ? joined : null);
            n.hasExact |= isAcronym(joined);
            size++;
            return this;
        }

        /** The trie. */
        public TokenTrie<T> build() {
            return new TokenTrie<>(root, size);
        }
    }

    /** Whether {@code s} is an acronym: two to five characters, all letters capitals. */
    public static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 5) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (c != '.' && c != '-' && c != '&') {
                return false;
            }
        }
        return letter;
    }
}
