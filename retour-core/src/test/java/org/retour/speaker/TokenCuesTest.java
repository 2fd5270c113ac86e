package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * The per-token cue table answers what the cue lexicon answers for each token's lower-cased form, a cue of several
 * words starting with the form or with its ’ written '.
 */
class TokenCuesTest {

    private static final SpeechCues CUES = SpeechCues.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();
    private static final VoiceLexicon VOICES = VoiceLexicon.bundled();
    private static final String[] WORDS = {"selon", "d'après", "d’après", "According", "to", "said", "a-t-il", "dit",
        "a", "déclaré", "so", "laut", "Laut", "sagte", "er", "بحسب", "قال", "وقالت", "😀", "été", "Élodie", "l’avocat",
        "«", "»", ",", ".", ":", "\n", "Maman", "aux", "dires", "de", "the", "ministry", "ajouta-t-elle", "„", "“"};

    @Test
    void everyTokenHasTheKindsAndLongerCueStartOfItsLowerCasedForm() {
        Random random = new Random(7);
        for (String lang : new String[] {"fr", "en", "de", "ar"}) {
            for (int round = 0; round < 20; round++) {
                StringBuilder text = new StringBuilder("Un témoin « parle » ici. ");
                for (int i = 0; i < 60; i++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
                }
                Analysis a = TestPipelines.analyze(text.toString(), lang);
                SpeakerDocument d = new SpeakerDocument(a, new DescriptionFinder(LEXICON, CUES), LEXICON, VOICES);
                TokenCues table = d.tokenCues(CUES);
                for (int k = d.tokens.size() - 1; k >= 0; k--) { // out of order: filled on first use
                    String w = d.lower(k);
                    assertThat(table.kind(k)).as(w).isEqualTo(CUES.kind(w, lang));
                    assertThat(table.straightKind(k)).as(w).isEqualTo(CUES.kind(w.replace('’', '\''), lang));
                    assertThat(table.startsLonger(k)).as(w).isEqualTo(CUES.startsLongerCue(w, lang)
                            || CUES.startsLongerCue(w.replace('’', '\''), lang)); // "d’après" as "d'après"
                }
                assertThat(d.tokenCues(CUES)).isSameAs(table);
            }
        }
    }

    @Test
    void knownCueWordsAreReadAsTheirKinds() {
        Analysis a = TestPipelines.analyze("« Je suis rentré », a-t-il dit, selon l’avocat, d’après elle.", "fr");
        SpeakerDocument d = new SpeakerDocument(a, new DescriptionFinder(LEXICON, CUES), LEXICON, VOICES);
        TokenCues table = d.tokenCues(CUES);
        int said = -1;
        int according = -1;
        for (int k = 0; k < d.tokens.size(); k++) {
            if (d.lower(k).equals("dit")) {
                said = k;
            } else if (d.lower(k).equals("selon")) {
                according = k;
            }
        }
        assertThat(table.kind(said)).isEqualTo(SpeechCues.Kind.VERB);
        assertThat(table.straightKind(according)).isEqualTo(SpeechCues.Kind.SOURCE);
    }

    @Test
    void theWordsOfALanguageCarryTheirKindAndWhetherTheyBeginALongerCue() {
        for (String lang : new String[] {"fr", "en", "de", "ar"}) {
            assertThat(CUES.words(lang)).isNotEmpty();
            CUES.words(lang).forEach((word, bits) -> {
                int own = bits & SpeechCues.KIND_BITS;
                if (own != 0) {
                    assertThat(CUES.kind(word, lang)).as(word).isEqualTo(SpeechCues.Kind.values()[own - 1]);
                }
                assertThat((bits & SpeechCues.STARTS_LONGER) != 0).as(word).isEqualTo(CUES.startsLongerCue(word, lang));
            });
        }
        assertThat(CUES.words("xx")).isEmpty();
    }
}
