package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** One who « a requis » a sentence right after their name is the prosecution: an official. */
class ProsecutionVerbVoiceTest {

    private static final String ARTICLE_START = "Procès d'un revenant de Syrie : douze ans requis contre Nabil Ferhat\n\n"
            + "Nabil Ferhat, 33 ans, rentré de Syrie en 2018, est jugé à Paris pour association de malfaiteurs"
            + " terroriste. « Là-bas, les émirs avaient tout », a-t-il dit à la barre.\n\n";

    @Test
    void whoAsksForASentenceIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Jeudi, Arnaud Lestrade a requis douze ans de réclusion contre Nabil"
                + " Ferhat. « Ses regrets sont surtout tardifs », a lancé Arnaud Lestrade.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Arnaud Lestrade");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theAccusedStaysAFormerMember() {
        List<Quote> q = top(ARTICLE_START + "Jeudi, Arnaud Lestrade a requis douze ans de réclusion contre Nabil"
                + " Ferhat. « Je regrette », a répondu Nabil Ferhat.", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
