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
    private static final String[] ARABIC_PREFIXES = {"وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "وك", "فب",
        "فل", "و", "ف", "ب", "ل", "ك"};

    /** A phrase found in a document: tokens {@code first..last}, its span and its value. */
    public record Match<T>(int first, int last, Span span, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
        final List<String> exact = new ArrayList<>(1);
    }

    private final Node<T> root;
    private final int size;

    private TokenTrie(Node<T> root, int size) {
        this.root = root;
        this.size = size;
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
        String k0 = v.key(i);
        if (k0.isEmpty() || !root.next.containsKey(k0) && !Fold.isArabic(k0.charAt(0)) && k0.indexOf('-') < 0
                && !k0.endsWith("'s")) {
            return null;
        }
        Match<T> best = walk(v, i, v.key(i), v.start(i));
        String key = v.key(i);
        if (!key.isEmpty() && Fold.isArabic(key.codePointAt(0))) {
            for (String p : ARABIC_PREFIXES) {
                if (key.length() > p.length() + 1 && key.startsWith(p)) {
                    String rest = p.endsWith("لل") ? "ال" + key.substring(p.length())
                            : p.endsWith("ال") ? "ال" + key.substring(p.length()) : key.substring(p.length());
                    int skip = p.endsWith("لل") ? p.length() - 1 : p.endsWith("ال") ? p.length() - 2 : p.length();
                    Match<T> m = walk(v, i, rest, v.start(i) + skipLetters(v.surface(i), skip));
                    if (m != null && (best == null || m.last() > best.last())) {
                        best = m;
                    }
                }
            }
        }
        int hyphen = key.indexOf('-');
        if (best == null && hyphen > 0) {
            Node<T> n = root.next.get(key.substring(0, hyphen));
            if (n != null && n.exact.stream().anyMatch(java.util.Objects::nonNull)) {
                String part = v.surface(i).substring(0, hyphen);
                T value = accepted(n, part);
                if (value != null) {
                    best = new Match<>(i, i, new Span(v.start(i), v.start(i) + hyphen), value);
                }
            }
        }
        return best;
    }

    private Match<T> walk(TokenView v, int i, String firstKey, int firstStart) {
        Match<T> best = possessive(root, v, i, firstKey, firstStart, "");
        Node<T> node = root.next.get(firstKey);
        int j = i;
        StringBuilder surface = new StringBuilder();
        while (node != null) {
            if (j > i) {
                surface.append(' ');
            }
            surface.append(j == i ? v.text().substring(firstStart, v.end(i)) : v.surface(j));
            if (!node.values.isEmpty()) {
                T value = accepted(node, surface);
                if (value != null) {
                    best = new Match<>(i, j, new Span(firstStart, v.end(j)), value);
                }
            }
            if (j + 1 >= v.size() || !v.adjacent(j)) {
                break;
            }
            Node<T> next = node.next.get(v.key(j + 1));
            if (next == null) {
                Match<T> p = possessive(node, v, j + 1, v.key(j + 1), firstStart, surface + " ");
                if (p != null) {
                    best = new Match<>(i, j + 1, p.span(), p.value());
                }
            }
            node = next;
            j++;
        }
        return best;
    }

    /** A phrase ending in token {@code j} written with an English possessive ("ISIS's"), or null. */
    private static <T> Match<T> possessive(Node<T> from, TokenView v, int j, String key, int firstStart,
                                           String before) {
        if (!key.endsWith("'s") || key.length() <= 2) {
            return null;
        }
        Node<T> p = from.next.get(key.substring(0, key.length() - 2));
        if (p == null || p.values.isEmpty()) {
            return null;
        }
        String own = v.text().substring(before.isEmpty() ? firstStart : v.start(j), v.end(j) - 2);
        T value = accepted(p, before + own);
        return value == null ? null : new Match<>(j, j, new Span(firstStart, v.end(j) - 2), value);
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
