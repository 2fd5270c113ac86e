package org.retour.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** A phrase of one language, with the gender it gives and whether a head noun must follow. */
    private record Phrase(String text, Gender gender, boolean head) {
    }

    /** Per language, per first letter (lower case, apostrophes unified), the phrases. */
    private final Map<String, Map<Character, List<Phrase>>> phrases = new HashMap<>();

    Partitives(List<String> lines) {
        for (String line : lines) {
            String[] p = line.trim().split("\\s+", 3);
            if (p.length < 3) {
                throw new IllegalArgumentException("partitive line needs 'lang gender phrase': " + line);
            }
            boolean head = p[2].endsWith(HEAD);
            String text = fold(head ? p[2].substring(0, p[2].length() - HEAD.length()) : p[2]);
            Phrase phrase = new Phrase(text, Gender.fromCode(p[1]), head);
            phrases.computeIfAbsent(p[0], k -> new HashMap<>())
                    .computeIfAbsent(text.charAt(0), k -> new ArrayList<>()).add(phrase);
        }
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
        Map<Character, List<Phrase>> byFirst = phrases.get(lang);
        List<PersonDescription> out = new ArrayList<>();
        if (byFirst == null) {
            return out;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            int start = t.span().start();
            List<Phrase> candidates = byFirst.get(fold(text.charAt(start)));
            if (candidates == null || start > 0 && Character.isLetter(text.charAt(start - 1))) {
                continue;
            }
            for (Phrase p : candidates) {
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
                }
                Span span = new Span(start, tokens.get(last).span().end());
                out.add(new PersonDescription(span, span.of(text), span.of(text), p.gender(), false));
                k = last;
                break;
            }
        }
        return out;
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
        if (start + phrase.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
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
