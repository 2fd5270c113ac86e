package org.retour.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The words that tell a name, title or term in quotation marks from a quote, read from
 * {@code org/retour/quote/not-quotes.txt}: known names and terms, determiners and "so-called" markers
 * that announce a term, and the small words names keep in lower case. Immutable and thread-safe.
 */
public final class NotQuoteLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/quote/not-quotes.txt";

    private final Set<String> names;
    /** The most words (parts between single spaces) a normalised known name has. */
    private final int maxNameWords;
    /** The {@link String#hashCode} of the {@link #lastWord} of each known name, sorted. */
    private final int[] nameEnds;
    private final Map<String, Set<String>> determiners;
    private final Map<String, Set<String>> markers;
    private final Map<String, Set<String>> functionWords;
    private final Map<String, Set<String>> naming;
    private final Map<String, Set<String>> callVerbs;
    private final Map<String, Set<String>> collective;
    private final Map<String, Set<String>> said;
    private final Map<String, Set<String>> demonstratives;
    private final Map<String, Set<String>> subjects;
    private final Map<String, Set<String>> works;
    private final Map<String, Set<String>> reports;
    private final Map<String, Set<String>> openers;
    private final Map<String, Set<String>> clauses;

    /**
     * A lexicon from lines of the form {@code "lang kind words…"}; kind is name, det, marker, fn, naming, call,
     * collective, subject, said, demonstrative, work,
     * report, opener or clause.
     */
    public NotQuoteLexicon(List<String> lines) {
        Set<String> n = new HashSet<>();
        Map<String, Set<String>> d = new HashMap<>();
        Map<String, Set<String>> m = new HashMap<>();
        Map<String, Set<String>> f = new HashMap<>();
        Map<String, Set<String>> nm = new HashMap<>();
        Map<String, Set<String>> cv = new HashMap<>();
        Map<String, Set<String>> co = new HashMap<>();
        Map<String, Set<String>> sd = new HashMap<>();
        Map<String, Set<String>> dm = new HashMap<>();
        Map<String, Set<String>> sb = new HashMap<>();
        Map<String, Set<String>> wk = new HashMap<>();
        Map<String, Set<String>> rp = new HashMap<>();
        Map<String, Set<String>> op = new HashMap<>();
        Map<String, Set<String>> cl = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\\s+", 3);
            if (p.length < 3) {
                throw new IllegalArgumentException("not-quote line needs 'lang kind words': " + line);
            }
            String value = normalize(p[2]);
            switch (p[1]) {
                case "name" -> n.add(value);
                case "det" -> d.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "marker" -> m.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "fn" -> f.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "naming" -> nm.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "call" -> cv.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "collective" -> co.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "subject" -> sb.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "demonstrative" -> dm.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "report" -> rp.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "opener" -> op.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "clause" -> cl.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "work" -> wk.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                case "said" -> sd.computeIfAbsent(p[0], k -> new HashSet<>()).add(value);
                default -> throw new IllegalArgumentException("unknown kind '" + p[1] + "' in: " + line);
            }
        }
        this.names = n; // never changed after this
        int most = 0;
        for (String name : n) {
            most = Math.max(most, name.split(" ", -1).length);
        }
        this.maxNameWords = most;
        this.nameEnds = n.stream().mapToInt(name -> lastWord(name).hashCode()).sorted().distinct().toArray();
        this.determiners = freeze(d);
        this.markers = freeze(m);
        this.functionWords = freeze(f);
        this.naming = freeze(nm);
        this.callVerbs = freeze(cv);
        this.collective = freeze(co);
        this.said = freeze(sd);
        this.demonstratives = freeze(dm);
        this.subjects = freeze(sb);
        this.works = freeze(wk);
        this.reports = freeze(rp);
        this.openers = freeze(op);
        this.clauses = freeze(cl);
    }

    /** The bundled lexicon. */
    public static NotQuoteLexicon bundled() {
        return new NotQuoteLexicon(ResourceLines.classpath(RESOURCE));
    }

    /** Lower case, typographic apostrophes made straight, Arabic vowel marks dropped, runs of spaces made one. */
    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (WordShapeQuoteDecision.isSpace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (!org.retour.entity.Fold.arabicMark(c)) {
                sb.append(c == '’' || c == 'ʼ' ? '\'' : c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code word} without its Arabic marks, itself when it has none (most words). */
    private static String withoutArabicMarks(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (org.retour.entity.Fold.arabicMark(word.charAt(i))) {
                StringBuilder sb = new StringBuilder(word.length());
                for (int k = 0; k < word.length(); k++) {
                    if (!org.retour.entity.Fold.arabicMark(word.charAt(k))) {
                        sb.append(word.charAt(k));
                    }
                }
                return sb.toString();
            }
        }
        return word;
    }

    /** Whether the normalized text is a known name or term. */
    public boolean isKnownName(String normalized) {
        return names.contains(normalized);
    }

    /**
     * What follows the last space or apostrophe of normalised text, all of it when it has none: the same for the
     * text and for the text without its first word (after an elided article or a determiner).
     */
    static String lastWord(String normalized) {
        int cut = Math.max(normalized.lastIndexOf(' '), normalized.lastIndexOf('\''));
        return normalized.substring(cut + 1);
    }

    /**
     * Whether {@code text}, {@link #normalize normalised} and stripped of its end punctuation as a known name is
     * looked up, may be one with or without its first word: false when no known name has its {@link #lastWord},
     * read from {@code text} as it is (normalising maps no character to or from a space, an apostrophe, a letter
     * or a digit, as its test shows). Design decision: most quotes are told to be no name by a hash of their last
     * word, without being normalised and hashed whole; a word with a character above U+00FF is not told, as
     * lower-casing a whole text may map such a character otherwise than alone.
     */
    public boolean mayEndAName(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false; // normalised, nothing is left, and no known name is empty
        }
        int from = end - 1;
        while (from > 0 && !WordShapeQuoteDecision.isSpace(text.charAt(from - 1)) && !isApostrophe(text.charAt(from - 1))) {
            from--;
        }
        int h = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return true;
            }
            h = 31 * h + Character.toLowerCase(c);
        }
        return Arrays.binarySearch(nameEnds, h) >= 0;
    }

    /** Whether {@code c} is an apostrophe: the straight one, or one {@link #normalize} makes straight. */
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** The most words a known name has: normalised text with more parts is no known name. */
    public int maxNameWords() {
        return maxNameWords;
    }

    /** Whether the lower-cased word is a determiner in {@code lang} (or in every language). */
    public boolean isDeterminer(String word, String lang) {
        return in(determiners, word, lang);
    }

    /** Whether the lower-cased word announces a term ("so-called", "soi-disant", "sogenannte"). */
    public boolean isMarker(String word, String lang) {
        return in(markers, word, lang);
    }

    /** Whether the lower-cased word may stay in lower case inside a name ("de", "of", "und"). */
    public boolean isFunctionWord(String word, String lang) {
        return in(functionWords, word, lang);
    }

    /** Whether the lower-cased word names a term near its marks ("surnom", "le mot", "entre guillemets", "pancarte"). */
    public boolean isNaming(String word, String lang) {
        return in(naming, word, lang);
    }

    /** Whether the lower-cased word is a verb of calling, naming a term when its subject is {@link #isCollective}. */
    public boolean isCallVerb(String word, String lang) {
        return in(callVerbs, word, lang);
    }

    /** Whether the lower-cased word makes a calling collective, a usage not one person's words ("on", "entre"). */
    public boolean isCollective(String word, String lang) {
        return in(collective, word, lang);
    }

    /** Whether the normalised text is a formula people say on its own ("pardon", "merci", "sorry"). */
    public boolean isSaid(String normalized, String lang) {
        return in(said, normalized, lang);
    }

    /** Whether the lower-cased determiner points back at something named before ("ce", "this", "dieser"). */
    public boolean isDemonstrative(String word, String lang) {
        return in(demonstratives, word, lang);
    }

    /** Whether the lower-cased word is a person subject of a verb of calling ("il", "she", "who"). */
    public boolean isSubject(String word, String lang) {
        return in(subjects, word, lang);
    }

    /** Whether the lower-cased word is a noun of a work whose title stands in marks beside it ("livre", "podcast"). */
    public boolean isWork(String word, String lang) {
        return in(works, word, lang);
    }

    /** Whether the lower-cased word reports someone's wording without being a speech cue ("parlé", "commenter"). */
    public boolean isReport(String word, String lang) {
        return in(reports, word, lang);
    }

    /** Whether the lower-cased word, first in its sentence, makes the sentence someone's view ("pour", "selon"). */
    public boolean isOpener(String word, String lang) {
        return in(openers, word, lang);
    }

    /** Whether the lower-cased determiner also opens a reported clause ("that"): after speech it may be no determiner. */
    public boolean isClauseWord(String word, String lang) {
        return in(clauses, word, lang);
    }

    private static boolean in(Map<String, Set<String>> map, String word, String lang) {
        Set<String> s = map.get(lang);
        if (s == null) {
            s = map.get("*");
        }
        return s != null && (s.contains(word) || "ar".equals(lang) && s.contains(withoutArabicMarks(word)));
    }

    /**
     * {@code m} with the words of every language ({@code "*"}) added to each language's own, so that a
     * word is looked up in one set. Design decision: the quote stage asks these sets several times per
     * quote; one look-up in a set a little larger costs less than two.
     */
    private static Map<String, Set<String>> freeze(Map<String, Set<String>> m) {
        Set<String> all = m.get("*");
        if (all == null) {
            return m; // never changed after this
        }
        Map<String, Set<String>> merged = new HashMap<>();
        m.forEach((lang, words) -> {
            Set<String> both = new HashSet<>(words);
            both.addAll(all);
            merged.put(lang, both);
        });
        return merged; // never changed after this
    }
}
