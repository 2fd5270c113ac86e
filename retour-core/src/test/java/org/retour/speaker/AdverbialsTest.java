package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.quote.TestPipelines;

/** The adverbials read from {@code adverbials.txt}: listed phrases, adverbs by their ending, and the exceptions. */
class AdverbialsTest {

    private static final Adverbials BUNDLED = Adverbials.bundled();

    private static SpeakerDocument document(String text, String lang) {
        PersonLexicon lexicon = PersonLexicon.bundled();
        return new SpeakerDocument(TestPipelines.analyze(text, lang), new DescriptionFinder(lexicon, SpeechCues.bundled()),
                lexicon, VoiceLexicon.bundled());
    }

    /** The token that starts at the first occurrence of {@code word} in the document's text. */
    private static int tokenOf(SpeakerDocument d, String word) {
        return d.tokenAt(d.text.indexOf(word));
    }

    @Test
    void theLongestListedPhraseEndingBeforeTheVerbIsTaken() {
        SpeakerDocument d = document("« Je regrette », a-t-il un peu plus tard ajouté.", "fr");
        int end = tokenOf(d, "tard");
        int start = BUNDLED.startEndingAt(d, end, 0);
        assertThat(d.text.substring(d.tokens.get(start).start(), d.tokens.get(end).end())).isEqualTo("un peu plus tard");
    }

    @Test
    void anElidedPhraseIsOneAdverbial() {
        SpeakerDocument d = document("« Je regrette », a-t-il d'emblée déclaré.", "fr");
        int end = tokenOf(d, "emblée");
        int start = BUNDLED.startEndingAt(d, end, 0);
        assertThat(d.text.substring(d.tokens.get(start).start(), d.tokens.get(end).end())).isEqualTo("d'emblée");
    }

    @Test
    void aWordWithTheAdverbsEndingIsOneUnlessListedAsAnException() {
        SpeakerDocument d = document("\"It is over,\" she quickly said. \"It is not,\" the family said.", "en");
        assertThat(BUNDLED.startEndingAt(d, tokenOf(d, "quickly"), 0)).isEqualTo(tokenOf(d, "quickly"));
        assertThat(BUNDLED.startEndingAt(d, tokenOf(d, "family"), 0)).isEqualTo(-1);
        assertThat(BUNDLED.startEndingAt(d, tokenOf(d, "she"), 0)).isEqualTo(-1);
    }

    @Test
    void aFrenchNounEndingInMentIsNoAdverb() {
        SpeakerDocument d = document("Le gouvernement a longuement expliqué sa position.", "fr");
        assertThat(BUNDLED.startEndingAt(d, tokenOf(d, "longuement"), 0)).isEqualTo(tokenOf(d, "longuement"));
        assertThat(BUNDLED.startEndingAt(d, tokenOf(d, "gouvernement"), 0)).isEqualTo(-1);
    }

    @Test
    void aCapitalisedWordIsNoAdverbial() {
        SpeakerDocument d = document("\"It is over,\" Kelly said.", "en");
        assertThat(BUNDLED.startEndingAt(d, tokenOf(d, "Kelly"), 0)).isEqualTo(-1);
    }

    @Test
    void aLineOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> new Adverbials(List.of("en adverb quickly")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adverbials.txt");
    }
}
