package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A description with a titled name in apposition after it ("Le directeur du centre, le commandant X,") is that person. */
class ApposedTitleSpeakerTest {

    @Test
    void leDirecteurEstLeCommandantNommeEnApposition() {
        List<Quote> q = top("Le directeur du centre, le commandant Issoufou Maïga, reconnaît que la confiance est longue à"
                + " construire. « Certains arrivent avec la peur », explique-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Issoufou Maïga");
    }

    @Test
    void aDescriptionFollowedByAnotherPersonsClauseStaysUnnamed() {
        List<Quote> q = top("Le directeur du centre, dont le commandant Issoufou Maïga dit du bien, reconnaît que la"
                + " confiance est longue. « Certains arrivent avec la peur », explique-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void possessiveDescriptionIsTheNameAfterALowerCaseTitle() {
        List<Quote> q = top("Selon le ministère, 800 combattants sont rentrés. Son porte-parole, le colonel Sofiane Zaag,"
                + " assure que tout est suivi. « Nous ne relâchons personne », a-t-il déclaré.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane Zaag");
    }

    @Test
    void senatorInLowerCaseTiesThePresidentToHisName() {
        List<Quote> q = top("La salle était comble. Son président, le sénateur Bernard Fagot, a ouvert la séance en rappelant"
                + " que « près de 400 adultes » étaient rentrés.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bernard Fagot");
    }

    @Test
    void indefiniteDescriptionIsTheNameAfterABareTitleNoun() {
        List<Quote> q = top("Un responsable religieux du quartier, cheikh Mohammad Baroudi, dit tenter de parler aux"
                + " jeunes. « Ce qu'ils racontent doit être entendu », affirme-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mohammad Baroudi");
    }

    @Test
    void aVerbAfterTheCommaIsNoTitle() {
        List<Quote> q = top("Un responsable religieux du quartier, dit Mohammad Baroudi, tente de parler aux"
                + " jeunes. « Ce qu'ils racontent doit être entendu », affirme-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Mohammad Baroudi");
    }

    @Test
    void aLongComplementAndATitleOfSeveralWordsStillNameTheDescription() {
        List<Quote> q = top("Pour le gouverneur de la région de Gao, le général de brigade Mamadou Sissoko, ces redditions"
                + " sont le fruit de la pression militaire. « Les terroristes sont traqués », a-t-il déclaré vendredi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mamadou Sissoko");
    }

    @Test
    void anUpperCaseWordBetweenTitleAndNameIsNoTitleTail() {
        List<Quote> q = top("Pour le gouverneur de la région de Gao, le général de Gaulle Mamadou Sissoko, ces redditions"
                + " sont le fruit de la pression militaire. « Les terroristes sont traqués », a-t-il déclaré vendredi.", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Mamadou Sissoko");
    }
}
