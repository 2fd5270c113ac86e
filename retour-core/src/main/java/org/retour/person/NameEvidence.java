package org.retour.person;

import java.util.List;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * The evidence that a run of capitalised words no lexicon fully lists names a person: a role beside it or
 * an age in apposition, a given name the lexicon lacks, a place word used as a given name, or a given name
 * and a surname's initial.
 */
final class NameEvidence {

    /** How many words a role's complement before an apposed name may have ("du programme", "of the unit"). */
    static final int ROLE_COMPLEMENT = 4;
    /**
     * How many tokens a role's complement may have before a name set off by commas on both sides, where the
     * second comma closes the apposition (« le directeur de l'Organe de coordination pour l'analyse de la menace,
     * Paul Van Tigchelt, »).
     */
    static final int SET_OFF_COMPLEMENT = 14;
    /** How many words a bracket between a role and the comma before its name may hold ("(OCAM)", "(SPF Justice)"). */
    static final int BRACKETED_WORDS = 3;
    /** How many adjectives may follow a role noun before an apposed name ("procureur fédéral"). */
    static final int ROLE_ADJECTIVES = 2;

    private NameEvidence() {
    }

    /**
     * "Aaliyah Mohammed": one capitalised word that no lexicon lists, is no organisation or place and is
     * never written in lower case in the document, before a known given name that ends the run and is no
     * other person's surname, unless a comma sets the run apart as a name (« Haoua Hamadou, la mère d'Abdoulaye, »
     * after « Abdoulaye Hamadou »: a relative of the same surname); it is taken for a given name the lexicon lacks,
     * the known one for the surname. Two such words may stand before it ("Nur Amalina Rosli": given names of
     * two words, as Malay names are).
     */
    static boolean unknownGivenName(NameWords wd, int start, int first, int j, String lang, boolean[] other,
                                    NameTable<?> bySurname) {
        int given = first == start + 2 && !"de".equals(lang) && !other[start] && unlistedGivenName(wd, start)
                ? start + 1 : start; // "Nur Amalina Rosli"; not German, which capitalises nouns ("Stadtteil Fatih")
        return first == given + 1 && first == j - 1 && !other[given]
                && (!bySurname.containsKey(wd.surface(first)) // "Yesterday Mahmood" after "Tariq Mahmood"
                || commaAround(wd, start, j))
                && unlistedGivenName(wd, given);
    }

    /** Whether a comma stands right before token {@code start} or right after the run ending before {@code j}. */
    private static boolean commaAround(NameWords wd, int start, int j) {
        return start > 0 && Tokens.is(wd.text, wd.tokens.get(start - 1), ",")
                || j < wd.tokens.size() && Tokens.is(wd.text, wd.tokens.get(j), ",");
    }

    /**
     * "Sabir Rahman" after "Tariq Rahman": a capitalised word that no lexicon lists, is no
     * organisation or place, and is never written in lower case in the document is a given name the lexicon
     * lacks, so the run names a new person of the same surname.
     */
    static boolean unlistedGivenName(NameWords wd, int start) {
        if (wd.surface(start).length() < 3
                || wd.entries.listed(start) || wd.entries.head(start) != null || wd.entries.honorific(start)
                || wd.entries.titleRole(start) != null
                || Tokens.acronym(wd.text, wd.tokens.get(start))) {
            return false;
        }
        return !writtenLower(wd, start); // a common word capitalised at a sentence start
    }

    /**
     * Whether the run {@code [start, j)} may be a person's name that the evidence around it decides: neither its
     * first nor its last word is an organisation's or a place's, and a single word is a given name, known or one
     * the lexicon lacks ({@link #unlistedGivenName}).
     */
    static boolean freeRun(NameWords wd, int start, int j, boolean[] other) {
        return !other[start] && !other[j - 1]
                && (j - start > 1 || wd.givenName(start) != null || unlistedGivenName(wd, start));
    }

    /**
     * Whether the document writes token {@code k} as a word of its own in lower case ("you", "people"):
     * searched once per word and document ({@link NameWords#writtenLower}).
     */
    static boolean writtenLower(NameWords wd, int k) {
        return wd.writtenLower(k);
    }

    /** Whether {@code text} has {@code lower} as a word of its own, no letter right before or after it. */
    static boolean hasWord(String text, String lower) {
        return hasWord(text, lower, 1);
    }

