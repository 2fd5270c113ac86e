package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun cue in a paragraph that names no one goes to the person the paragraph before names after the last
 * speaker's words, past an unnamed person a verb or a preposition acts on there ("kept her daughter close", « serrait
 * sa fille contre elle », "mit ihrer Tochter"): the mother speaks, not the judge who spoke two paragraphs before.
 */
class PronounPassesOverObjectDescriptionTest {

    @Test
    void theMotherWhoHoldsHerDaughterSpeaksNotTheJudge() {
        List<Quote> q = top("Bilal Haddad pleaded guilty in May.\n\n\"The offender chose it,\" Justice Catherine Lowry said.\n\n"
                + "Outside court, Sarah Blake kept her daughter close as cameras followed them.\n\n"
                + "\"He came back for her,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Catherine Lowry");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sarah Blake");
    }

    @Test
    void theWifeWhoHugsHerMotherInLawSpeaksNotTheProsecutor() {
        List<Quote> q = top("Omar Siddiqui was sentenced in March.\n\n\"He lied to everyone,\" said the prosecutor, Helen Marsh.\n\n"
                + "In the hallway, Leila Siddiqui hugged her mother-in-law and wept.\n\n\"He is not a monster,\" she said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Leila Siddiqui");
    }

    @Test
    void frenchMotherHoldingHerDaughterSpeaks() {
        List<Quote> q = top("Karim Benali a été condamné en mai.\n\n« Il savait ce qu'il faisait », a déclaré la juge Claire Morel.\n\n"
                + "À la sortie du tribunal, Nadia Benali serrait sa fille contre elle.\n\n"
                + "« Il est revenu pour elle », a-t-elle dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Benali");
    }

    @Test
    void germanMotherWaitingWithHerDaughterSpeaks() {
        List<Quote> q = top("Karim Benali wurde im Mai verurteilt.\n\n„Er wusste, was er tat“, sagte Richterin Claire Morel.\n\n"
                + "Nadia Benali wartete draußen mit ihrer Tochter.\n\n„Er ist für sie zurückgekommen“, sagte sie.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Benali");
    }

    @Test
    void aKinWhoOpensHerOwnSentenceStillLeavesThePronounToTheOtherRules() {
        List<Quote> q = top("Karim Benali a été condamné en mai.\n\n« Il savait ce qu'il faisait », a déclaré la juge Claire Morel.\n\n"
                + "Laura Benali ne souhaite pas parler à la presse. Sa mère, si.\n\n"
                + "« Il est revenu pour nous », a-t-elle dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Laura Benali");
    }
}
