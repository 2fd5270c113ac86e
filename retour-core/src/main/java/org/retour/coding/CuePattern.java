package org.retour.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled cue: a sequence of terms matched against consecutive words of a segment.
 *
 * <p>Syntax, one cue a string: terms separated by spaces; a term is a word ({@code brutalités}), a
 * prefix ({@code exécut*}, at least two letters before the star), or alternatives of either
 * ({@code tué*|tuer|exécut*}); {@code ..} skips up to three words and {@code ..N} up to N (at most 8).
 * Words are compared lower-cased with accents folded, so {@code etat} matches "État"; elisions split
 * off as in the text ({@code d'expansion} is the two words {@code d'} and {@code expansion}). The
 * characters {@code ( ) [ ] { } < > \ /} are reserved.
 *
 * @param source the cue as written
 * @param terms  the terms, each a set of alternatives or a gap
 */
record CuePattern(String source, List<Term> terms) {

    /** The most words one gap may skip. */
    static final int MAX_GAP = 8;

    CuePattern {
        terms = List.copyOf(terms);
    }

    /** One position of a cue: alternatives to match one word, or a gap of up to {@code gap} words. */
    record Term(List<String> words, List<Boolean> prefix, int gap) {

        Term {
            words = List.copyOf(words);
            prefix = List.copyOf(prefix);
        }

        boolean isGap() {
            return gap > 0;
        }

        /** Whether {@code form} matches one of the alternatives. */
        boolean matches(String form) {
            for (int k = 0; k < words.size(); k++) {
                String w = words.get(k);
                if (prefix.get(k) ? form.startsWith(w) : form.equals(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A cue that does not compile, with the reason. */
    static final class SyntaxException extends IllegalArgumentException {
        SyntaxException(String message) {
            super(message);
        }
    }

    /** Compiles a cue; throws {@link SyntaxException} saying what is wrong. */
    static CuePattern compile(String source) {
        if (source == null || source.isBlank()) {
            throw new SyntaxException("empty cue");
        }
        for (char c : source.toCharArray()) {
            if ("()[]{}<>\\/".indexOf(c) >= 0) {
                throw new SyntaxException("reserved character '" + c + "' in cue '" + source + "'");
            }
        }
        List<Term> terms = new ArrayList<>();
        for (String raw : source.strip().split("\\s+")) {
            if (raw.startsWith("..")) {
                terms.add(gap(raw, source, terms));
                continue;
            }
            if (raw.contains("|")) {
                terms.add(alternatives(raw, source));
                continue;
            }
            boolean star = raw.endsWith("*");
            String body = star ? raw.substring(0, raw.length() - 1) : raw;
            if (body.contains("*")) {
                throw new SyntaxException("'*' may only end a word, in '" + raw + "' of cue '" + source + "'");
            }
            CueTokens words = CueTokens.of(body);
            if (words.size() == 0) {
                throw new SyntaxException("'" + raw + "' has no letter or digit, in cue '" + source + "'");
            }
            for (int i = 0; i < words.size(); i++) {
                boolean last = i == words.size() - 1;
                String w = words.word(i);
                if (last && star && w.length() < 2) {
                    throw new SyntaxException("a prefix needs at least two letters before '*', in cue '" + source + "'");
                }
                terms.add(new Term(List.of(w), List.of(last && star), 0));
            }
        }
        if (terms.get(terms.size() - 1).isGap()) {
            throw new SyntaxException("a cue cannot end with a gap: '" + source + "'");
        }
        return new CuePattern(source, terms);
    }

    private static Term gap(String raw, String source, List<Term> sofar) {
        if (sofar.isEmpty()) {
            throw new SyntaxException("a cue cannot start with a gap: '" + source + "'");
        }
        if (sofar.get(sofar.size() - 1).isGap()) {
            throw new SyntaxException("two gaps in a row in cue '" + source + "'");
        }
        int n = 3;
        if (raw.length() > 2) {
            try {
                n = Integer.parseInt(raw.substring(2));
            } catch (NumberFormatException e) {
                throw new SyntaxException("'" + raw + "' is not a gap (write .. or ..N), in cue '" + source + "'");
            }
        }
        if (n < 1 || n > MAX_GAP) {
            throw new SyntaxException("a gap skips 1 to " + MAX_GAP + " words, not " + n + ", in cue '" + source + "'");
        }
        return new Term(List.of(), List.of(), n);
    }

    private static Term alternatives(String raw, String source) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String alt : raw.split("\\|", -1)) {
            if (alt.isEmpty()) {
                throw new SyntaxException("empty alternative in '" + raw + "' of cue '" + source + "'");
            }
            boolean star = alt.endsWith("*");
            String body = star ? alt.substring(0, alt.length() - 1) : alt;
            if (body.contains("*")) {
                throw new SyntaxException("'*' may only end a word, in '" + alt + "' of cue '" + source + "'");
            }
            CueTokens t = CueTokens.of(body);
            if (t.size() != 1) {
                throw new SyntaxException("alternative '" + alt + "' must be one word (write elisions apart: d' autres), "
                        + "in cue '" + source + "'");
            }
            if (star && t.word(0).length() < 2) {
                throw new SyntaxException("a prefix needs at least two letters before '*', in cue '" + source + "'");
            }
            words.add(t.word(0));
            prefix.add(star);
        }
        return new Term(words, prefix, 0);
    }
}
