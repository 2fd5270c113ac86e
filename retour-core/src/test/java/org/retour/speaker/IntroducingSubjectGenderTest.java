package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * A message nested after a clause whose third-person subject sent it to the quote's speaker (« elle m'a laissé un
 * message vocal : “…” », "she sent me a voice note: ‘…’") is that subject's, of the pronoun's gender, not the
 * nearest child of the other gender.
 */
class IntroducingSubjectGenderTest {

    @Test
    void elleMALaisseUnMessageDonneLeMessageALaSoeur() {
        Analysis a = TestPipelines.analyze("Leïla Mansour, 33 ans, est partie en Syrie en 2014 avec son mari. Son fils,"
                + " Sami, 6 ans, vit depuis chez sa tante Inès.\n\n"
                + "« Pendant des mois, elle ne disait rien. Puis une nuit elle m'a laissé un message vocal à 4 heures :"
                + " “Dis à papa que je pense à lui, je ne peux pas appeler.” Je l'ai gardé », raconte Inès Mansour,"
                + " 29 ans.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Inès Mansour");
        Quote inner = children(a, outer).get(0);
        assertThat(inner.span().of(a.text())).isEqualTo("Dis à papa que je pense à lui, je ne peux pas appeler.");
        assertThat(speaker(inner).name()).isEqualTo("Leïla Mansour");
    }

    @Test
    void sheSentMeAVoiceNoteGivesTheNoteToHer() {
        Analysis a = TestPipelines.analyze("Leila Mansour, 33, left for Syria in 2014 with her husband. Her son, Sami, 6,"
                + " has lived since then with his aunt Ines.\n\n"
                + "“For months she said nothing. Then one night she sent me a voice note at four in the morning: ‘Mum,"
                + " I want to come home, I don’t know how.’ I kept it,” said Ines Mansour, 29.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Ines Mansour");
        assertThat(speaker(children(a, outer).get(0)).name()).isEqualTo("Leila Mansour");
    }

    @Test
    void ilMAEcritDonneLeMessageAuFils() {
        Analysis a = TestPipelines.analyze("Yacine Haddad, 31 ans, est parti en Syrie en 2014. Son père, Omar Haddad,"
                + " tient une boulangerie à Roubaix.\n\n"
                + "« Un soir, il m'a écrit depuis Raqqa : “Papa, je veux rentrer, trouve-moi un avocat.” Je n'ai pas su"
                + " quoi répondre », raconte Omar Haddad.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Omar Haddad");
        assertThat(speaker(children(a, outer).get(0)).name()).isEqualTo("Yacine Haddad");
    }
}
