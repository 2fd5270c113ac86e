package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A side in court named before a person ("for the prosecution, Mr Walsh") is not who the person is. */
class SideNotRoleVoiceTest {

    @Test
    void defendantAfterTheProsecutionsCounselIsNotAnOfficial() {
        List<Quote> q = top("Conor Walsh has pleaded not guilty to membership of an unlawful organisation.\n\n"
                + "Under cross-examination by Sean Gillespie BL, for the prosecution, Mr Walsh accepted that he had"
                + " not tried to leave. \"If the emir had left me alone, I would have stayed,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Conor Walsh");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void roleWithAPrepositionInsideStillGivesTheVoice() {
        List<Quote> q = top("A spokesman for the Home Office, James Carter, spoke in London.\n"
                + "\"Most of them came back because the caliphate collapsed,\" James Carter said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aStateBodyThatActsOnThePersonIsNotWhoThePersonIs() {
        List<Quote> q = top("The Home Office stripped Hamza Ali of his citizenship. Ali, who came back from Syria last"
                + " year, said: \"I am British.\"", "en");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
        List<Quote> escorted = top("Police officers escorted Tariq Aziz into the courtroom. \"I am not a terrorist,\" Aziz"
                + " said.", "en");
        assertThat(speaker(escorted.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aTitleRightBeforeTheNameStillGivesTheVoice() {
        List<Quote> q = top("Counter-terrorism police chief Neil Basu spoke on Monday. \"The threat is real,\" Neil Basu"
                + " said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theSourceBeforeACommaIsNotWhoThePersonIs() {
        List<Quote> q = top("According to the interior ministry, Karim Saidi returned in 2015. \"I left because of the"
                + " killings,\" Saidi told investigators.", "en");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aFrenchVerbAfterAnAuxiliaryIsNoTitleButAnAdjectiveIs() {
        List<Quote> q = top("Le ministère de l'Intérieur a expulsé Samir K. vers la France. « On nous a traités comme"
                + " des chiens », dit Samir K.", "fr");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
        List<Quote> judge = top("Le juge antiterroriste Marc Trévidic s'inquiète. « La menace est réelle », dit Marc"
                + " Trévidic.", "fr");
        assertThat(speaker(judge.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
        assertThat(VoiceLexicon.bundled().voiceOf("qui a dirigé la police", "fr")).isEqualTo(Voice.OFFICIAL);
    }
}
