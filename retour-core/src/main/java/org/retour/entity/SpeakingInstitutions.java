package org.retour.entity;

import java.util.Set;

/**
 * Finds a French institution named by its lower-case head alone, after a definite article, when it is the subject of
 * a verb of speech that reports its words: « la préfecture indique que … », « le parquet a précisé dans un communiqué
 * que … », « « … », rappelle le ministère », or opens a clause whose predicate is a quote in lower case (« Sollicité,
 * le parquet « ne commente pas » »). Alone, « la préfecture » is too vague to be an organisation (« la préfecture a
 * réagi »); a body whose words are reported speaks as one, and is one. When an institution whose name opens with
 * that head was named shortly before (« le parquet national antiterroriste »), the head takes it up.
 *
 * <p>Design decision: the words are reported when a complementizer (« que »), a colon or an opening quotation mark
 * follows the verb within {@link #REACH} tokens of its sentence, or when the verb stands in an incise right after a
 * closing quotation mark and a comma. The earlier institution is looked for over at most {@link #BACK} characters,
 * only for such a head, so the scan stays rare. Stateless and thread-safe.
 */
final class SpeakingInstitutions {

    /** The most tokens between the verb and what opens the words it reports (« a indiqué dans un courrier que »). */
    static final int REACH = 8;

    /** How far back (in characters) a head looks for the institution it takes up. */
    static final int BACK = 3000;

    /** The definite articles before a head, checked by word number at every token of a French text. */
    private static final WordSet DEFINITE = WordSet.of(Set.of("le", "la", "l'"));
    private static final Set<String> OPENERS = Set.of("que", "qu'", ":", "«", "\"", "“");
    private static final Set<String> CLOSERS = Set.of("»", "\"", "”");

    private SpeakingInstitutions() {
    }

    /**
     * The last token of the institution's head that starts at token {@code i} when it is one that speaks (see the
     * class comment), or -1.
     */
    static int end(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int i, FrenchSpeechVerbs speech) {
        if (i < 1 || !DEFINITE.contains(v, i - 1)) {
            return -1;
        }
        int last = FrenchNameTail.headEnd(v, at, i);
        if (last < 0) {
            return -1;
        }
        return reportsBefore(v, last + 1, speech) || incise(v, i - 1, speech) || predicate(v, i - 1, last) ? last : -1;
    }

    /**
     * The key of the institution named before token {@code i}, within {@link #BACK} characters, whose name opens with
     * the head at token {@code i} (« le parquet national antiterroriste … le parquet »), or null.
     */
    static Object earlier(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int i) {
        int from = v.start(i) - BACK;
        String head = v.key(i);
        for (int k = i - 1; k >= 0 && v.start(k) >= from; k--) {
            AliasShapeOrganizationRecognizer.Found f = at[k];
            if (f != null) {
                if (f.last() > f.first() && v.key(f.first()).equals(head)) {
                    return f.key();
                }
                k = f.first();
            }
        }
        return null;
    }

    /** Whether token {@code j} is a verb of speech, maybe after its auxiliary, whose reported words follow. */
    private static boolean reportsBefore(TokenView v, int j, FrenchSpeechVerbs speech) {
        if (j < v.size() && speech.isAuxiliary(v, j) && j + 1 < v.size() && speech.isVerb(v, j + 1)) {
            j++;
        }
        if (j >= v.size() || !speech.isVerb(v, j) || !v.adjacent(j - 1)) {
            return false;
        }
        for (int k = j + 1; k <= j + REACH && k < v.size(); k++) {
            String key = v.key(k);
            if (OPENERS.contains(key)) {
                return true;
            }
            if (key.equals(".") || key.equals("?") || key.equals("!") || key.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the head ending at token {@code last} is right before a quote that opens in lower case, its article
     * opening a clause (after a comma or at a sentence's start): the quote is its predicate.
     */
    private static boolean predicate(TokenView v, int article, int last) {
        int open = last + 1;
        if (open + 1 >= v.size() || !OPENERS.contains(v.key(open)) || v.key(open).equals(":") || !v.isWord(open + 1)
                || !Character.isLowerCase(v.surface(open + 1).charAt(0))) {
            return false;
        }
        return article == 0 || v.key(article - 1).equals(",") || v.key(article - 1).equals(".");
    }

    /** Whether the article at token {@code article} follows a verb of speech in an incise: « « … », précise la ». */
    private static boolean incise(TokenView v, int article, FrenchSpeechVerbs speech) {
        int verb = article - 1;
        return verb >= 2 && speech.isVerb(v, verb) && v.key(verb - 1).equals(",") && CLOSERS.contains(v.key(verb - 2));
    }
}
