package org.retour.speaker;

import java.util.Locale;
import java.util.Set;
import org.retour.model.Speaker;
import org.retour.resource.GrammarWords;

/**
 * Finds the organisation a cue's pronoun or plain noun of a state body takes up from the sentence before: « Le
 * parquet de Paris se veut rassurant. Dans un communiqué, il indique que « … » », « Affaires mondiales Canada s'en
 * tient à sa ligne. « … », a indiqué le ministère ». The organisation opens that sentence, past a short phrase
 * closed by a comma or not (« Contacté par Mediapart, le ministère de la Justice indique que … . Il précise que
 * « … » »), in the cue's paragraph, and no person is mentioned between it and the cue. A pronoun inverted after its
 * verb also takes up the organisation that opens the cue's own sentence (« Le parquet de Paris « ne commente pas »,
 * indique-t-il »). One of the bodies {@link BodySpeakers} weighs.
 *
 * <p>Stateless and thread-safe.
 */
final class OrganisationSubjects {

    /** Articles that may stand before an organisation at the head of a sentence or before a body's noun. */
    private static final Set<String> ARTICLES = GrammarWords.bundled().anyLanguage(
            GrammarWords.Kind.DEFINITE, GrammarWords.Kind.PLURAL);

    private OrganisationSubjects() {
    }

    /** The organisation the cue {@code cue} takes up, or null. */
    static Speaker takenUp(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || !(cue.pronoun() != null ? !cue.pronoun().pronoun().plural() : bodyAfter(d, cue))) {
            return null;
        }
        int own = SpeakerSentences.sentenceStart(d, cue.span().start());
        if (cue.pronoun() != null && cue.pronoun().span().start() > cue.span().start()
                && d.referents.within(own, cue.span().start()).isEmpty()) {
            for (SpeakerDocument.OrganisationMention o : d.orgs) { // « Le parquet « … », indique-t-il »: its own sentence
                if (o.span().start() >= cue.span().start()) {
                    break;
                }
                if (o.span().start() >= own && opensQuote(d.text, o.span().end(), cue.span().start())
                        && opens(d.text.substring(own, o.span().start()).strip().toLowerCase(Locale.ROOT))) {
                    return CueFinder.organisationSpeaker(d, o.entity(), o.span());
                }
            }
        }
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(cue.span().start())));
        if (previous < 0 || !d.referents.within(previous, cue.span().start()).isEmpty()) {
            return null;
        }
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() >= previous && o.span().start() < own && !d.quoted(o.span()) // not « Nous, la DGSI … »
                    && opens(d.text.substring(previous, o.span().start()).strip().toLowerCase(Locale.ROOT))) {
                return CueFinder.organisationSpeaker(d, o.entity(), o.span());
            }
        }
        return null;
    }

    /** Whether a quotation mark opens in {@code text[from, to)}: the organisation stands before the quote, not in it. */
    static boolean opensQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“' || c == '„' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** The most characters of a phrase that opens the sentence before its organisation subject. */
    static final int OPENING_PHRASE = 80;

    /**
     * Whether the words before an organisation make it the subject that opens its sentence: an article or nothing,
     * after a short phrase closed by a comma or not (« Contacté par Mediapart, le ministère de la Justice indique »).
     */
    static boolean opens(String head) {
        int comma = head.lastIndexOf(',');
        if (comma < 0) {
            return blankOrArticle(head);
        }
        String phrase = head.substring(0, comma);
        return comma <= OPENING_PHRASE && blankOrArticle(head.substring(comma + 1).strip())
                && phrase.chars().noneMatch(c -> c == '«' || c == '"' || c == '“' || c == '„' || c == ':');
    }

    /** Whether an article and a state body's noun follow the cue's verb with no organisation named there (« a indiqué le ministère »). */
    private static boolean bodyAfter(SpeakerDocument d, CueMatch cue) {
        int k = cue.last() + 1;
        if (k + 1 >= d.tokens.size() || !ARTICLES.contains(d.lower(k)) || CueFinder.organisationAt(d, cue) != null) {
            return false;
        }
        return d.voices.stateBody(d.lower(k + 1), d.lang);
    }

    /** Whether a word is nothing or a definite article. */
    private static boolean blankOrArticle(String w) {
        return w.isEmpty() || ARTICLES.contains(w);
    }
}
