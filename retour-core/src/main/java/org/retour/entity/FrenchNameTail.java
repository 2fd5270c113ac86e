package org.retour.entity;

import java.util.Set;

/**
 * Finds where a French institution's name ends when it goes on in lower case after its capitalised
 * head: "Institut d'études politiques de Lyon", "Centre de prévention des dérives sectaires", "Office
 * central de lutte contre le crime organisé", "Haut-Commissariat aux droits de l'homme". The name is the
 * head, at most one adjective, then links of a preposition, maybe an article, a noun and at most one
 * adjective (or a capitalised name: "de Lyon").
 *
 * <p>Design decision: without parts of speech, an adjective is told by its ending (-al, -ique, -aire…)
 * and a link must begin with a preposition, so that a verb after the name ("Le Centre de prévention a
 * publié") ends it; a verb of speech of the cue list is no adjective, whatever its ending (« la préfecture
 * indique », « le Centre national affirme »). Stateless and thread-safe.
 */
final class FrenchNameTail {

    /** The prepositions that link the parts of a French institution's name. */
    private static final Set<String> LINKS = Set.of("de", "d'", "du", "des", "aux", "au", "pour", "contre", "sur", "en");
    /**
     * The link that never comes right after the head ("Institut de recherche en sciences sociales" has it later): a
     * capitalised word before it is a participle opening the sentence (« Parti en Syrie », « Rentré en France »).
     */
    private static final String FIRST_LINK_NEVER = "en";
    /** Adjective endings, on the folded key. */
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ale", "aux", "ales", "ique", "iques", "aire", "aires",
        "eur", "eure", "ien", "ienne", "iens", "iennes", "if", "ive", "ifs", "ives", "el", "elle", "els", "elles", "ais",
        "aise", "ois", "oise", "e", "es", "ee", "ees", "ain", "aine", "ains", "aines"};
    /** The most tokens the lower-case part may add. */
    private static final int MAX_TAIL = 9;

    private FrenchNameTail() {
    }

    /**
     * The last token of the name whose capitalised part is {@code first..last}, or {@code last} when it
     * does not go on in lower case or does not begin with an organisation word.
     */
    static int end(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int first, int last, NameShapes shapes) {
        if (first > last || !shapes.organisationWords().contains(v.key(first))) {
            return last;
        }
        int end = tail(v, at, last, shapes);
        return end > last && !v.isCapitalised(end) && end == last + 1 ? last : end;
    }

    /** The last token of the lower-case part of a name whose head ends at token {@code last}. */
    private static int tail(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int last, NameShapes shapes) {
        int j = last + 1;
        int end = last;
        for (int a = 0; a < 2 && j < v.size() && usable(v, at, j) && !v.isCapitalised(j) && isAdjective(v, j)
                && !isLink(v, j); a++) {
            end = j++;
        }
        while (j < v.size() && j - last <= MAX_TAIL && usable(v, at, j) && isLink(v, j)) {
            if (j == last + 1 && v.key(j).equals(FIRST_LINK_NEVER)) {
                break; // « Parti en Syrie en 2014, il … » is a participle, not a party: no name goes on with « en »
            }
            int k = j + 1;
            if (k < v.size() && usable(v, at, k) && shapes.articles().contains(v.key(k)) && !isLink(v, k)) {
                k++;
            }
            if (k >= v.size() || !usable(v, at, k) || isLink(v, k) || shapes.articles().contains(v.key(k))) {
                break;
            }
            end = k;
            if (v.isCapitalised(k)) {
                // a name ends the chain: "de Lyon", not "de Paris à l'automne"
                while (end + 1 < v.size() && usable(v, at, end + 1) && v.isCapitalised(end + 1)) {
                    end++;
                }
                int agreeing = pluralAdjectives(v, at, k, end);
                if (agreeing == end) {
                    break;
                }
                end = agreeing; // « des Affaires étrangères », « des Forces armées »
            } else {
                for (int a = k + 1; a <= k + 2 && a < v.size() && usable(v, at, a) && !v.isCapitalised(a)
                        && isAdjective(v, a) && !isLink(v, a); a++) {
                    end = a;
                }
            }
            j = end + 1;
        }
        return end;
    }

    /**
     * The last of the lower-case adjectives in the plural right after a capitalised plural noun alone at token
     * {@code k} (« des Affaires étrangères », « des Forces armées »), or {@code end} when there is none: agreeing in
     * number, they qualify the noun, where a verb after a name would not end so.
     */
    private static int pluralAdjectives(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int k, int end) {
        if (end != k || !plural(v.key(k))) {
            return end;
        }
        int last = end;
        for (int a = k + 1; a <= k + 2 && a < v.size() && usable(v, at, a) && !v.isCapitalised(a) && isAdjective(v, a)
                && plural(v.key(a)) && !isLink(v, a); a++) {
            last = a;
        }
        return last;
    }

    private static boolean plural(String key) {
        return key.length() > 3 && (key.endsWith("s") || key.endsWith("x"));
    }

    /** The verbs of speech, which end a name rather than qualify it (« la préfecture indique que »). */
    private static final FrenchSpeechVerbs SPEECH = FrenchSpeechVerbs.bundled();

    /** The lower-case heads of French institutions' names ("tribunal correctionnel", "préfecture"). */
    private static final TokenTrie<Boolean> HEADS = heads();

    private static TokenTrie<Boolean> heads() {
        TokenTrie.Builder<Boolean> b = TokenTrie.builder();
        for (String line : org.retour.resource.ResourceLines.classpath("org/retour/entity/institution-heads.txt")) {
            b.add(TokenTrie.words(line.strip(), "fr"), Boolean.TRUE);
        }
        return b.build();
    }

    /**
     * The last token of a lower-case institution's name that starts at token {@code i} ("tribunal
     * correctionnel de Paris", "parquet fédéral", "préfecture du Rhône"), or -1 when none does: the head
     * needs an adjective after it or a link that ends in a capitalised name.
     */
    static int lowerCaseEnd(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int i, NameShapes shapes) {
        if (at[i] != null || v.isCapitalised(i) || !v.isWord(i)) {
            return -1;
        }
        TokenTrie.Match<Boolean> head = HEADS.longestAt(v, i);
        if (head == null) {
            return -1;
        }
        for (int k = head.first(); k <= head.last(); k++) {
            if (at[k] != null) {
                return -1;
            }
        }
        int end = tail(v, at, head.last(), shapes);
        boolean adjective = head.last() + 1 <= end && !LINKS.contains(v.key(head.last() + 1));
        boolean named = false;
        for (int k = head.last() + 1; k <= end; k++) {
            named |= v.isCapitalised(k);
        }
        boolean multiWordHead = head.last() > head.first();
        return end > head.last() && (adjective || named) || multiWordHead && named ? end : -1;
    }

    /**
     * The last token of the lower-case institution's head that starts at token {@code i} (« préfecture », « tribunal
     * correctionnel »), with nothing of a name after it, or -1.
     */
    static int headEnd(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int i) {
        if (at[i] != null || v.isCapitalised(i) || !v.isWord(i)) {
            return -1;
        }
        TokenTrie.Match<Boolean> head = HEADS.longestAt(v, i);
        if (head == null || head.first() != i) {
            return -1;
        }
        for (int k = head.first(); k <= head.last(); k++) {
            if (at[k] != null) {
                return -1;
            }
        }
        return head.last();
    }

    /** Whether token {@code k} is a preposition that links parts of a name ("à" only with its accent: "a" is a verb). */
    private static boolean isLink(TokenView v, int k) {
        return LINKS.contains(v.key(k)) || v.surface(k).equals("à");
    }

    private static boolean usable(TokenView v, AliasShapeOrganizationRecognizer.Found[] at, int k) {
        return at[k] == null && v.isWord(k) && v.adjacent(k - 1);
    }

    /**
     * Whether token {@code k} ends as an adjective and is no verb of speech (« indique », « affirme »), nor a verb
     * in -e whose object follows it (« le ministère renvoie à son communiqué », « la préfecture publie les
     * chiffres »): a bare -e ending is an adjective only when no preposition, article or « que » comes next.
     */
    private static boolean isAdjective(TokenView v, int k) {
        return isAdjective(v.key(k)) && !SPEECH.isVerb(v, k) && !(weak(v, k) && takesObject(v, k + 1));
    }

    /**
     * Whether token {@code k}'s adjective ending is only a bare -e or -es, which verbs share (« renvoie », « publie »),
     * not a participle's « -é », « -ée », « -és » (« bloqués »).
     */
    private static boolean weak(TokenView v, int k) {
        String key = v.key(k);
        String written = v.surface(k);
        if (!key.endsWith("e") && !key.endsWith("es") || written.endsWith("é") || written.endsWith("és")) {
            return false;
        }
        for (String e : ADJECTIVE_ENDINGS) {
            if (!e.equals("e") && !e.equals("es") && key.endsWith(e)) {
                return false; // « générale », « judiciaire », « -ée »: no verb ends so
            }
        }
        return true;
    }

    /** The words that open a verb's object or complement right after it, on the folded key (« à » is checked as written). */
    private static final Set<String> OBJECT_OPENERS = Set.of("le", "la", "les", "l'", "un", "une", "son", "sa", "ses",
            "leur", "leurs", "que", "qu'", "ce", "cette", "ces");

    /** Whether token {@code k} opens a verb's object or complement (« à », « son », « que »). */
    private static boolean takesObject(TokenView v, int k) {
        return k < v.size() && v.isWord(k) && (OBJECT_OPENERS.contains(v.key(k)) || v.surface(k).equals("à"));
    }

    private static boolean isAdjective(String key) {
        if (key.length() < 4) {
            return false;
        }
        for (String e : ADJECTIVE_ENDINGS) {
            if (key.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
