package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A source that opens a sentence (« Selon le conseil, … ») speaks the quotes of that sentence, not the quote that
 * ends the sentence before it, and not a source cited further in its sentence (« d'après l'OCAM »).
 */
class OpeningSourceTest {

    private static final String HEARING = "Nabil K., 31 ans, comparaît devant le tribunal de Liège.\n\n"
            + "Son avocate, Me Claire Dumont, a demandé une peine avec sursis. « Mon client a déjà purgé trois ans en"
            + " Irak. Que veut-on de plus ? » ";

    @Test
    void aSourceOpeningTheNextSentenceLeavesTheQuoteBeforeItToTheLawyer() {
        List<Quote> q = top(HEARING + "Selon le conseil, la plupart des rapatriés « ne récidivent pas ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Dumont");
    }

    @Test
    void theSourceOpeningTheSentenceSpeaksItsQuoteNotTheOneItCites() {
        List<Quote> q = top(HEARING + "Selon elle, sur les 400 Belges partis d'après la Sûreté de l'État, « une"
                + " cinquantaine » seulement sont rentrés.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Dumont");
    }

    @Test
    void anOrganisationRightAfterTheSourceSpeaksThoughAPersonIsTheSubjectOfItsClause() {
        List<Quote> q = top("Karim Benali est rentré de Syrie en 2017.\n\n"
                + "Selon le parquet national antiterroriste, Karim Benali « n'a jamais renoncé ».", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Karim Benali");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(org.retour.model.Voice.ORGANISATION);
    }

    @Test
    void aPersonRightAfterTheSourceStillSpeaks() {
        List<Quote> q = top("Karim Benali est rentré de Syrie en 2017.\n\n"
                + "Selon Me Paul Dubois, Karim Benali « regrette profondément ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Dubois");
    }

    @Test
    void anOrganisationWhoseRelativeClauseHoldsTheVerbSpeaks() {
        List<Quote> q = top("Karim Benali est rentré de Syrie en 2017.\n\n"
                + "Le rapatriement a concerné six femmes, selon le ministère des Affaires étrangères, qui évoque"
                + " « d'autres opérations à venir ».", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).containsIgnoringCase("ministère");
    }
}
