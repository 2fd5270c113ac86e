package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A speech cue set between commas inside the quote's own marks gives its speaker when none stands beside it. */
class InnerCueTest {

    @Test
    void unNomApresLeVerbeInsereDansLesGuillemetsParle() {
        List<Quote> q = top("Les magistrats, eux, constatent l'usure. « Nous jugeons aujourd'hui des femmes, observe Claire"
                + " Lemaître, juge d'instruction au pôle antiterroriste de Paris. La question se pose autrement. »", "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Lemaître");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
        assertThat(q.get(0).attribution().cue().text()).isEqualTo("observe");
    }

    @Test
    void unPronomInsereRenvoieALaPersonneDuParagraphe() {
        List<Quote> q = top("Karim Dewulf, 31 ans, est jugé ce mardi. « Je suis parti. Là-bas, poursuit-il, on passait nos"
                + " journées à assiéger des villages. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Dewulf");
        assertThat(q.get(0).attribution().cue().text()).isEqualTo("poursuit-il");
    }

    @Test
    void unPronomInsereSuiviDUnPointRenvoieALaPersonneDuParagraphe() {
        String text = "Hélène Dufresne, 41 ans, comparaît depuis lundi. « Les premiers mois, tout allait bien, se souvient-elle."
                + " Après, les bombardements ont commencé. »";
        List<Quote> q = top(text, "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hélène Dufresne");
        assertThat(q.get(0).attribution().cue().text()).isEqualTo("souvient-elle");
        assertThat(q.get(0).attribution().cue().span().start()).isEqualTo(text.indexOf("souvient-elle"));
    }

    @Test
    void unPronomInsereSuiviDUnPointVirguleParle() {
        List<Quote> q = top("Youssef Amrani, 28 ans, a été libéré en mars. « Là-bas, personne ne parlait de religion, raconte-t-il ;"
                + " on parlait d'argent. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Youssef Amrani");
        assertThat(q.get(0).attribution().cue().text()).isEqualTo("raconte-t-il");
    }

    @Test
    void unPronomInverseAuPasseComposeInsereParle() {
        String text = "Les accusés ont eu le dernier mot. Farid Chekroun s'est contenté d'une phrase : « Je suis innocent. »"
                + " Nordine Saïdi s'est levé plus longuement. « Je ne vous demande pas, a-t-il dit, de me croire sur tout. »";
        List<Quote> q = top(text, "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nordine Saïdi");
        assertThat(q.get(1).attribution().cue().text()).isEqualTo("a-t-il dit");
        assertThat(q.get(1).attribution().cue().span().start()).isEqualTo(text.indexOf("a-t-il dit"));
    }

    @Test
    void uneDescriptionOuUnPronomSuivisDUnGerondifParlent() {
        String text = "Chaque mardi, Abdelaziz Rahmouni franchit les portiques de la prison. Parmi ses détenus, un jeune homme"
                + " revenu de Syrie.\n« Ce garçon, dit l'imam en pesant ses mots, n'est pas un monstre. »\n"
                + "Karim Ouali, 31 ans, a été libéré en mars. « Là-bas, poursuit-il en souriant à peine, on parlait d'argent. »";
        List<Quote> q = top(text, "fr");
        assertThat(q.get(0).attribution().cue().text()).isEqualTo("dit");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abdelaziz Rahmouni");
        assertThat(q.get(1).attribution().cue().text()).isEqualTo("poursuit-il");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Ouali");
    }

    @Test
    void unGerondifSansVirguleApresSesMotsNeFaitPasUneIncise() {
        List<Quote> q = top("Karim Ouali, 31 ans, a été libéré en mars. « Là-bas, on vivait en attendant tous les jours"
                + " la même chose. »", "fr");
        assertThat(q.get(0).attribution().cue()).isNull();
    }

    @Test
    void unPronomInsereSuiviDUnAdverbeParle() {
        List<Quote> q = top("La présidente interroge Yassine Mehdaoui sur les exécutions. Long silence. « J'ai vu un garçon"
                + " se faire tuer, dit-il enfin. Ce jour-là, j'ai compris. »", "fr");
        assertThat(q.get(0).attribution().cue().text()).isEqualTo("dit-il");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassine Mehdaoui");
    }

    @Test
    void unPronomSuiviDUnComplementNOuvrePasDIncise() {
        List<Quote> q = top("Yassine Mehdaoui, 28 ans, a été libéré en mars. « Je sais ce qu'il pense, dit-il le soir à sa"
                + " mère. »", "fr");
        assertThat(q.get(0).attribution().cue()).isNull();
    }
}
