package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description whose complement a preposition opens takes the name apposed after that complement ("Le
 * coordonnateur du programme, Hamidou Zongo", "The coordinator of the charity, Bamidele Shafa"), however long
 * the complement and whether the description is definite or not ("A spokesman for the regional police
 * headquarters, Tom Baker").
 */
class ComplementApposedNameTest {

    @Test
    void theCoordinatorOfTheProgrammeIsTheNameApposedAfterTheComplement() {
        List<Quote> q = top("The coordinator of the programme, Major General Bamidele Shafa, said the graduates would"
                + " go home. Asked about claims of killings, he said he \"could not confirm individual stories\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bamidele Shafa");
    }

    @Test
    void theCoordinatorWithoutAComplementStaysTheDescriptionWhenNoNameFollows() {
        List<Quote> q = top("The coordinator of the programme said the graduates would go home. Asked about claims of"
                + " killings, he said he \"could not confirm individual stories\".", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aSpokesmanForALongNamedOfficeIsTheNameApposedAfterIt() {
        List<Quote> q = top("The camp holds some 900 men. A spokesman for the regional police headquarters, Tom Baker,"
                + " said the men were questioned every week. \"Nobody leaves without a file,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Baker");
    }

    @Test
    void anIndefiniteFrenchOfficialIsTheNameApposedAfterALongComplement() {
        List<Quote> q = top("Le camp compte 900 hommes. Un responsable du conseil local de Mossoul, Ahmed Karim, affirme que"
                + " tous seront jugés. « Personne ne sortira sans dossier », explique-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmed Karim");
    }

    @Test
    void aDefiniteOfficialWithAnAdjectiveIsTheTitledNameApposedAfterTheComplement() {
        List<Quote> q = top("Le camp compte 900 hommes. Le directeur adjoint de la prison de Hassaké, le capitaine Rojhat"
                + " Ali, affirme que tous seront jugés. « Personne ne sortira sans dossier », a-t-il prévenu.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rojhat Ali");
    }

    @Test
    void aDescriptionAfterAnOpeningPrepositionTakesTheNameApposedAfterItsComplement() {
        List<Quote> q = top("Karim Ouali a quitté le camp en 2021. Pour son éducatrice au centre de Vilvorde, Anne Servais,"
                + " « il a surtout voulu revoir sa fille ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anne Servais");
    }
}
