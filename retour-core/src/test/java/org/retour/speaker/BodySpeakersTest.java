package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.person.PronounLinker;
import org.retour.quote.TestPipelines;

/**
 * Words read in a report named the sentence before are its author's, the quote after them in the paragraph goes on
 * with the author's words, and a quote of a later paragraph with no cue has no body for speaker.
 */
class BodySpeakersTest {

    private static final SpeechCues CUES = SpeechCues.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    @Test
    void wordsReadInAReportThenTheQuoteAfterThemAreTheAuthorsAndAQuoteOfALaterParagraphIsNobodys() {
        String text = "Amnesty International a publié mardi un rapport sur les camps du nord-est syrien. On y lit que"
                + " « les détenus manquent de tout ». « Les enfants meurent de froid. »\n\nUn autre jour. « Rien ne"
                + " change. »";
        SpeakerDocument d = new SpeakerDocument(TestPipelines.analyze(text, "fr"), new DescriptionFinder(LEXICON, CUES),
                LEXICON, VoiceLexicon.bundled());
        BodySpeakers bodies = bodies();

        BodySpeakers.Body read = speaking(bodies, d, text, 0, false);
        assertThat(read).isInstanceOf(BodySpeakers.Body.Words.class);
        assertThat(((BodySpeakers.Body.Words) read).body().name()).isEqualTo("Amnesty International");

        BodySpeakers.Body goesOn = speaking(bodies, d, text, 1, true);
        assertThat(goesOn).isEqualTo(read);

        assertThat(speaking(bodies, d, text, 2, true)).isInstanceOf(BodySpeakers.Body.Nobody.class);
        assertThat(d.lastOrganisation).isNull();
    }

    private static BodySpeakers.Body speaking(BodySpeakers bodies, SpeakerDocument d, String text, int nth,
                                              boolean startsSentence) {
        int open = -1;
        for (int i = 0; i <= nth; i++) {
            open = text.indexOf('«', open + 1);
        }
        int outer = text.indexOf('»', open) + 1;
        return bodies.speaking(d, null, null, null, null, startsSentence, open, outer);
    }

    private static BodySpeakers bodies() {
        PronounLinker pronouns = new PronounLinker(LEXICON);
        SubjectRules subjects = new SubjectRules(CUES, LEXICON, pronouns);
        DefiniteReferents definite = new DefiniteReferents(subjects);
        return new BodySpeakers(new PronounSpeakers(subjects, pronouns, definite, CUES));
    }
}
