package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Two listed given names joined by a hyphen are a given name of the first one's gender (« Marc-Olivier »,
 * « Sophie-Anne »), so the person they open is found and the descriptions after take them up.
 */
class CompoundGivenNameTest {

    private final PersonLexicon lexicon = PersonLexicon.bundled();

    @Test
    void twoGivenNamesJoinedByAHyphenAreAGivenNameOfTheFirstOnesGender() {
        assertThat(lexicon.firstName("Marc-Olivier")).isEqualTo(Gender.MALE);
        assertThat(lexicon.firstName("Sophie-Anne")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aHyphenatedWordWithAPartThatIsNoGivenNameIsNone() {
        assertThat(lexicon.firstName("Marc-Dufresne")).isNull();
        assertThat(lexicon.firstName("Saint-Olivier")).isNull();
        assertThat(lexicon.firstName("Marc-olivier")).isNull();
        assertThat(lexicon.firstName("Marc-Olivier-Anne")).isNull();
        assertThat(lexicon.firstName("Marc-")).isNull();
    }

    @Test
    void aResearcherWithACompoundGivenNameSpeaksAndIsTakenUp() {
        String text = "Criminologue à l’Université Laval, Marc-Olivier Bérubé a rencontré une vingtaine d’anciens"
                + " combattants. « La plupart ont été vaincus avant de douter », nuance-t-il.\n\n"
                + "Le chercheur plaide pour un suivi long. « Le travail compte plus que les discours », ajoute-t-il.\n\n"
                + "Pour Sophie-Anne Ménard, sociologue, « rien n’est joué ».";
        Analysis a = org.retour.quote.TestPipelines.analyze(text, "fr");
        Entity p = a.get(Layers.PERSONS).stream().filter(e -> e.canonical().equals("Marc-Olivier Bérubé")).findFirst()
                .orElseThrow();
        assertThat(p.mentions().get(0).span().of(text)).isEqualTo("Marc-Olivier Bérubé");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Marc-Olivier Bérubé");
        assertThat(q.get(1).attribution().speaker().name()).isEqualTo("Marc-Olivier Bérubé");
        assertThat(q.get(2).attribution().speaker().name()).isEqualTo("Sophie-Anne Ménard");
    }
}
