package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.quote.TestPipelines;

/**
 * A verb of reading aloud before a quote makes its words read out, one that reads the reader's own document does
 * not, and a verb of reading right after a quote names its reader.
 */
class LetterReadingTest {

    private static final LetterReading READING = new LetterReading(LetterWords.bundled());

    @Test
    void aVerbOfReadingAloudBeforeTheColonReadsTheQuoteOut() {
        assertThat(readsAloud("Samia Haddou déplie la feuille. Elle lit la lettre à voix haute : « On a faim ici. »"))
                .isTrue();
    }

    @Test
    void readingOutOnesOwnJudgmentReadsNoLetter() {
        assertThat(readsAloud("Le président a pris la parole en lisant le jugement : « La cour vous condamne. »"))
                .isFalse();
    }

    @Test
    void theVerbOfReadingRightAfterTheQuoteNamesItsReader() {
        String text = "« Maman, je veux rentrer », lit encore Malika El Ouardi.";
        SpeakerDocument d = document(text);
        Referent reader = READING.readerAfter(d, text.indexOf('»') + 1, text.length());
        assertThat(reader).isNotNull();
        assertThat(reader.span().of(text)).isEqualTo("Malika El Ouardi");
    }

    /** Whether the text's only quote, with no cue after it, is read aloud. */
    private static boolean readsAloud(String text) {
        return READING.read(document(text), text.indexOf('«'), 0, text.indexOf('»') + 1, text.length(), false);
    }

    private static SpeakerDocument document(String text) {
        PersonLexicon lexicon = PersonLexicon.bundled();
        SpeechCues cues = SpeechCues.bundled();
        return new SpeakerDocument(TestPipelines.analyze(text, "fr"), new DescriptionFinder(lexicon, cues), lexicon,
                VoiceLexicon.bundled());
    }
}
