package org.retour.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * Links third-person singular pronouns outside quotes (il, elle, he, she, er, sie, هو, هي, and the
 * "-t-il" of an inverted verb) to the most recent person of a compatible gender, as PRONOUN mentions.
 * A pronoun whose most recent compatible referent is an unnamed person stays unlinked; so do the
 * impersonal "il y a", "il faut", and a German "sie" without a known woman to refer to.
 *
 * <p>Linear in the tokens. Thread-safe.
 */
public final class PronounLinker {

    /** Mentions in the order of their spans, as {@link Span#compareTo} orders them. */
    private static final Comparator<Mention> BY_SPAN = (a, b) -> a.span().compareTo(b.span());

    /** No pronoun without a hyphen is longer than this. */
    static final int MAX_PLAIN_PRONOUN = 5;

    private final PersonLexicon lexicon;

    public PronounLinker(PersonLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /** A pronoun in the text: where it is and what it is. */
    public record Found(Span span, Pronoun pronoun) {
    }

    /** The pronoun the token is or ends with ("ajouta-t-il"), or null. */
    public Found pronounIn(String text, List<Token> tokens, int k, String lang) {
        return pronounIn(text, tokens, (String[]) null, k, lang);
    }

    /** As {@link #pronounIn(String, List, int, String)}, with the tokens' lower-cased text when known. */
    public Found pronounIn(String text, List<Token> tokens, String[] lower, int k, String lang) {
        Token t = tokens.get(k);
        if (cannotBe(text, t)) {
            return null;
        }
        String w = Tokens.lower(text, tokens, lower, k);
        Pronoun p = lexicon.pronoun(w, lang);
        if (p != null) {
            if (w.equals("il") && impersonal(k, tokens.size(),
                    j -> lexicon.is(Kind.REFLEXIVE, Tokens.lower(text, tokens, lower, j), lang),
                    j -> lexicon.is(Kind.IMPERSONAL, Tokens.lower(text, tokens, lower, j), lang))) {
                return null;
            }
            return new Found(t.span(), p);
        }
        return afterHyphen(t, w, lang);
    }

    /** As {@link #pronounIn(String, List, int, String)}, with the lexicon's entries of the same tokens in {@code lang}. */
    Found pronounIn(String text, List<Token> tokens, TokenEntries entries, int k, String lang) {
        if (!entries.isWord(k)) {
            return null;
        }
        // as cannotBe: a long word without a hyphen is no pronoun when a hyphen of the text follows it
        int end = entries.end(k);
        int hyphen = entries.nextHyphen(k);
        if (end - entries.start(k) > MAX_PLAIN_PRONOUN && hyphen >= end && hyphen < text.length()) {
            return null;
        }
        String w = entries.lower(k);
        Pronoun p = entries.pronoun(k);
        if (p != null) {
            if (w.equals("il") && impersonal(k, tokens.size(), j -> entries.is(Kind.REFLEXIVE, j),
                    j -> entries.is(Kind.IMPERSONAL, j))) {
                return null;
            }
            return new Found(tokens.get(k).span(), p);
        }
        // most words have no hyphen, which the text tells without a search of the lower-cased word
        return hyphen < end ? afterHyphen(tokens.get(k), w, lang) : null;
    }

    /**
     * Whether « il » at token {@code k} of {@code size} tokens is impersonal: the word after it, or after the reflexive
     * pronoun that follows it, makes it so (« il y a », « il faut », « il s'agit »; not « il s'assoit »).
     */
    private static boolean impersonal(int k, int size, java.util.function.IntPredicate reflexive,
                                      java.util.function.IntPredicate impersonal) {
        int next = k + 1 < size && reflexive.test(k + 1) ? k + 2 : k + 1;
        return next < size && impersonal.test(next);
    }

    /**
     * The third-person pronoun a capitalised stressed pronoun at the head of a sentence stands for as the
     * subject of the verb after it (« Lui assure n'avoir … », « Lui dit avoir été … »: he), or null.
     */
    public Found stressedSubject(String text, List<Token> tokens, String[] lower, int k, String lang) {
        if (k < 0 || k >= tokens.size() || !Tokens.isWord(tokens.get(k))
                || !Character.isUpperCase(text.charAt(tokens.get(k).span().start()))
                || k > 0 && !Tokens.is(text, tokens.get(k - 1), ".") && !Tokens.is(text, tokens.get(k - 1), "!")
                && !Tokens.is(text, tokens.get(k - 1), "?")) {
            return null;
        }
        Pronoun p = lexicon.stressed(Tokens.lower(text, tokens, lower, k), lang);
        return p == null ? null : new Found(tokens.get(k).span(), p);
    }

    /** Whether the token is surely no pronoun: no word, or a long word without a hyphen before the text's last hyphen. */
    private boolean cannotBe(String text, Token t) {
        return t.kind() != Token.Kind.WORD || t.length() > MAX_PLAIN_PRONOUN
                && !hyphenWithin(text, t.start(), t.end()) && lastHyphen(text) >= t.end();
    }

    /** The pronoun after the last hyphen of the token {@code t}, lower-cased {@code w} ("ajouta-t-il"), or null. */
    private Found afterHyphen(Token t, String w, String lang) {
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1) {
            Pronoun p = lexicon.pronoun(w.substring(dash + 1), lang);
            if (p != null) {
                return new Found(new Span(t.start() + dash + 1, t.end()), p);
            }
        }
        return null;
    }

