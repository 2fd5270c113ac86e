package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * A quote with no cue and no one in its context goes on with the last speaker when nobody else was named or described
 * since their words, within two paragraphs; not a question, and not after someone new. The last speaker also speaks
 * after a paragraph whose subject acts on them through an object pronoun (« Sa mère lui envoyait des photos »).
 */
class UninterruptedSpeakerTest {

    private static final String BEFORE = "Dès 2013, depuis un appartement du Mirail, Bilal Hachemi passe ses nuits sur des forums."
            + " « Je ne vendais pas la guerre. Je vendais une famille », estime-t-il.\n\nPuis il part à son tour, à l'été 2014."
            + " C'est là, explique-t-il, que l'histoire qu'il racontait s'est effondrée.\n\n";

    @Test
    void theAccountGoesOnWithTheLastSpeakerWhenNoOneElseCameBetween() {
        List<Quote> q = top(BEFORE + "Dans la campagne d'Alep, son groupe ne voit pas les soldats du régime. « On attaquait des"
                + " villages tenus par d'autres rebelles. »", "fr");
        assertThat(QuoteAssertions.speaker(q.get(1)).name()).isEqualTo("Bilal Hachemi");
    }

    @Test
    void aQuestionIsNotTheLastSpeakersByDefault() {
        List<Quote> q = top(BEFORE + "Dans la campagne d'Alep, son groupe ne voit pas les soldats du régime. « Pourquoi"
                + " êtes-vous resté ? »", "fr");
        assertThat(q.get(1).attribution()).isInstanceOf(Attribution.Unattributed.class);
    }

    @Test
    void someoneNamedSinceStopsTheAccount() {
        List<Quote> q = top(BEFORE + "Dans la campagne d'Alep, son groupe croise Karim Ouali, un Lyonnais. « On attaquait des"
                + " villages tenus par d'autres rebelles. »", "fr");
        assertThat(QuoteAssertions.speaker(q.get(1)) == null ? null : QuoteAssertions.speaker(q.get(1)).name())
                .isNotEqualTo("Bilal Hachemi");
    }

    @Test
    void theOneASubjectActsOnThroughAnObjectPronounSpeaksNext() {
        List<Quote> q = top("Abdallah a 24 ans. « Je ne suis pas parti pour l'argent », dit-il.\n\nSa mère lui envoyait chaque"
                + " vendredi des photos du port. « Je regardais ces photos la nuit. »", "fr");
        assertThat(QuoteAssertions.speaker(q.get(1)).name()).isEqualTo("Abdallah");
    }
}
