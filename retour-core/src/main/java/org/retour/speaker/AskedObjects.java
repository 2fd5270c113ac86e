package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The one a question was put to when an object pronoun names them before the verb of asking ("Sabrina L. a relevé
 * la tête quand la présidente lui a demandé pourquoi … « … », répond-elle"): the person named before the asker in
 * that stretch of text, who answers next. The words come from {@code asked-objects.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class AskedObjects {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/asked-objects.txt";

    /** What a word of the resource is. */
    enum Kind { OBJECT, AUX, DATIVE }

    /** How many mentions before the asker the one asked is looked for: a bounded window. */
    private static final int MAX_MENTIONS = 8;
    /** How many tokens before a quote a verb of asking is looked for. */
    private static final int MAX_TOKENS = 60;

    private final Map<String, Map<String, Kind>> byLanguage;
    private final Exchanges exchanges;

    AskedObjects(List<String> lines, Exchanges exchanges) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "asked-objects", false);
        this.exchanges = exchanges;
    }

    /** The bundled words. */
    static AskedObjects bundled(Exchanges exchanges) {
        return new AskedObjects(ResourceLines.classpath(RESOURCE), exchanges);
    }

    /**
     * The one who answers a reply cue whose pronoun has {@code gender} for the quote at {@code open}: when the last
     * verb of asking before it in its paragraph (or the paragraph before, when the quote opens its own) has an
     * object pronoun before it, the last person of that gender named before the asker, who is not the asker; else
     * null, also when that verb lies inside the marks of a quote. {@code named} gives the person a description stands for.
     */
    Referent asked(SpeakerDocument d, int open, Gender gender, UnaryOperator<Referent> named) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        if (words == null) {
            return null;
        }
        int paragraph = d.paragraph(open);
        int from = d.paragraphStarts.get(paragraph);
        if (paragraph > 0 && QuoteOffsets.blank(d.text, from, open)) {
            from = d.paragraphStarts.get(paragraph - 1);
        }
        int k = exchanges.ask(d, d.tokenAt(from), d.tokenAt(open));
        if (k >= 0 && paragraph > 0 && from == d.paragraphStarts.get(paragraph)
                && SpeakerSentences.sentenceStart(d, d.tokens.get(k).span().start()) <= from) {
            from = d.paragraphStarts.get(paragraph - 1); // "La présidente, X, l'interroge …" opens it: the one asked before
        }
        if (k >= 0 && QuoteOffsets.insideMarks(d.text, from, d.tokens.get(k).span().start())) {
            return null; // "estime que son client « a fait tout ce qu'on lui a demandé »": the quote's own words ask nothing
        }
        return k < 0 ? null : addressee(d, from, k, gender, named, true);
    }

    /**
     * The one who answers a quote that opens its sentence with no cue, is no question and follows, in the text
     * from {@code p} to {@code sentenceStart}, a verb of asking with an object pronoun before it (« La procureure,
     * Aurélie S., l'interroge sur son départ. L'intéressé hésite. « … » »): the last person named before the asker,
     * in the paragraph or the one before; else null.
     */
    Referent answering(SpeakerDocument d, int p, int sentenceStart, UnaryOperator<Referent> named) {
        if (!byLanguage.containsKey(d.lang) || p >= sentenceStart) {
            return null;
        }
        int last = d.tokenAt(sentenceStart);
        int k = exchanges.ask(d, Math.max(d.tokenAt(p), last - MAX_TOKENS), last);
        if (k < 0) {
            return null;
        }
        int paragraph = d.paragraph(sentenceStart);
        int from = d.paragraphStarts.get(paragraph > 0 ? paragraph - 1 : paragraph);
        return addressee(d, from, k, Gender.UNKNOWN, named, false);
    }

    /**
     * The person named before the asker of the verb of asking at token {@code k}, from {@code from}, when an
     * object pronoun stands before that verb; the asker is the last mention before the pronoun in its sentence
     * and must be a person when {@code namedAsker}; else null.
     */
    private Referent addressee(SpeakerDocument d, int from, int k, Gender gender, UnaryOperator<Referent> named,
            boolean namedAsker) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        int first = d.tokenAt(from);
        int object = k - 1;
        if (object > first && words.get(d.lower(object)) == Kind.AUX) {
            object--;
        }
        if (object < first || !Tokens.isWord(d.tokens.get(object)) || words.get(d.lower(object)) != Kind.OBJECT) {
            return dative(d, k, gender, named);
        }
        int at = d.tokens.get(object).span().start();
        List<Referent> before = d.referents.within(Math.max(from, SpeakerSentences.sentenceStart(d, at)), at);
        if (before.isEmpty()) {
            return null;
        }
        Referent asker = named.apply(before.get(before.size() - 1));
        if (asker == null || namedAsker && asker.person() == null) {
            return null;
        }
        List<Referent> earlier = d.referents.within(from, before.get(before.size() - 1).span().start());
        for (int i = earlier.size() - 1, seen = 0; i >= 0 && seen < MAX_MENTIONS; i--, seen++) {
            Referent r = named.apply(earlier.get(i));
            if (r != null && r.person() != null && !SpeakerDocument.same(r, asker) && r.gender().compatible(gender)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The person named right after the preposition that follows the verb of asking at token {@code k} (« un juré
     * demande à Karim Benali s'il a eu peur »), who answers next; else null.
     */
    private Referent dative(SpeakerDocument d, int k, Gender gender, UnaryOperator<Referent> named) {
        int prep = k + 1;
        if (prep + 1 >= d.tokens.size() || !Tokens.isWord(d.tokens.get(prep))
                || byLanguage.get(d.lang).get(d.lower(prep)) != Kind.DATIVE) {
            return null;
        }
        int at = d.tokens.get(prep + 1).span().start();
        List<Referent> after = d.referents.within(at, SpeakerSentences.sentenceEnd(d, at));
        Referent r = after.isEmpty() ? null : named.apply(after.get(0));
        return r != null && r.person() != null && r.span().start() == at && r.gender().compatible(gender) ? r : null;
    }
}
