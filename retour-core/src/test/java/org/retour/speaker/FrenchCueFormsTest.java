package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** French cue forms of court reports and portraits: past participles, infinitives after "avant de", titled magistrates. */
class FrenchCueFormsTest {

    @Test
    void aPastParticipleLacheAfterAnInvertedPronounNamesThePersonOfThePreviousParagraph() {
        List<Quote> q = top("Yacine Moreau, 27 ans, était jugé jeudi à Liège. Parti en Syrie en 2015, il est rentré en 2018.\n\n« Là-bas, personne ne faisait confiance"
                + " à personne », a-t-il lâché devant le tribunal.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yacine Moreau");
        assertThat(q.get(0).attribution()).isInstanceOfSatisfying(Attribution.Cued.class,
                c -> assertThat(c.cue().text()).contains("lâché"));
    }

    @Test
    void theMagistrateStandsForTheSubstituteNamedBefore() {
        List<Quote> q = top("Le ministère public, représenté par le substitut Olivier Lambrechts, a requis six ans."
                + " « Rentrer ne suffit pas à effacer ce qui a été fait », a souligné le magistrat.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Olivier Lambrechts");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aQuoteAfterAvantDeAndAColonStaysWithItsSentencesSubjectNotTheNextSpeaker() {
        List<Quote> q = top("Sa conseillère, Hélène Marchal, évoque « de vrais progrès », avant de tempérer : « Le plus"
                + " dur commence à la sortie. » Le sociologue Bruno Feltz, qui suit une vingtaine de cas, ajoute :"
                + " « Les rechutes sont rares. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hélène Marchal");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Bruno Feltz");
    }

    @Test
    void pastParticiplesAndReflexiveCuesOfTheWeekliesAreCues() {
        List<Quote> q = top("Nadia Kessler, 41 ans, a attendu son fils pendant quatre ans. Rentrée de Turquie en 2019, elle"
                + " a ouvert une association.\n\n« Je ne dors plus depuis 2014 », a-t-elle soufflé. « Qu'on me le"
                + " rende ! » s'écrie-t-elle encore.", "fr");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).attribution()).isInstanceOfSatisfying(Attribution.Cued.class,
                c -> assertThat(c.cue().text()).contains("soufflé"));
        assertThat(q.get(1).attribution()).isInstanceOfSatisfying(Attribution.Cued.class,
                c -> assertThat(c.cue().text()).contains("écrie"));
        assertThat(q).allSatisfy(x -> assertThat(speaker(x).name()).isEqualTo("Nadia Kessler"));
    }
}
