package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Staff of the prison and probation service and the head of a state school hold office: officials. */
class PrisonServiceVoiceTest {

    private static final String ARTICLE_START = "Retour de Syrie : à Lyon, le long chemin des revenants de Daech\n\n"
            + "Karim, 31 ans, est rentré de Syrie en 2019. « Là-bas, les émirs avaient tout, nous on avait le front »,"
            + " dit-il.\n\n";

    @Test
    void aProbationEducatorIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Son éducateur du service pénitentiaire d'insertion et de probation,"
                + " Mathis Durel, le suit depuis deux ans. « Ils ont tous eu le temps de préparer leur histoire »,"
                + " observe Mathis Durel.", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
        assertThat(VoiceLexicon.bundled().voiceOf("conseillère du SPIP", "fr")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aDeputyHeadOfASchoolIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Le proviseur adjoint, Léon Marsac, assume ce choix. « Certains m'ont"
                + " demandé si c'était bien raisonnable », dit-il.", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aPrisonStaffUnionDelegateIsNoOfficial() {
        assertThat(VoiceLexicon.bundled().voiceOf("délégué syndical FO pénitentiaire", "fr")).isEqualTo(Voice.OTHER);
    }
}
