package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A naming phrase names the person its own sentence describes: a description in an earlier sentence is not
 * named by it when another description stands before the phrase in the name's sentence.
 */
class NamingPhraseOwnSentenceTest {

    private static Speaker firstSpeaker(String text, String lang) {
        List<Quote> quotes = TestPipelines.analyze(text, lang).get(Layers.QUOTES).stream()
                .filter(q -> q.parent() == null).toList();
        assertThat(quotes).isNotEmpty();
        return quotes.get(0).attribution().speaker();
    }

    @Test
    void aJudgeWhoAsksIsNotTheNeighbourNamedLater() {
        Speaker s = firstSpeaker("La juge l’interrompt : « Vous ne vouliez pas rentrer ? » Le prévenu se tait longtemps."
                + " Il évoque alors son voisin d’immeuble, un Tunisien prénommé Farid, mort à Baghouz.", "fr");
        assertThat(s).isNotNull();
        assertThat(s.name()).isNotEqualTo("Farid");
    }

    @Test
    void aLawyerWhoSpeaksIsNotTheFriendNamedLater() {
        Speaker s = firstSpeaker("L’avocate se lève. « Il avait dix-sept ans », rappelle-t-elle. Son client décrit"
                + " ensuite un camarade de l’école, un Nantais surnommé Élie, parti avec lui.", "fr");
        assertThat(s).isNotNull();
        assertThat(s.name()).isNotEqualTo("Élie");
    }

    @Test
    void aPresidingJudgeIsNotTheCellmateNamedLater() {
        Speaker s = firstSpeaker("The judge cut in: “Did you never think of leaving?” The defendant looked at the floor."
                + " He spoke instead of his cellmate, a Moroccan known as Yassin, who died in the camp.", "en");
        assertThat(s).isNotNull();
        assertThat(s.name()).isNotEqualTo("Yassin");
    }

    @Test
    void theSubjectOfTheSentenceBeforeIsStillNamedByItsPronoun() {
        Speaker s = firstSpeaker("Ce Français de Roubaix accepte de parler sous la surveillance d’un gardien. Il se"
                + " présente sous le nom de Nassim K. « Je veux être jugé en France », dit-il.", "fr");
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("Nassim K.");
    }
}
