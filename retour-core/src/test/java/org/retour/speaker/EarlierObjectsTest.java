package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.quote.TestPipelines;

/**
 * A subject followed by an object pronoun and a verb that is no verb of speech acts on a person told of before it;
 * with a verb of speech the words are its own.
 */
class EarlierObjectsTest {

    private static final SpeechCues CUES = SpeechCues.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();
    private static final EarlierObjects RULE = new EarlierObjects(CUES, LEXICON);

    @Test
    void aSubjectWithItsComplementBeforeAnObjectPronounAndAnActActsOnTheEarlierPerson() {
        SpeakerDocument d = document("Adam Belkhir est rentré en 2018. En 2016, un responsable du groupe lui a proposé"
                + " de partir.");
        assertThat(RULE.actsOnEarlier(d, referent(d, "un responsable"))).isTrue();
    }

    @Test
    void aSubjectBeforeAnObjectPronounAndAVerbOfSpeechSpeaksItsOwnWords() {
        SpeakerDocument d = document("Adam Belkhir est rentré en 2018. Son avocate, Claire Moreau, l'a répété.");
        assertThat(RULE.actsOnEarlier(d, referent(d, "Claire Moreau"))).isFalse();
    }

    @Test
    void aNameSetOffByCommasActsOnTheEarlierPersonPastANegativeParticle() {
        SpeakerDocument d = document("Karim B. parle longtemps, avant que la présidente, Catherine Lemonnier, ne l'arrête"
                + " d'un geste.");
        Referent judge = referent(d, "Catherine Lemonnier");
        assertThat(RULE.actsOnEarlierPast(d, judge)).isTrue();
        assertThat(RULE.actsOnEarlier(d, judge)).isFalse();
    }

    private static SpeakerDocument document(String text) {
        return new SpeakerDocument(TestPipelines.analyze(text, "fr"), new DescriptionFinder(LEXICON, CUES), LEXICON,
                VoiceLexicon.bundled());
    }

    private static Referent referent(SpeakerDocument d, String words) {
        for (Referent r : d.referents.all()) {
            if (r.span().of(d.text).equals(words)) {
                return r;
            }
        }
        throw new AssertionError("no referent " + words + " in " + d.referents.all());
    }
}
