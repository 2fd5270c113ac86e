package org.retour.person;

import java.util.List;
import java.util.Objects;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;

/**
 * Finds the role the text gives a person in an apposition around their name: before it
 * ("le coordonnateur national du renseignement national français, Didier Le Bret"; "Le directeur de
 * l'ICSR Peter Neumann"; "ICSR director Peter Neumann"), after it ("Patrick Calvar, directeur général
 * de la sécurité intérieure DGSI a annoncé") or in a relative clause ("Peter Neumann, who heads the ICSR").
 *
 * <p>A role needs a head noun from the lexicon; it stops at punctuation, auxiliaries, relative pronouns,
 * speech verbs and determiners that no preposition precedes. Thread-safe.
 */
public final class AppositionRoles {

    /** The most words a role spans. */
    static final int MAX_WORDS = 16;
    /** How far into a role after a name its head noun may come. */
    static final int HEAD_WITHIN = 4;

    /** The words that open a clause set before a sentence's subject. */
    private static final FrontedClauses FRONTED = FrontedClauses.bundled();

    private final PersonLexicon lexicon;
    private final SpeechWords speech;

    public AppositionRoles(PersonLexicon lexicon, SpeechWords speech) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.speech = Objects.requireNonNull(speech);
    }

    /** The role around the name made of tokens {@code [a, b)}, whose lexicon entries are {@code e}, or null. */
    Span roleAround(String text, List<Token> tokens, TokenEntries e, int a, int b, String lang) {
        Span before = before(text, tokens, e, a, lang);
        if (before != null && sideClause(text, tokens, e, a, b, before, lang)) {
            before = null; // "In a letter to the judge, Farah described …": the judge is another person
        }
        if (before != null && age(text, before)) {
            before = null; // "the 25-year-old, Tariq Hamdan": an age is no role
        }
        Span after = before != null || ofPersonNoun(e, a, lang) ? null : after(text, tokens, e, b, lang);
        if (after != null && FramedSubjects.subjectAfterFrame(text, tokens, e, a, b, after)) {
            after = null; // « Pour Alain Martin, son fils « n'a rien fait » »: the son is another person
        }
        Span role = before != null ? before : after != null && age(text, after) ? null : after;
        return role != null || ofPersonNoun(e, a, lang) ? role : predicate(text, tokens, e, b, lang);
    }

    /**
     * The role a copula right after the name gives, past an age set off by commas (« Nadia Benali, 44 ans, est
     * éducatrice spécialisée au Codase », "Omar Haddad is a nurse"): a noun of a person, no article or an indefinite
     * one before it; else null.
     */
    private Span predicate(String text, List<Token> tokens, TokenEntries e, int b, String lang) {
        int n = tokens.size();
        int k = b;
        if (k < n && Tokens.comma(text, tokens.get(k))) {
            int aged = SetOffAges.past(text, tokens, k + 1);
            if (aged == k + 1) {
                return null;
            }
            k = aged;
        }
        if (k + 1 >= n || !Tokens.isWord(tokens.get(k)) || !CopulaNames.bundled().copula(e.lower(k), lang)) {
            return null;
        }
        k++;
        if (Tokens.isWord(tokens.get(k)) && e.is(Kind.INDEF, k)) {
            k++;
        }
        if (k >= n || !Tokens.isWord(tokens.get(k)) || e.is(Kind.DET, k) || e.head(k) == null) {
            return null;
        }
        return walkRight(text, tokens, e, k, lang, false);
    }


    /**
     * Whether the name at token {@code a} is the complement of a person's noun ("Le père de Leila Z., entendu
     * comme témoin, …", "the lawyer of Adam P., a former judge"): the apposition after it tells who that
     * person is, not who the named one is.
     */
    private boolean ofPersonNoun(TokenEntries e, int a, String lang) {
        return a >= 2 && preposition(e, a - 1, lang) && e.head(a - 2) != null;
    }

    /**
     * Whether a role before the name at tokens {@code [a, b)} lies in a clause that opens its sentence with
     * a preposition, a stop word (selon) or a subordinating conjunction and ends at the comma before the name, or with a
     * participle or a conjunction when a verb follows the name, while no comma closes the name: the clause tells where,
     * to whom or what happened ("In a letter to the judge, Farah described …", "After the strike killed a commander,
     * Bouzidi was held", "Turning to the jury, Omar said"), not who the person is ("Selon la coordinatrice de
     * l'association, Hélène Marchetti, …" keeps its role).
     */
    private boolean sideClause(String text, List<Token> tokens, TokenEntries e, int a, int b, Span role, String lang) {
        int end = Tokens.firstAtOrAfter(tokens, role.end());
        if (end < a && Tokens.comma(text, tokens.get(end)) && !(b < tokens.size() && Tokens.comma(text, tokens.get(b)))
                && SubordinateClauses.bundled().opensSubordinate(text, tokens, Tokens.firstAtOrAfter(tokens, role.start()), lang)) {
            return true; // "After a drone strike killed a local commander, Mr. Bouzidi was held": the commander is another
        }
        if (a == 0 || !Tokens.comma(text, tokens.get(a - 1))) {
            return false;
        }
        if (agentClause(text, tokens, e, a, role) && subjectAfter(text, tokens, e, b)) {
            return true; // "Interrogé par le président, Karim B., 29 ans, a reconnu": the agent is another person
        }
        if (b < tokens.size() && Tokens.comma(text, tokens.get(b))) {
            return false;
        }
        int k = Tokens.firstAtOrAfter(tokens, role.start());
        while (k > 0 && Tokens.isWord(tokens.get(k - 1)) && Tokens.adjacent(text, tokens.get(k - 1), tokens.get(k))) {
            k--;
        }
        if (k >= a || !preposition(e, k, lang) && !e.is(Kind.STOP, k)
                && !(opensFrontedClause(e, k, a, lang) && subjectAfter(text, tokens, e, b))) { // "Selon une source proche de l'enquête, Anis Ouali est …"
            return false;
        }
        return k == 0 || Tokens.opensSentence(text, tokens.get(k - 1), tokens.get(k).start());
    }

    /**
     * Whether token {@code k}, before the name at token {@code a}, opens a clause whose subject is the name after
     * it: a conjunction of time or cause ("When the judge asked him, Omar"), a word of the lexicon's openers
     * ("Speaking to the judge, Farah", « Face à la présidente, Yanis »), or a present participle that heads no
     * role with the opening of its complement after it, behind a reflexive pronoun if one comes first ("Turning to
     * the jury, Omar", « S'adressant à la cour, Yanis »; not "Leading expert Jan Roe", « Étudiant en droit, Karim »).
     */
    private static boolean opensFrontedClause(TokenEntries e, int k, int a, String lang) {
        if (FRONTED.subordinator(e.lower(k), lang)) {
            return true; // "When the judge asked him why, Omar said"
        }
        if (FRONTED.reflexive(e.lower(k), lang) && k + 1 < a) {
            k++;
        }
        if (e.is(Kind.OPENER, k)) {
            return true;
        }
        return k + 1 < a && e.head(k) == null && FRONTED.participle(e.lower(k), e.lower(k + 1), lang);
    }

    /**
     * Whether a role before the name at token {@code a} lies in a participle clause opening its sentence with
     * the participle and an agent's preposition ("Interrogé par le président, …", "Questioned by the judge,
     * …"): the agent is someone else than the clause's subject, which the name after the comma is.
     */
    private static boolean agentClause(String text, List<Token> tokens, TokenEntries e, int a, Span role) {
        int k = Tokens.firstAtOrAfter(tokens, role.start());
        for (int j = k - 1; j >= 1; j--) {
            if (!Tokens.isWord(tokens.get(j))) {
                return false;
            }
            if (e.is(Kind.AGENT, j)) {
                return Tokens.isWord(tokens.get(j - 1)) && (j == 1 || Tokens.opensSentence(text, tokens.get(j - 2), tokens.get(j - 1).start()));
            }
        }
        return false;
    }

    /**
     * Whether the name ending before token {@code b} is its clause's subject: a verb in lower case follows
     * it, perhaps after an age between commas ("Karim B., 29 ans, a reconnu", "Karim Benali, 29, admitted"),
     * where an apposition is followed by the subject or a complement ("le président, Olivier Gautier,
     * l'accusé a …", "the prosecutor, Jonathan Reece QC, about videos …").
     */
    private static boolean subjectAfter(String text, List<Token> tokens, TokenEntries e, int b) {
        int k = b;
        if (k < tokens.size() && Tokens.comma(text, tokens.get(k))) {
            k++;
            if (k < tokens.size() && tokens.get(k).kind() == Token.Kind.NUMBER) {
                int close = k + 1;
                while (close < tokens.size() && close <= k + 3 && !Tokens.comma(text, tokens.get(close))) {
                    close++;
                }
                k = close + 1;
            } else {
                return false;
            }
        }
        if (k >= tokens.size() || !Tokens.isWord(tokens.get(k))) {
            return false;
        }
        String w = tokens.get(k).span().of(text);
        return Character.isLowerCase(w.codePointAt(0)) && !e.is(Kind.DET, k) && !e.is(Kind.INDEF, k)
                && !e.is(Kind.PREP, k) && !e.is(Kind.PRON, k) && !e.is(Kind.REL, k);
    }

    /** Whether a role is only an age: one word with a digit in it or glued to a number before it ("25-year-old"). */
    private static boolean age(String text, Span role) {
        int s = role.start();
        boolean digit = false;
        for (int i = s; i < role.end(); i++) { // read in place
            char c = text.charAt(i);
            if (c == ' ') {
                return false;
            }
            digit |= Character.isDigit(c);
        }
        return digit || s >= 2 && text.charAt(s - 1) == '-' && Character.isDigit(text.charAt(s - 2));
    }

    /** The role a title right before the name at token {@code a} gives ("Me Lucie Jacobs": avocat), or null. */
    String titleRole(TokenEntries e, int a) {
        return a > 0 ? e.titleRole(a - 1) : null;
    }

    private Span before(String text, List<Token> tokens, TokenEntries e, int a, String lang) {
        int k = a - 1;
        if (k >= 0 && e.honorific(k) && !(e.head(k) != null && k > 0 && e.capitalised(k) && e.capitalised(k - 1)
                && !isDeterminer(e, k - 1) && Tokens.adjacent(text, tokens.get(k - 1), tokens.get(k)))) {
            k--; // "son avocat, Me Pieter Van Damme"; not the head of "Detective Chief Superintendent Laura Finch"
        }
        if (k >= 0 && Tokens.comma(text, tokens.get(k))) {
            k--;
        } else if (k >= 0 && Tokens.isWord(tokens.get(k)) && preposition(e, k, lang)) {
            return null; // "la mère de Karim B.", "the lawyer of John D.": the name is the complement
        } else if (k >= 0 && Tokens.isWord(tokens.get(k)) && ("en".equals(lang) || "de".equals(lang))
                && Character.isLowerCase(text.charAt(tokens.get(k).start())) && e.head(k) == null) {
            return null; // "Die Polizei nahm Ali K. fest", "The Home Office stripped Hamza Ali": a verb, no title's noun
        }
        int end = k;
        int start = -1;
        boolean head = false;
        int words = 0;
        while (k >= 0 && words < MAX_WORDS) {
            Token t = tokens.get(k);
            if (k >= 3 && Tokens.is(text, t, ")") && Tokens.is(text, tokens.get(k - 2), "(")
                    && Tokens.acronym(text, tokens.get(k - 1))) {
                k -= 3; // "le directeur de la Direction générale de la sécurité intérieure (DGSI), X"
                continue;
            }
            if (!Tokens.isWord(t) || !Tokens.adjacent(text, t, tokens.get(k + 1))) {
                break;
            }
            boolean joins = start >= 0 && e.is(Kind.CONJ, k) && (isDeterminer(e, k + 1) || e.is(Kind.PREP, k + 1));
            boolean noun = k > 0 && isDeterminer(e, k - 1) && (e.head(k) != null || spokenNoun(e, k, lang));
            if (stops(e, k, lang) && !joins && !noun) { // "l'accusé" is a noun, though "accusé" is also a speech verb
                break;
            }
            if (germanVerb(text, t, e, k, lang)) {
                break; // "Der Angeklagte ließ über seinen Verteidiger Jens Albrecht": the role is "Verteidiger"
            }
            if (isDeterminer(e, k) && !(k > 0 && (e.is(Kind.PREP, k - 1) || e.is(Kind.CONJ, k - 1)))) {
                break;
            }
            if (head && e.is(Kind.POSSESSIVE, k) && !(k >= 2 && e.is(Kind.PREP, k - 1) && e.head(k - 2) != null)) {
                break; // « un appel pour le rapatriement de son fils Aymen »: « fils »; not « l'avocat de sa mère, Me X »
            }
            if (e.head(k) != null) {
                head = true;
            }
            start = k;
            k--;
            words++;
        }
        if (!head || start < 0) {
            return null;
        }
        start = pastAgent(e, start, end); // "The team, led by criminologist Nadia Rahman": "criminologist"
        start = pastFacedPerson(e, start, end, lang); // « l'accusé … face à la présidente de la cour, Hélène M. »
        while (start < end && (e.is(Kind.PREP, start) || isDeterminer(e, start))) {
            start++; // "Pour le chercheur Thomas Reinach": the role is "chercheur"
        }
        return trim(tokens, e, start, end);
    }

    /**
     * The first token of a role walked back from {@code end} to {@code start}, moved to the last person's noun that
     * follows a preposition of {@code role-cuts.txt} and a determiner when another person's noun stands before it
     * (« accusé d'une voix posée face à la présidente de la cour »: « présidente de la cour »); else {@code start}.
     */
    private static int pastFacedPerson(TokenEntries e, int start, int end, String lang) {
        java.util.Set<String> cuts = ROLE_CUTS.getOrDefault(lang, java.util.Set.of());
        boolean head = false;
        int cut = start;
        for (int k = start; k <= end; k++) {
            if (e.head(k) != null) {
                if (head && k >= start + 2 && isDeterminer(e, k - 1) && cuts.contains(e.lower(k - 2))) {
                    cut = k;
                }
                head = true;
            }
        }
        return cut;
    }

    /** The prepositions of {@code role-cuts.txt} by language. */
    private static final java.util.Map<String, java.util.Set<String>> ROLE_CUTS = org.retour.resource.ResourceLines
            .wordsByLanguage(org.retour.resource.ResourceLines.classpath("org/retour/person/role-cuts.txt"));

    /**
     * The first token of a role walked back over words that hold no role's noun before a preposition ("led by
     * criminologist", "written by sociologist"): the words after the preposition; else {@code start}.
     */
    private static int pastAgent(TokenEntries e, int start, int end) {
        for (int k = start; k < end; k++) {
            if (e.head(k) != null) {
                return start; // "director of research": the noun before the preposition heads the role
            }
            if (k > start && (e.is(Kind.PREP, k) || e.is(Kind.AGENT, k))) {
                return k + 1;
            }
        }
        return start;
    }

    private Span after(String text, List<Token> tokens, TokenEntries e, int b, String lang) {
        int n = tokens.size();
        if (b >= n || !Tokens.comma(text, tokens.get(b))) {
            return null;
        }
        int k = b + 1;
        if (k < n && Tokens.isWord(tokens.get(k)) && e.is(Kind.REL, k) && k + 1 < n && e.is(Kind.LEAD, k + 1)) {
            return walkRight(text, tokens, e, k + 1, lang, true);
        }
        if (k < n && Tokens.isWord(tokens.get(k)) && e.is(Kind.DET, k)) {
            k++;
        }
        return walkRight(text, tokens, e, k, lang, false);
    }

    private Span walkRight(String text, List<Token> tokens, TokenEntries e, int from, String lang, boolean relative) {
        int n = tokens.size();
        int k = from;
        int last = -1;
        boolean head = relative;
        while (k < n && k - from < MAX_WORDS) {
            Token t = tokens.get(k);
            if (!Tokens.isWord(t) || k > from && !Tokens.adjacent(text, tokens.get(k - 1), t)) {
                break;
            }
            if (k > from && (stops(e, k, lang) && !(isDeterminer(e, k - 1) && spokenNoun(e, k, lang))
                    || !relative && isDeterminer(e, k) && !e.is(Kind.PREP, k - 1))) {
                break;
            }
            if (!head && e.head(k) != null) {
                head = k - from < HEAD_WITHIN;
            }
            last = k;
            k++;
        }
        if (!head || last < 0) {
            return null;
        }
        return trim(tokens, e, from, last);
    }

    /**
     * Whether token {@code k} of a German text is a word in lower case that no role holds: neither a preposition,
     * a determiner nor a conjunction, and without the ending of an adjective before its noun (-e, -en, -er, -es,
     * -em: "der ehemalige Richter"). German writes its nouns with a capital, so such a word is a verb ("ließ").
     */
    private static boolean germanVerb(String text, Token t, TokenEntries e, int k, String lang) {
        if (!"de".equals(lang) || !Character.isLowerCase(text.charAt(t.start()))
                || e.isAny(k, Kind.PREP, Kind.DET, Kind.CONJ) || e.isAny(k, Kind.PARTICLE, Kind.INDEF, Kind.STOP)) {
            return false;
        }
        String w = e.lower(k);
        return !Tokens.germanAdjectiveEnding(w);
    }

    /** Whether token {@code k} is a preposition, read with a straight apostrophe ("d’" as "d'"). */
    private boolean preposition(TokenEntries e, int k, String lang) {
        String w = e.lower(k);
        return w.indexOf('’') < 0 ? e.is(Kind.PREP, k) : lexicon.is(Kind.PREP, w.replace('’', '\''), lang);
    }

    /** Whether token {@code k} is a determiner ("le", "a", "der") and no preposition. */
    private static boolean isDeterminer(TokenEntries e, int k) {
        return (e.is(Kind.DET, k) || e.is(Kind.INDEF, k)) && !e.is(Kind.PREP, k);
    }

    /**
     * Whether token {@code k}, a speech word after a determiner, is a noun of the role ("le directeur de
     * l'analyse de la menace"): it is neither a stop word nor a relative pronoun.
     */
    private boolean spokenNoun(TokenEntries e, int k, String lang) {
        return !e.is(Kind.STOP, k) && !e.is(Kind.REL, k) && speech.isSpeechWord(e.lower(k), lang);
    }

    /** Whether token {@code k} ends a role: a stop word, a relative pronoun or a speech word. */
    private boolean stops(TokenEntries e, int k, String lang) {
        return e.is(Kind.STOP, k) || e.is(Kind.REL, k) || speech.isSpeechWord(e.lower(k), lang);
    }

    /** The span from token {@code s} to token {@code last}, without trailing prepositions or determiners. */
    private static Span trim(List<Token> tokens, TokenEntries e, int s, int last) {
        int end = last;
        while (end > s && (e.is(Kind.PREP, end) || e.is(Kind.DET, end))) {
            end--;
        }
        return new Span(tokens.get(s).start(), tokens.get(end).end());
    }
}
