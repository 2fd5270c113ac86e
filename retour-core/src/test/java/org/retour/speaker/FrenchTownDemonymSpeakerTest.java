package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.person.PersonDescription;
import org.retour.person.PersonStage;

/**
 * A French demonym of a town (« le Bastiais », « le Messin », « la Rémoise ») heads a description of a person and
 * stands for the person named before it who comes from there, also when the cue's sentence names someone else as the
 * object before its colon (« raconte une dispute avec son émir : »).
 */
class FrenchTownDemonymSpeakerTest {

    @Test
    void theBastiaisBeforeAColonIsTheManFromBastia() {
        List<Quote> q = top("Mehdi Sahraoui, 31 ans, originaire de Bastia, est rentré de Syrie en 2018. Il a été jugé à"
                + " Paris.\n\nSon avocate, Me Hélène Ferri, plaide la clémence. « Il a changé », assure-t-elle.\n\n"
                + "Le Bastiais raconte une dispute avec son émir, à Raqqa : « J'avais refusé de monter au front. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Sahraoui");
    }

    @Test
    void theMessinAfterTheVerbIsTheManFromMetz() {
        List<Quote> q = top("Rachid Aït-Salah, né à Metz en 1990, a passé trois ans en Irak. Le procureur a requis dix"
                + " ans.\n\n« Je n'ai tué personne », a répété le Messin devant la cour.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachid Aït-Salah");
    }

    @Test
    void theRémoiseIsADescriptionAtItsOwnOffsets() {
        String text = "Élise Guérin, originaire de Reims, est revenue en 2019. La Rémoise se souvient : « J'étais"
                + " perdue. »";
        List<PersonDescription> found = org.retour.quote.TestPipelines.analyze(text, "fr")
                .get(PersonStage.DESCRIPTIONS);
        PersonDescription d = found.stream().filter(x -> x.text().equals("La Rémoise")).findFirst().orElseThrow();
        assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo("La Rémoise");
        assertThat(d.span().start()).isEqualTo(text.indexOf("La Rémoise"));
        List<Quote> q = top(text, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Élise Guérin");
    }
}
