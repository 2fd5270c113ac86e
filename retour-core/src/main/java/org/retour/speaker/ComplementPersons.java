package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.person.Gender;
import org.retour.person.PersonDescription;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.resource.GrammarWords;
import org.retour.resource.ResourceLines;

/**
 * The person of a description's complement (« le père de l'accusé », « l'avocat de Karim », "the mother of the
 * accused"), also when the preposition is an article that opens the complement itself (« la mère du prévenu », „die
 * Mutter des Angeklagten“): the description stands for someone else, so a definite description is never read as that
 * person. The prepositions come from {@code noun-complements.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class ComplementPersons {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/noun-complements.txt";
    /** How many tokens may stand between the preposition and the person's mention (an elided article). */
    private static final int ARTICLE_TOKENS = 1;
    /** How many characters after the preposition the person's mention is looked for: a bounded window. */
    private static final int REACH = 60;

    private static final GrammarWords GRAMMAR = GrammarWords.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();
    private static final ComplementPersons BUNDLED = new ComplementPersons(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    ComplementPersons(List<String> lines) {
        this.byLanguage = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled prepositions. */
    static ComplementPersons bundled() {
        return BUNDLED;
    }

    /**
     * The person named or definitely described as the complement right after description {@code r}, or null: an
     * indefinite complement (« l'ancienne épouse d'un combattant ») tells of no one the text has in view.
     */
    Referent of(SpeakerDocument d, Referent r) {
        Set<String> prepositions = byLanguage.get(d.lang);
        if (prepositions == null || r == null || r.description() == null) {
            return null;
        }
        Referent owner = owner(d, r);
        if (owner != null) {
            return owner; // "Doyle's probation officer": someone of Doyle's
        }
        int k = d.tokenAt(r.span().end());
        if (k >= d.tokens.size() || !prepositions.contains(d.lower(k))
                || !QuoteOffsets.blank(d.text, r.span().end(), d.tokens.get(k).span().start())) {
            return null;
        }
        int from = d.tokens.get(k).span().start(); // « du prévenu », „des Angeklagten“: the article opens the complement
        List<Referent> after = d.referents.within(from, Math.min(d.text.length(), from + REACH));
        if (after.isEmpty() || d.tokenAt(after.get(0).span().start()) > k + 1 + ARTICLE_TOKENS) {
            return personNoun(d, k); // „die Mutter des Angeklagten“: an inflected noun no description holds
        }
        Referent of = after.get(0);
        return of.person() != null || of.description().definite() ? of : null; // not "l'épouse d'un combattant"
    }

    /** The gender of a lower-cased person noun, as written or in a base form ("angeklagten"), or null. */
    private static Gender personGender(String w, String lang) {
        Gender g = LEXICON.head(w, lang);
        for (String stem : g != null ? List.<String>of() : Inflection.stems(w, lang)) {
            g = g != null ? g : LEXICON.head(stem, lang);
        }
        return g;
    }

    /**
     * Whether a description before the definite description {@code r}, within {@link CueSpeakerResolver#NAMED_REACH}
     * characters, shares its noun and has {@code person} as its possessor or complement ("Khan’s father, who …" …
     * "the father said"; « le père de Karim » … « le père »): {@code r} is that person's kin, not that person.
     */
    boolean ownsEarlier(SpeakerDocument d, Referent r, Entity person) {
        if (r.description() == null || person == null) {
            return false;
        }
        for (Referent e : d.referents.within(Math.max(0, r.span().start() - CueSpeakerResolver.NAMED_REACH), r.span().start())) {
            if (e.person() == null && e.description() != null
                    && Inflection.shareNoun(e.description().role(), r.description().role(), d.lang)) {
                Referent of = of(d, e);
                if (of != null && of.person() == person) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person named in the English possessive right before description {@code r} ("Doyle's probation officer"), or null. */
    private static Referent owner(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        if (k < 0 || !ParagraphFloor.owner(d, k)) {
            return null;
        }
        int end = d.tokens.get(k).span().end();
        List<Referent> named = d.referents.within(Math.max(0, end - REACH), end); // "Abu Faisal’s": the name ends at the "’s"
        Referent last = named.isEmpty() ? null : named.get(named.size() - 1);
        return last != null && last.span().end() == end - 2 ? last : null;
    }

    /**
     * The person a definite article and a noun of a person, as written or in a base form, name right after the
     * preposition at token {@code k} (« de la détenue », "of the accused"); a preposition that is no plain {@code of}
     * is the article itself (« du détenu », „des Angeklagten“); else null.
     */
    private static Referent personNoun(SpeakerDocument d, int k) {
        int noun = GRAMMAR.of(GrammarWords.Kind.OF, d.lang).contains(d.lower(k)) ? k + 2 : k + 1; // « de la », "of the"
        if (noun >= d.tokens.size() || noun == k + 2 && !GRAMMAR.in(d.lang, GrammarWords.Kind.DEFINITE,
                GrammarWords.Kind.PLURAL).contains(d.lower(k + 1)) || d.lower(noun) == null
                || !QuoteOffsets.blank(d.text, d.tokens.get(noun - 1).span().end(), d.tokens.get(noun).span().start())) {
            return null;
        }
        Gender g = personGender(d.lower(noun), d.lang);
        if (g == null) {
            return null;
        }
        Span span = new Span(d.tokens.get(noun - 1).span().start(),
                d.tokens.get(noun).span().end());
        return new Referent(span, null, new PersonDescription(span, span.of(d.text),
                d.tokens.get(noun).span().of(d.text), g, true), g);
    }
}
