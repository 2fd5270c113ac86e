package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « écrit » in « par écrit » tells how one spoke, not that one wrote: the verb before it is the cue. */
class MannerPhraseCueTest {

    private static final String KARIM = "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n";

    @Test
    void parEcritIsNoCueOfItsOwn() {
        List<Quote> il = top(KARIM + "Le parquet de Paris n'a pas souhaité commenter un cas individuel. Il rappelle par"
                + " écrit que « chaque retour fait l'objet d'une procédure ».", "fr");
        assertThat(speaker(il.get(1)).name()).isEqualToIgnoringCase("parquet de Paris");
        List<Quote> org = top(KARIM + "Le parquet de Paris confirme par écrit qu'« aucune charge » n'est retenue.", "fr");
        assertThat(speaker(org.get(1)).name()).isEqualToIgnoringCase("parquet de Paris");
        List<Quote> person = top(KARIM + "Sa sœur, Leïla Benali, a répondu par écrit à nos questions : « Il n'a jamais été"
                + " violent. »", "fr");
        assertThat(speaker(person.get(1)).name()).isEqualTo("Leïla Benali");
    }
}