    /**
     * Whether {@code text} has {@code words} as words of their own, no letter right before or after, {@code times}
     * times or more, the occurrences counted apart from each other.
     */
    static boolean hasWord(String text, String words, int times) {
        int seen = 0;
        for (int at = text.indexOf(words); at >= 0; ) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                if (++seen >= times) {
                    return true;
                }
                at = text.indexOf(words, end);
            } else {
                at = text.indexOf(words, at + 1);
            }
        }
        return false;
    }

    /**
     * Whether the run {@code [start, j)} lies inside the name of a place or organisation that a lower-case
     * word opens before it ("l'aéroport Mohammed V", « la rue Jean Jaurès »): that name, not a person.
     */
    static boolean insideLongerName(NameWords wd, int start, int j, boolean[] other) {
        for (int k = start; k < j; k++) {
            if (!other[k]) {
                return false;
            }
        }
        return start > 0 && other[start - 1] && !wd.capitalised(start - 1);
    }

    /**
     * Whether a run of two capitalised words or more lies wholly inside names of places or organisations
     * ("à Ben Guerdane", "in Abu Dhabi", "the Islamic State group"): a place or an institution whose name
     * opens with a given name or a particle, not a person. A taken name that begins before the run is left to
     * the run ("Assistant Commissioner of Police Curtis Ramdass": a title the organisation stage overreached),
     * and Arabic script, which has no capitals, to the given name.
     */
    static boolean takenWhole(NameWords wd, int start, int j, boolean[] other) {
        if (j - start < 2 || !wd.capitalised(start) || start > 0 && other[start - 1]) {
            return false;
        }
        for (int k = start; k < j; k++) {
            if (!other[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Liban Abshir": a place word with no preposition or determiner before it, then one capitalised word
     * that is no organisation or place and that the document writes again without the place word ("Abshir,
     * now 28"): the place word is a given name.
     */
    static boolean placeAsGivenName(NameWords wd, int start, int j, String lang, boolean[] other) {
        if (j - start != 2 || !other[start] || other[start + 1] || wd.givenName(start + 1) != null) {
            return false;
        }
        if (start > 0 && wd.tokens.get(start - 1).kind() == Token.Kind.WORD
                && wd.entries.isAny(start - 1, Kind.PREP, Kind.DET, Kind.INDEF)) {
            return false; // "au Liban", "the Lebanon"
        }
        String text = wd.text;
        String surname = wd.surface(start + 1);
        int from = wd.tokens.get(start + 1).span().start();
        int placeStart = wd.tokens.get(start).span().start();
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            boolean bounded = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + surname.length() == text.length() || !Character.isLetter(text.charAt(at + surname.length())));
            boolean afterPlace = at - (from - placeStart) >= 0
                    && text.startsWith(text.substring(placeStart, from), at - (from - placeStart));
            if (bounded && at != from && !afterPlace) {
                return true;
            }
        }
        return false;
    }

    /** "Yassin O.": a given name and the initial of a surname withheld, as privacy rules have it. */
    static boolean initialSurname(String text, List<Token> tokens, int start, int j) {
        if (j - start != 2) {
            return false;
        }
        Token last = tokens.get(j - 1);
        String w = last.span().of(text);
        boolean letter = w.length() == 1 && Character.isUpperCase(w.charAt(0));
        boolean dotted = Tokens.dottedInitials(text, last); // "Yassin O.", "Shabna K.P."
        boolean dotAfter = j < tokens.size() && Tokens.is(text, tokens.get(j), ".") && Tokens.adjacent(text, last, tokens.get(j));
        return tokens.get(start).span().length() > 2 && (dotted || letter && dotAfter);
    }

    /**
     * "N. Rachid", "J. Dupont": the initial of a given name before a name, as papers that withhold a defendant's
     * given name write it.
     */
    static boolean initialFirst(String text, List<Token> tokens, int start, int j) {
        if (j - start != 2) {
            return false;
        }
        Span w = tokens.get(start).span(); // read in place: most runs are no initial
        return w.length() == 2 && Character.isUpperCase(text.charAt(w.start())) && text.charAt(w.start() + 1) == '.'
                && tokens.get(start + 1).span().length() > 2;
    }

    /**
     * Whether an English run of capitalised words ending before token {@code j} qualifies the person noun
     * right after it ("a 31-year-old Cape Town man", "a Leeds mother of two"): a place or a team before its
     * noun, no name, whatever role stands before it.
     */
    static boolean modifiesNoun(NameWords wd, int j, String lang) {
        return "en".equals(lang) && j < wd.tokens.size() && Tokens.isWord(wd.tokens.get(j)) && !wd.capitalised(j)
                && wd.entries.head(j) != null;
    }

    /**
     * Whether a role stands right before the run of tokens {@code a} to {@code b} (its head noun, or a role
     * noun with its complement or its adjectives, before an optional comma), or after it past a comma: a two-digit age or a
     * role noun within three tokens.
     */
    static boolean roleAdjacent(List<Token> tokens, NameWords wd, int a, int b, String lang) {
        String text = wd.text;
        int k = a - 1;
        if (k >= 0 && Tokens.is(text, tokens.get(k), ",")) {
            k--;
        }
        if (k >= 0 && wd.entries.head(k) != null) {
            return true;
        }
        // after a comma, or in French right before the name when a word of the role, no preposition, ends it
        boolean apposed = k < a - 1 || "fr".equals(lang) && k >= 0 && Tokens.isWord(tokens.get(k))
                && !wd.entries.isAny(k, Kind.PREP, Kind.DET, Kind.STOP); // not « politiste à Sciences Po »
        boolean closed = k < a - 1 && b < tokens.size() && Tokens.is(text, tokens.get(b), ",");
        if (closed && k >= 2 && Tokens.is(text, tokens.get(k), ")")) {
            int open = k - 1;
            while (open > 0 && k - open <= BRACKETED_WORDS && !Tokens.is(text, tokens.get(open), "(")) {
                open--;
            }
            if (Tokens.is(text, tokens.get(open), "(")) {
                k = open - 1; // "le directeur de l'Organe de coordination (OCAM), Paul Van Tigchelt,": the bracket's acronym aside
            }
        }
        if (apposed && complementedRole(wd, k, closed)) {
            return true; // "Le coordonnateur du programme, Hamidou Zongo", « la juge d'instruction Nadège Perrin »
        }
        if (apposed && qualifiedRole(wd, k)) {
            return true; // "Le procureur fédéral, Jürg Ammann", « la procureure fédérale Annick Berthoud »
        }
        if (bracketedAge(text, tokens, b)) {
            return true; // an age in brackets, as Irish and British reports give it: "Sorcha Dunphy (38), of Tallaght"
        }
        if (b < tokens.size() && Tokens.is(text, tokens.get(b), ",")) {
            if (b + 2 < tokens.size() && tokens.get(b + 1).span().length() == 2 && Character.isDigit(text.charAt(
                    tokens.get(b + 1).span().start())) && (Tokens.is(text, tokens.get(b + 2), ",") || "ans".equals(wd.lower(b + 2)))) {
                return true; // an age in apposition: "Jamil Macarambon, 24, who joined", "Kevin Marques Da Silva, 31 ans"
            }
            for (int m = b + 1; m < Math.min(tokens.size(), b + 4); m++) {
                if (wd.entries.head(m) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether tokens {@code b} to {@code b + 2} are an age in brackets ("(38)"). */
    static boolean bracketedAge(String text, List<Token> tokens, int b) {
        return b + 2 < tokens.size() && Tokens.is(text, tokens.get(b), "(") && twoDigits(text, tokens.get(b + 1))
                && Tokens.is(text, tokens.get(b + 2), ")");
    }

    /** Whether a token is a number of two digits (an age). */
    static boolean twoDigits(String text, Token t) {
        return t.span().length() == 2 && Character.isDigit(text.charAt(t.span().start()))
                && Character.isDigit(text.charAt(t.span().start() + 1));
    }

    /**
     * Whether the words ending at token {@code k} are a role noun with the adjectives or the complement it takes
     * after it ("procureur fédéral", "coordonnateur du programme").
     */
    static boolean roleBefore(NameWords wd, int k) {
        return complementedRole(wd, k, false) || qualifiedRole(wd, k);
    }

    /**
     * Whether the words ending at token {@code k}, before the name, are a role noun and at most
     * {@link #ROLE_ADJECTIVES} lower-case words after it that the lexicon lists as no determiner, preposition
     * or word that ends a role: adjectives, as French writes them after the noun ("procureur fédéral").
     */
    private static boolean qualifiedRole(NameWords wd, int k) {
        for (int h = k; h >= 0 && k - h <= ROLE_ADJECTIVES; h--) {
            if (!Tokens.isWord(wd.tokens.get(h)) || wd.capitalised(h)) {
                return false;
            }
            if (h < k && wd.entries.head(h) != null) {
                return true;
            }
            if (wd.entries.is(Kind.DET, h) || wd.entries.is(Kind.PREP, h) || wd.entries.is(Kind.STOP, h)
                    || wd.entries.is(Kind.INDEF, h) || wd.entries.is(Kind.PRON, h)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words ending at token {@code k}, before the name, are a role noun and its complement of at
     * most {@link #ROLE_COMPLEMENT} words that a preposition opens ("coordonnateur du programme"), in lower case
     * unless {@code capitals} (a name set off by commas on both sides: « la procureure de la République
     * antiterroriste, Corinne Deval, a fait le point »).
     */
    private static boolean complementedRole(NameWords wd, int k, boolean capitals) {
        int reach = capitals ? SET_OFF_COMPLEMENT : ROLE_COMPLEMENT;
        for (int h = k; h >= 0 && k - h <= reach; h--) {
            if (!Tokens.isWord(wd.tokens.get(h)) && !Tokens.is(wd.text, wd.tokens.get(h), "'")
                    && !Tokens.is(wd.text, wd.tokens.get(h), "\u2019")) {
                return false;
            }
            if (h < k && wd.entries.head(h) != null) {
                return wd.entries.is(Kind.PREP, h + 1) || h + 2 < k && wd.lower(h + 1) != null && !wd.capitalised(h + 1)
                        && !wd.entries.isAny(h + 1, Kind.PREP, Kind.DET, Kind.STOP) && wd.entries.is(Kind.PREP, h + 2);
                // "le coordonnateur du programme", and with one adjective between: « le responsable kurde de la prison »
            }
            if (wd.capitalised(h) && h < k && !capitals) {
                return false;
            }
        }
        return false;
    }


    /** How far before a name the naming phrase that gives it may start. */
    static final int NAMING_WINDOW = 60;

    /**
     * "The woman, who asked to be identified only by her first name, Arbena": one or two capitalised words right
     * after a naming phrase in the same sentence (a comma or a colon between aside) are the name it gives, listed or not
     * (« un officier qui se présente sous le nom de Heval Cudi »).
     */
    static boolean namedByPhrase(String text, List<Token> tokens, int start, int j, String lang) {
        if (j - start > 2 || j - start == 2 && tokens.get(j - 1).span().length() < 3) {
            return false; // "qui se présente sous le nom de Heval Cudi": a name of one or two words, not a
            // letter that stands for one ("identified only as Witness B")
        }
        int at = tokens.get(start).start();
        for (int i = at - 1; i >= 0 && !Character.isLetter(text.charAt(i)); i--) {
            if (".!?;\n".indexOf(text.charAt(i)) >= 0) {
                return false; // "… by her first name. She went": a new sentence, no name given
            }
        }
        int phraseEnd = at;
        if (!NamingPhrases.bundled().introducesName(text, Math.max(0, at - NAMING_WINDOW), at, lang)) {
            phraseEnd = asideStart(text, at); // « Il s'appelle, pour cet article, Alhousseini »
            if (phraseEnd < 0 || !NamingPhrases.bundled().introducesName(text, Math.max(0, phraseEnd - NAMING_WINDOW),
                    phraseEnd, lang)) {
                return false;
            }
        }
        return !BareNaming.bundled().namesThing(text, tokens, start, lang);
    }

    /** How many characters an aside between a naming phrase and its name may hold. */
    static final int ASIDE_CHARS = 30;

    /**
     * Where the aside set off by commas that ends right before {@code at} opens (its first comma: « s'appelle, pour cet
     * article, »), or -1 when none does; an aside holds no sentence punctuation nor quotation mark.
     */
    static int asideStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ',') {
            return -1;
        }
        for (int k = i - 1; k >= 0 && k >= i - ASIDE_CHARS; k--) {
            char c = text.charAt(k);
            if (c == ',') {
                return k < i - 1 ? k : -1;
            }
            if (".!?;:\n«»\"“”".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
