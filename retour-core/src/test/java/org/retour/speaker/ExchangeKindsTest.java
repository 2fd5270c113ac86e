package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.quote.TestPipelines;

/** The exchange words of a document's tokens, each looked up once: what the words answer for the token's form. */
class ExchangeKindsTest {

    private static final SpeechCues CUES = SpeechCues.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();
    private static final VoiceLexicon VOICES = VoiceLexicon.bundled();

    private static SpeakerDocument document(String text, String lang) {
        return new SpeakerDocument(TestPipelines.analyze(text, lang), new DescriptionFinder(LEXICON, CUES), LEXICON, VOICES);
    }

    @Test
    void everyWordTokenHasTheKindOfItsLowerCasedForm() {
        Exchanges words = Exchanges.bundled();
        for (List<String> text : List.of(
                List.of("Il se tourne vers la présidente. « Vous les avez vues ? » « Non », répond-il.", "fr"),
                List.of("She asked him why. \"Did you cry?\" he replied, turning to the judge.", "en"),
                List.of("Der Richter fragte sich: „Haben Sie es gesehen?“ – „Nein“, antwortete er.", "de"))) {
            SpeakerDocument d = document(text.get(0), text.get(1));
            for (int k = d.tokens.size() - 1; k >= 0; k--) { // out of order: filled on first use
                if (d.lower(k) != null) {
                    assertThat(words.kindAt(d, k)).as(d.lower(k)).isEqualTo(words.kind(d.lower(k), d.lang));
                    assertThat(words.kindAt(d, k)).as("kept").isEqualTo(words.kind(d.lower(k), d.lang));
                }
            }
        }
    }

    @Test
    void answersAndQuestionsAreReadAsTheirKinds() {
        SpeakerDocument d = document("« Non », répond-il. Elle l'interroge.", "fr");
        Exchanges words = Exchanges.bundled();
        int replies = -1;
        for (int k = 0; k < d.tokens.size(); k++) {
            if ("répond-il".equals(d.lower(k))) {
                replies = k;
            }
        }
        assertThat(replies).isGreaterThanOrEqualTo(0);
        assertThat(words.kindAt(d, replies)).isEqualTo(Exchanges.Kind.REPLY);
        assertThat(Exchanges.bundled()).isSameAs(words);
    }
}
