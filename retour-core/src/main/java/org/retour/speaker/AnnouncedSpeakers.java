package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The person a paragraph announces as the next speaker: named right before a verb of coming to speak in its last
 * sentence, after the last speaker's words (« « … », se souvient l'éducateur. Il a fallu des mois pour que Yanis
 * parle de Deir ez-Zor. » then « Quand il le fait, devant nous, c'est pour raconter … « … » »: Yanis, not the
 * educator). A subject pronoun of the next paragraph, before anyone else is named there or described with an article
 * (« un homme violent » is said of someone), stands for them. The verbs come from {@code announced-speech.txt}.
 *
 * <p>Reads the tokens of one sentence: linear in the text. Immutable and thread-safe.
 */
final class AnnouncedSpeakers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/announced-speech.txt";
    /** How many words (an auxiliary, an adverb) may stand between the one named and the verb. */
    private static final int BETWEEN_WORDS = 2;

    private static final AnnouncedSpeakers BUNDLED = new AnnouncedSpeakers(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> verbs;

    AnnouncedSpeakers(List<String> lines) {
        this.verbs = ResourceLines.byLanguage(lines, true);
    }

    static AnnouncedSpeakers bundled() {
        return BUNDLED;
    }

    /** The person announced at the end of the paragraph before the pronoun {@code p} at {@code at}, or null. */
    Referent announced(SpeakerDocument d, SubjectRules rules, int at, Pronoun p) {
        Set<String> words = verbs.get(d.lang);
        int paragraph = d.paragraph(at);
        if (words == null || paragraph == 0 || d.lastSpeaker == null || d.lastParagraph != paragraph - 1) {
            return null;
        }
        int start = d.paragraphStarts.get(paragraph);
        for (Referent r : d.referents.within(start, at)) {
            if (r.person() != null || r.description() != null && r.description().definite()) {
                return null; // the pronoun's own paragraph names someone first, or describes them ("L'éducateur sourit.")
            }
        }
        int end = QuoteOffsets.lastNonBlankBefore(d.text, start);
        if (end < 0) {
            return null;
        }
        int sentence = Math.max(SpeakerSentences.sentenceStart(d, end), d.lastEnd);
        Referent found = null;
        for (Referent r : d.referents.within(sentence, end + 1)) {
            if (r.person() == null || SpeakerDocument.same(r, d.lastSpeaker) || !r.gender().compatible(p.gender())
                    || SubjectRules.possessive(d, r) || !verbAfter(d, r, words, end)) {
                continue;
            }
            if (found != null && found.person() != r.person()) {
                return null;
            }
            found = r;
        }
        return found;
    }

    /**
     * The person named at the head of the sentence right before the one at {@code sentenceStart}, within the paragraph
     * text from {@code p}, whom one of the verbs follows (« La présidente insiste sur la vie à Raqqa. Sabrina Lahlou parle
     * d'un appartement sans vitres. « … » », "Amal talks about the winter. “…”"): the quote that opens the next sentence
     * is what they say, not the words of an earlier cue; else null.
     */
    Referent talker(SpeakerDocument d, int p, int sentenceStart) {
        Set<String> words = verbs.get(d.lang);
        if (words == null || sentenceStart <= 0) {
            return null;
        }
        int previous = SpeakerSentences.sentenceStart(d, sentenceStart - 1);
        if (previous < p || previous >= sentenceStart) {
            return null;
        }
        List<Referent> refs = d.referents.within(previous, sentenceStart);
        Referent r = refs.isEmpty() ? null : refs.get(0);
        return r != null && r.person() != null && SpeakerSentences.wordsBefore(d, r.span().start()) == 0
                && !SubjectRules.possessive(d, r) && verbAfter(d, r, words, sentenceStart - 1) ? r : null;
    }

    /** Whether one of {@code words} follows the person at most {@link #BETWEEN_WORDS} words after them, before {@code end}. */
    private static boolean verbAfter(SpeakerDocument d, Referent r, Set<String> words, int end) {
        int k = d.tokenAt(r.span().end());
        for (int n = 0; k < d.tokens.size() && n <= BETWEEN_WORDS && d.tokens.get(k).span().start() <= end; k++, n++) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                return false;
            }
            if (words.contains(d.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