    /** Whether a hyphen stands in {@code text[from, to)}. */
    private static boolean hyphenWithin(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /** Where the last hyphen of a text stands (-1 when it has none), as found for the text asked last. */
    private record LastHyphen(String text, int at) {
    }

    /** The last hyphen of the text asked for last: the words of one text are asked for in a row. */
    private LastHyphen lastHyphen = new LastHyphen(null, -1);

    /** The offset of the last hyphen of {@code text}, or -1. */
    private int lastHyphen(String text) {
        LastHyphen l = lastHyphen;
        if (l.text() != text) {
            l = new LastHyphen(text, text.lastIndexOf('-'));
            lastHyphen = l;
        }
        return l.at();
    }

    /** The persons with the pronouns outside {@code quotes} linked to them. */
    public List<Entity> link(String text, List<Token> tokens, String[] lower, List<Entity> persons,
                             Referents referents, List<Span> quotes, String lang) {
        return link(text, tokens, new TokenEntries(lexicon, lang, text, tokens, lower, null), persons, referents,
                quotes, lang);
    }

    /** As {@link #link}, with the lexicon's entries of the same tokens in {@code lang}. */
    List<Entity> link(String text, List<Token> tokens, TokenEntries entries, List<Entity> persons,
                      Referents referents, List<Span> quotes, String lang) {
        Map<Entity, List<Mention>> added = null; // made at the first pronoun linked: many documents link none
        for (int k = 0; k < tokens.size(); k++) {
            Found f = pronounIn(text, tokens, entries, k, lang);
            if (f == null || f.pronoun().plural() || Referents.inside(quotes, f.span())) {
                continue;
            }
            Referents.Referent r = referents.mostRecent(f.span().start(), f.pronoun().gender());
            if (r == null || r.person() == null) {
                continue;
            }
            if ("de".equals(lang) && f.pronoun().gender() == Gender.FEMALE && r.gender() != Gender.FEMALE) {
                continue;
            }
            if (added == null) {
                added = new IdentityHashMap<>();
            }
            added.computeIfAbsent(r.person(), e -> new ArrayList<>())
                    .add(new Mention(f.span(), f.span().of(text), Mention.Kind.PRONOUN));
        }
        if (added == null) {
            return persons;
        }
        List<Entity> out = new ArrayList<>(persons.size());
        for (Entity e : persons) {
            List<Mention> more = added.get(e);
            if (more == null) {
                out.add(e);
                continue;
            }
            List<Mention> all = new ArrayList<>(e.mentions());
            all.addAll(more);
            all.sort(BY_SPAN);
            out.add(new Entity(e.id(), e.type(), e.canonical(), e.aliases(), e.role(), e.country(), all));
        }
        return out;
    }
}
