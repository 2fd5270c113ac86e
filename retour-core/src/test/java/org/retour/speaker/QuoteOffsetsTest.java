package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.quote.TestPipelines;

/** The offset helpers around a quote's marks. */
class QuoteOffsetsTest {

    private static boolean closes(String text) {
        int close = text.indexOf('»');
        return QuoteOffsets.closesSentence(text, close, close + 1);
    }

    @Test
    void aQuoteEndingASentenceBeforeACapitalClosesIt() {
        assertThat(closes("L'accusé baisse les yeux. « Je regrette. » La présidente insiste.")).isTrue();
    }

    @Test
    void aQuoteWithoutFinalPunctuationOrBeforeALowerCaseWordDoesNot() {
        assertThat(closes("Il parle d'une « erreur » Karim le sait.")).isFalse();
        assertThat(closes("« Je regrette. » a-t-il dit.")).isFalse();
    }

    @Test
    void aQuoteAtTheEndOfTheTextDoesNot() {
        assertThat(closes("Il a conclu : « C'est fini. »")).isFalse();
    }

    @Test
    void theLineStartReadFromTheParagraphsIsTheOneFoundByTheLineBreakAtEveryOffset() {
        String text = "\nLe procès s'ouvre.\n\n\n« Je regrette », dit-il.\nLa présidente : « Pourquoi ? »\n\nFin.\n";
        PersonLexicon lexicon = PersonLexicon.bundled();
        SpeakerDocument d = new SpeakerDocument(TestPipelines.analyze(text, "fr"),
                new DescriptionFinder(lexicon, SpeechCues.bundled()), lexicon, VoiceLexicon.bundled());
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(QuoteOffsets.lineStart(d, offset)).as("offset %d", offset)
                    .isEqualTo(QuoteOffsets.lineStart(text, offset));
        }
        assertThat(QuoteOffsets.lineStart(d, text.indexOf("La présidente") + 5)).isEqualTo(text.indexOf("La présidente"));
    }
}
