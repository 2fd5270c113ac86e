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
    static final int MAX_WORDS = 12;
    /** How far into a role after a name its head noun may come. */
    static final int HEAD_WITHIN = 4;

    private final PersonLexicon lexicon;
    private final SpeechWords speech;

    public AppositionRoles(PersonLexicon lexicon, SpeechWords speech) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.speech = Objects.requireNonNull(speech);
    }

    /** The role around the name made of tokens {@code [a, b)}, or null. */
    public Span roleAround(String text, List<Token> tokens, int a, int b, String lang) {
        Span before = before(text, tokens, a, lang);
        if (before != null && age(text, before)) {
            before = null; // "the 25-year-old, Tariq Hamdan": an age is no role
        }
        Span after = before != null ? null : after(text, tokens, b, lang);
        return before != null ? before : after != null && age(text, after) ? null : after;
    }

    /** Whether a role is only an age: one word with a digit in it or glued to a number before it ("25-year-old"). */
    private static boolean age(String text, Span role) {
        String w = role.of(text);
        if (w.indexOf(' ') >= 0) {
            return false;
        }
        int s = role.start();
        boolean glued = s >= 2 && text.charAt(s - 1) == '-' && Character.isDigit(text.charAt(s - 2));
        return glued || w.chars().anyMatch(Character::isDigit);
    }

    /** The role a title right before the name at token {@code a} gives ("Me Lucie Jacobs": avocat), or null. */
    public String titleRole(String text, List<Token> tokens, int a, String lang) {
        return a > 0 ? lexicon.titleRole(tokens.get(a - 1).span().of(text), lang) : null;
    }

    private Span before(String text, List<Token> tokens, int a, String lang) {
        int k = a - 1;
        if (k >= 0 && lexicon.is(Kind.HONORIFIC, tokens.get(k).span().of(text), lang)) {
            k--; // "son avocat, Me Pieter Van Damme"
        }
        if (k >= 0 && Tokens.is(text, tokens.get(k), ",")) {
            k--;
        } else if (k >= 0 && Tokens.isWord(tokens.get(k))
                && lexicon.is(Kind.PREP, Tokens.lower(text, tokens.get(k)).replace('’', '\''), lang)) {
            return null; // "la mère de Karim B.", "the lawyer of John D.": the name is the complement
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
            String w = Tokens.lower(text, t);
            boolean joins = start >= 0 && isConjunction(w, lang) && (isDeterminer(Tokens.lower(text, tokens.get(k + 1)), lang)
                    || lexicon.is(Kind.PREP, Tokens.lower(text, tokens.get(k + 1)), lang));
            boolean noun = lexicon.head(w, lang) != null && k > 0 && isDeterminer(Tokens.lower(text, tokens.get(k - 1)), lang);
            if (stops(w, lang) && !joins && !noun) { // "l'accusé" is a noun, though "accusé" is also a speech verb
                break;
            }
            if (isDeterminer(w, lang)
                    && !(k > 0 && (lexicon.is(Kind.PREP, Tokens.lower(text, tokens.get(k - 1)), lang)
                    || isConjunction(Tokens.lower(text, tokens.get(k - 1)), lang)))) {
                break;
            }
            if (lexicon.head(w, lang) != null) {
                head = true;
            }
            start = k;
            k--;
            words++;
        }
        if (!head || start < 0) {
            return null;
        }
        while (start < end && (lexicon.is(Kind.PREP, Tokens.lower(text, tokens.get(start)), lang)
                || isDeterminer(Tokens.lower(text, tokens.get(start)), lang))) {
            start++; // "Pour le chercheur Thomas Reinach": the role is "chercheur"
        }
        return trim(text, tokens, start, end, lang);
    }

    private Span after(String text, List<Token> tokens, int b, String lang) {
        int n = tokens.size();
        if (b >= n || !Tokens.is(text, tokens.get(b), ",")) {
            return null;
        }
        int k = b + 1;
        if (k < n && Tokens.isWord(tokens.get(k)) && lexicon.is(Kind.REL, Tokens.lower(text, tokens.get(k)), lang)
                && k + 1 < n && lexicon.is(Kind.LEAD, Tokens.lower(text, tokens.get(k + 1)), lang)) {
            return walkRight(text, tokens, k + 1, lang, true);
        }
        if (k < n && Tokens.isWord(tokens.get(k)) && lexicon.is(Kind.DET, Tokens.lower(text, tokens.get(k)), lang)) {
            k++;
        }
        return walkRight(text, tokens, k, lang, false);
    }

    private Span walkRight(String text, List<Token> tokens, int from, String lang, boolean relative) {
        int n = tokens.size();
        int k = from;
        int last = -1;
        boolean head = relative;
        while (k < n && k - from < MAX_WORDS) {
            Token t = tokens.get(k);
            if (!Tokens.isWord(t) || k > from && !Tokens.adjacent(text, tokens.get(k - 1), t)) {
                break;
            }
            String w = Tokens.lower(text, t);
            if (k > from && (stops(w, lang) || !relative && isDeterminer(w, lang) && !lexicon.is(Kind.PREP,
                    Tokens.lower(text, tokens.get(k - 1)), lang))) {
                break;
            }
            if (!head && lexicon.head(w, lang) != null) {
                head = k - from < HEAD_WITHIN;
            }
            last = k;
            k++;
        }
        if (!head || last < 0) {
            return null;
        }
        return trim(text, tokens, from, last, lang);
    }

    /** Whether {@code w} joins two parts of one role ("de la défense et de la sécurité"). */
    private boolean isConjunction(String w, String lang) {
        return lexicon.is(Kind.CONJ, w, lang);
    }

    private boolean isDeterminer(String w, String lang) {
        return (lexicon.is(Kind.DET, w, lang) || lexicon.is(Kind.INDEF, w, lang)) && !lexicon.is(Kind.PREP, w, lang);
    }

    private boolean stops(String w, String lang) {
        return lexicon.is(Kind.STOP, w, lang) || lexicon.is(Kind.REL, w, lang) || speech.isSpeechWord(w, lang);
    }

    /** The span from token {@code s} to token {@code e}, without trailing prepositions or determiners. */
    private Span trim(String text, List<Token> tokens, int s, int e, String lang) {
        while (e > s) {
            String w = Tokens.lower(text, tokens.get(e));
            if (lexicon.is(Kind.PREP, w, lang) || lexicon.is(Kind.DET, w, lang)) {
                e--;
            } else {
                break;
            }
        }
        return new Span(tokens.get(s).span().start(), tokens.get(e).span().end());
    }
}
