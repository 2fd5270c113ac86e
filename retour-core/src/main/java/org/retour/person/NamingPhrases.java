package org.retour.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.resource.ResourceLines;

/**
 * Phrases that give the name of a person described just before them ("identified only as", "gave his
 * name as", "prénommé", "genannt", "يدعى"), from {@code org/retour/person/naming-phrases.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class NamingPhrases {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/person/naming-phrases.txt";
    private static final NamingPhrases BUNDLED = new NamingPhrases(ResourceLines.classpath(RESOURCE));

    /**
     * Per language, the phrases by their last character. Design decision: a description is tried against
     * every name in its reach, so only the phrases that can end where the text between them ends are compared.
     */
    private final Map<String, ByLast> byLanguage;

    /**
     * The phrases of one language by their last character: those ending with the {@code i}th character of
     * {@code lasts} are {@code phrases.get(i)}.
     *
     * <p>Design decision: a language's phrases end with a few characters, so a search of that short string
     * finds them without boxing the character for a map lookup.
     */
    private record ByLast(String lasts, List<Ending> phrases) {

        Ending endingWith(char last) {
            int i = lasts.indexOf(last);
            return i < 0 ? Ending.NONE : phrases.get(i);
        }
    }

    /**
     * The phrases of one language that end with one character, and for each the character before it, or
     * {@link #ONE_CHARACTER} for a phrase of one character.
     *
     * <p>Design decision: many phrases end with the same letter ("identified as", "known as", "his name is"),
     * so a phrase whose last two characters are not those of the text is passed over after one comparison of
     * the character before the last, lower-cased once for all the phrases.
     */
    private record Ending(String[] phrases, char[] before) {

        static final Ending NONE = new Ending(new String[0], new char[0]);

        static Ending of(List<String> phrases) {
            char[] before = new char[phrases.size()];
            for (int p = 0; p < before.length; p++) {
                String phrase = phrases.get(p);
                before[p] = phrase.length() < 2 ? ONE_CHARACTER : phrase.charAt(phrase.length() - 2);
                if (before[p] == ONE_CHARACTER && phrase.length() >= 2) {
                    throw new IllegalArgumentException("naming phrase holds U+FFFF: " + phrase);
                }
            }
            return new Ending(phrases.toArray(String[]::new), before);
        }
    }

    /** What {@link Ending#before} holds for a phrase of one character: a noncharacter, which no text holds. */
    private static final char ONE_CHARACTER = '\uFFFF';

    /** Phrases from lines {@code "lang phrase"}. */
    public NamingPhrases(List<String> lines) {
        Map<String, ByLast> out = new HashMap<>();
        ResourceLines.byLanguage(lines, true).forEach((lang, phrases) -> {
            Map<Character, List<String>> byLast = new LinkedHashMap<>();
            for (String phrase : phrases) {
                if (!phrase.isEmpty()) {
                    byLast.computeIfAbsent(phrase.charAt(phrase.length() - 1), k -> new ArrayList<>()).add(phrase);
                }
            }
            StringBuilder lasts = new StringBuilder();
            List<Ending> lists = new ArrayList<>();
            byLast.forEach((c, list) -> {
                lasts.append(c.charValue());
                lists.add(Ending.of(list));
            });
            out.put(lang, new ByLast(lasts.toString(), List.copyOf(lists)));
        });
        this.byLanguage = org.retour.resource.LanguageMap.of(Map.copyOf(out));
    }

    /** The phrases of {@code lang} whose last character is {@code last}. */
    private Ending endingWith(String lang, char last) {
        ByLast byLast = byLanguage.get(lang);
        return byLast == null ? Ending.NONE : byLast.endingWith(last);
    }

    /** The bundled phrases. */
    public static NamingPhrases bundled() {
        return BUNDLED;
    }

    /**
     * Whether the text between a description and a name ends with a naming phrase, punctuation and
     * white space after it aside ("…, who asked to be identified as ").
     */
    public boolean introducesName(String between, String lang) {
        return introducesLowered(between.toLowerCase(Locale.ROOT), lang);
    }

    /**
     * As {@link #introducesName(String, String)} for {@code text[from, to)}, without copying it.
     *
     * <p>Design decision: a description is tried against every name after it in its reach, so the text
     * between them is read where it stands; lower-casing keeps offsets in place except for the dotted
     * capital I (U+0130), whose text is copied and lower-cased as before, and the phrases hold no Greek
     * sigma (whose lower case depends on its neighbours) nor surrogates.
     */
    public boolean introducesName(String text, int from, int to, String lang) {
        if (from < to && text.indexOf('\u0130', from, to) >= 0) {
            return introducesName(text.substring(from, to), lang);
        }
        int end = to;
        while (end > from && !Character.isLetter(Character.toLowerCase(text.charAt(end - 1)))) {
            end--;
        }
        if (end == from) {
            return false;
        }
        Ending ending = endingWith(lang, Character.toLowerCase(text.charAt(end - 1)));
        String[] phrases = ending.phrases();
        // a phrase of two characters or more ends with the text's two last ones; none ends before from
        char before = end - 2 >= from ? Character.toLowerCase(text.charAt(end - 2)) : ONE_CHARACTER;
        for (int p = 0; p < phrases.length; p++) {
            char b = ending.before()[p];
            if (b != before && b != ONE_CHARACTER) {
                continue;
            }
            String phrase = phrases[p];
            int at = end - phrase.length();
            if (at >= from && loweredAt(text, at, phrase)
                    && (at == from || !Character.isLetter(Character.toLowerCase(text.charAt(at - 1))))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower case of {@code text} at {@code at} reads {@code phrase}, which must fit in the text there. */
    static boolean loweredAt(String text, int at, String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean introducesLowered(String b, String lang) {
        int end = b.length();
        while (end > 0 && !Character.isLetter(b.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (String phrase : endingWith(lang, b.charAt(end - 1)).phrases()) {
            int at = end - phrase.length();
            if (at >= 0 && b.startsWith(phrase, at) && (at == 0 || !Character.isLetter(b.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }
}
