package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A parent's possessive description (« Sa mère », "His father", „Seine Mutter“) stands for the one person whose
 * paragraph gives them a child behind a possessive in a later sentence than their name's, before another person
 * is named (« Nadia Haddad ouvre un carnet. Elle le relit souvent. Ce sont les notes de son fils »).
 */
class ChildNamedLaterInParagraphTest {

    @Test
    void saMereEstLaPersonneDontUnePhraseSuivanteNommeLeFils() {
        List<Quote> q = top("Nadia Haddad ouvre un carnet à spirale sur la table de la cuisine. Elle le relit souvent."
                + " Ce sont les notes de son fils, Samy, écrites à Raqqa en 2016.\n\n"
                + "« Je veux revenir, mais ils me surveillent. » C'est Samy, à l'été 2017. Sa mère a relu ces mots,"
                + " dit-elle, « des centaines de fois ».", "fr");
        Quote last = q.get(q.size() - 1);
        assertThat(last.text()).isEqualTo("des centaines de fois");
        assertThat(speaker(last)).isNotNull();
        assertThat(speaker(last).name()).isEqualTo("Nadia Haddad");
    }

    @Test
    void sonPereEstLHommeDontLaPhraseSuivanteNommeLaFille() {
        List<Quote> q = top("Michel Garnier, 61 ans, reçoit dans son pavillon d'Évry. Sa fille Léa, partie en Syrie"
                + " en 2015, est détenue dans un camp kurde.\n\n"
                + "Léa a écrit pour la dernière fois en mars. Son père soupire. « Je n'ai plus de nouvelles depuis »,"
                + " confie-t-il.", "fr");
        Quote last = q.get(q.size() - 1);
        assertThat(speaker(last)).isNotNull();
        assertThat(speaker(last).name()).isEqualTo("Michel Garnier");
    }

    @Test
    void hisMotherIsTheWomanALaterSentenceGivesASon() {
        List<Quote> q = top("Amina Yusuf keeps a shoebox under her bed. She rarely opens it. Inside are the letters of"
                + " her son, Tariq, sent from Mosul.\n\n"
                + "\"I was wrong to come here.\" That is Tariq, in 2017. His mother has read that line, she says,"
                + " \"every night since\".", "en");
        Quote last = q.get(q.size() - 1);
        assertThat(speaker(last)).isNotNull();
        assertThat(speaker(last).name()).isEqualTo("Amina Yusuf");
    }

    @Test
    void aChildOfAnotherPersonNamedInBetweenIsNotTheirs() {
        List<Quote> q = top("Nadia Haddad ouvre un carnet sur la table. Karim Saïdi, un voisin, regarde la photo de"
                + " son fils.\n\n"
                + "Sa mère soupire. « Il reviendra », glisse-t-elle.", "fr");
        Quote last = q.get(q.size() - 1);
        assertThat(speaker(last) == null || !"Karim Saïdi".equals(speaker(last).name())).isTrue();
    }
}
