package org.retour.entity;

import java.util.HashMap;
import java.util.Map;
import org.retour.model.Mention;

/**
 * The reading of an acronym as the organisation the text has already named in full whose initials it
 * spells: after "the Australian Federal Police said …", "the AFP said" is that police force, not the news
 * agency the alias table knows as AFP, and "the GAO" after "the Government Accountability Office" is that
 * office. Only acronyms of three letters or more are read so (two letters spell too many names), and the
 * nearest such name before the acronym wins.
 *
 * <p>One pass over the tokens, with the initials of each name met so far in a map: linear in the text.
 * Stateless and thread-safe.
 */
final class SpelledAcronyms {

    private final WordSet connectors;
    private final WordSet articles;

    SpelledAcronyms(WordSet connectors, WordSet articles) {
        this.connectors = connectors;
        this.articles = articles;
    }

    /**
     * Gives each acronym that spells an organisation named before it to that organisation: moves the
     * mention an alias table reading gave another, or adds one to an acronym nothing read.
     */
    void apply(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, EntityCollector out) {
        Map<String, Object> named = new HashMap<>();
        for (int k = 0; k < v.size(); k++) {
            AliasShapeOrganizationRecognizer.Found f = at[k];
            if (f != null && f.first() == k && f.last() > k) {
                String initials = initials(v, f.first(), f.last());
                if (initials != null) {
                    named.put(initials, f.key());
                }
                k = f.last();
                continue;
            }
            if (!v.isWord(k) || !v.isCapitalised(k) || v.end(k) - v.start(k) < 3 || v.end(k) - v.start(k) > 5
                    || f != null && f.first() != f.last()) {
                continue;
            }
            if (!v.isAcronym(k)) {
                continue;
            }
            String acr = v.surface(k);
            if (!allLetters(acr)) {
                continue;
            }
            Object target = named.get(acr.toLowerCase(java.util.Locale.ROOT));
            if (target == null || f != null && target.equals(f.key())) {
                continue;
            }
            Mention m = new Mention(v.span(k, k), acr, Mention.Kind.ALIAS);
            if (f != null) {
                out.remove(f.key(), m.span());
            }
            out.add(target, acr, null, m);
            at[k] = new AliasShapeOrganizationRecognizer.Found(k, k, target);
        }
    }

    /** The first letters of the words of a name, its connectors and articles left out, or null when too few. */
    private String initials(TokenView v, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int j = first; j <= last && b.length() <= 5; j++) {
            if (!v.isWord(j) || connectors.contains(v, j) || articles.contains(v, j)) {
                continue;
            }
            String key = v.key(j);
            if (!key.isEmpty()) {
                b.append(key.charAt(0));
            }
        }
        return b.length() >= 3 && b.length() <= 5 ? b.toString() : null;
    }

    /** Whether every UTF-16 unit of {@code s} is a letter (a surrogate is not). */
    private static boolean allLetters(String s) {
        for (int c = 0; c < s.length(); c++) {
            if (!Character.isLetter((int) s.charAt(c))) {
                return false;
            }
        }
        return true;
    }
}
