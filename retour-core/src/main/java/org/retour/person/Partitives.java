package org.retour.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.entity.TokenView;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;

/**
 * Partitive descriptions of unnamed people: one of a group the text speaks of ("l'un d'eux", "one of
 * them", "einer von ihnen", "أحدهم"), and with a head noun after the phrase ("l'un des revenants", "one of
 * the defectors"). Phrases come from {@code org/retour/person/partitives.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class Partitives {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/partitives.txt";
    private static final String HEAD = " …";
    /** The mark of a phrase whose last word also determines a noun ("one of those", « un autre »). */
    private static final String DETERMINER = " +";

    /**
     * A phrase of one language, with the gender it gives, whether a head noun must follow, and the length
     * of its first word as the tokenizer cuts it (an elided article stands alone: "l'" of "l'un d'eux").
     */
    private record Phrase(String text, Gender gender, boolean head, boolean determiner, int firstWord) {
    }

    /**
     * The phrases of one language, in the file's order, grouped by the length of their first word and then by
     * that word, and the characters whose folded form one of them starts with, as a bit set over all UTF-16
     * characters.
     *
     * <p>Design decision: most tokens start with none of a handful of letters, or are not as long as a
     * phrase's first word, so two comparisons turn them away before any text is compared; the first is
     * one bit test, each character's fold having been worked out when the phrases were read, the second
     * one array read. A token then meets only the phrases whose first word it is, still in the file's order:
     * many phrases share a first word ("l'un", "l'une", "l'autre"), and it is compared once for them all
     * rather than once per phrase; a phrase whose first word the token is not could not match anyway.
     */
    private record InLanguage(long[] firsts, Phrase[][][] byFirstWord) {

        private static final Phrase[] NONE = new Phrase[0];

        /** The phrases in the order of {@code phrases}, grouped by the length of their first word, then by that word. */
        static InLanguage of(long[] firsts, List<Phrase> phrases) {
            int longest = 0;
            for (Phrase p : phrases) {
                longest = Math.max(longest, p.firstWord());
            }
            Phrase[][][] by = new Phrase[longest + 1][][];
            for (int length = 0; length <= longest; length++) {
                Map<String, List<Phrase>> words = new java.util.LinkedHashMap<>();
                for (Phrase p : phrases) {
                    if (p.firstWord() == length) {
                        words.computeIfAbsent(p.text().substring(0, length), w -> new ArrayList<>()).add(p);
                    }
                }
                by[length] = words.values().stream().map(l -> l.toArray(Phrase[]::new)).toArray(Phrase[][]::new);
            }
            return new InLanguage(firsts, by);
        }

        /** Whether a phrase starts with the folded form of {@code c}. */
        boolean mayStartWith(char c) {
            return (firsts[c >>> 6] & 1L << c) != 0;
        }

        /**
         * The phrases whose first word is the token {@code text[start, start + length)} folded, in the file's
         * order; none when no phrase's is.
         */
        Phrase[] withFirstWord(String text, int start, int length) {
            if (length >= byFirstWord.length) {
                return NONE;
            }
            for (Phrase[] group : byFirstWord[length]) {
                if (matches(text, start, group[0].text(), length)) {
                    return group;
                }
            }
            return NONE;
        }
    }

    private final Map<String, InLanguage> languages = new HashMap<>();

    Partitives(List<String> lines) {
        Map<String, List<Phrase>> byLanguage = new HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+", 3);
            if (p.length < 3) {
                throw new IllegalArgumentException("partitive line needs 'lang gender phrase': " + line);
            }
            boolean determiner = p[2].endsWith(DETERMINER);
            String phrase = determiner ? p[2].substring(0, p[2].length() - DETERMINER.length()) : p[2];
            boolean head = phrase.endsWith(HEAD);
            String text = fold(head ? phrase.substring(0, phrase.length() - HEAD.length()) : phrase);
            byLanguage.computeIfAbsent(p[0], k -> new ArrayList<>())
                    .add(new Phrase(text, Gender.fromCode(p[1]), head, determiner, firstWordLength(text)));
        }
        byLanguage.forEach((lang, list) -> {
            StringBuilder firsts = new StringBuilder();
            for (Phrase ph : list) {
                if (firsts.indexOf(String.valueOf(ph.text().charAt(0))) < 0) {
                    firsts.append(ph.text().charAt(0));
                }
            }
            long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (firsts.indexOf(String.valueOf(fold((char) c))) >= 0) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            languages.put(lang, InLanguage.of(bits, list));
        });
    }

    /** The bundled phrases. */
    static Partitives bundled() {
        return new Partitives(ResourceLines.classpath(RESOURCE));
    }

    /**
     * The partitive descriptions in {@code tokens}, in order.
     *
     * @param head whether token {@code k} is a head noun of a person ("revenants", "defectors")
     */
    List<PersonDescription> find(String text, List<Token> tokens, String lang, java.util.function.IntPredicate head) {
        return find(text, tokens, null, lang, head, h -> false);
    }

    /**
     * As {@link #find(String, List, String, java.util.function.IntPredicate)}, reading each token's kind and offsets
     * from {@code view} (of the same tokens) when it is not null, rather than from the token records; a phrase marked
     * as a determiner that opens a sentence before a token {@code noun} accepts ("One of those accounts, …", « Un autre
     * jour, … ») determines that noun and describes no one.
     */
    List<PersonDescription> find(String text, List<Token> tokens, TokenView view, String lang,
                                 java.util.function.IntPredicate head, java.util.function.IntPredicate noun) {
        InLanguage in = languages.get(lang);
        List<PersonDescription> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if ((view != null ? view.kind(k) : tokens.get(k).kind()) != Token.Kind.WORD) {
                continue;
            }
            int start = view != null ? view.start(k) : tokens.get(k).span().start();
            if (!in.mayStartWith(text.charAt(start)) || start > 0 && Character.isLetter(text.charAt(start - 1))) {
                continue;
            }
            int length = (view != null ? view.end(k) : tokens.get(k).span().end()) - start;
            for (Phrase p : in.withFirstWord(text, start, length)) {
                int end = start + p.text().length();
                if (!matches(text, start, p.text()) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    continue;
                }
                int last = lastTokenEndingAt(tokens, k, end);
                if (last < 0) {
                    continue;
                }
                if (p.head()) {
                    int h = last + 1;
                    if (h >= tokens.size() || !head.test(h)) {
                        continue;
                    }
                    last = h;
                } else if (p.determiner() && (k == 0 || Tokens.opensSentence(text, tokens.get(k - 1), tokens.get(k).start()))
                        && last + 1 < tokens.size() && noun.test(last + 1)) {
                    k = last;
                    break; // "One of those accounts, Karim confirmed, was his own": no person
                }
                Span span = new Span(start, tokens.get(last).span().end());
                out.add(new PersonDescription(span, span.of(text), span.of(text), p.gender(), false));
                k = last;
                break;
            }
        }
        return out;
    }

    /** The length of a phrase's first word: up to its first space, or through its first apostrophe. */
    private static int firstWordLength(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                return i;
            }
            if (c == '\'') {
                return i + 1;
            }
        }
        return phrase.length();
    }

    private static int lastTokenEndingAt(List<Token> tokens, int from, int end) {
        for (int i = from; i < tokens.size() && tokens.get(i).span().start() < end; i++) {
            if (tokens.get(i).span().end() == end) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(String text, int start, String phrase) {
        return matches(text, start, phrase, phrase.length());
    }

    /** Whether {@code text} at {@code start} folds to the first {@code length} characters of {@code phrase}. */
    private static boolean matches(String text, int start, String phrase, int length) {
        if (start + length > text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (fold(text.charAt(start + i)) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
