package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named in a cue set inside a quote's marks (« …, dit Martine Marsaud, sa mère. … ») belongs to the
 * narration: a description that takes her up later (« La mère sort son téléphone ») stands for her.
 */
class InnerCueNamedPersonTest {

    @Test
    void theMotherNamedInsideTheQuoteIsTheMotherTakenUpLater() {
        List<Quote> q = top("Julien Marsaud est parti pour la Syrie en 2014. Il y est mort en 2016.\n\n« Pendant des années,"
                + " j'ai cru que les gens d'ici allaient nous regarder de travers, dit Martine Marsaud, sa mère. Ça n'a"
                + " pas été le cas. »\n\nSon mari, Gérard, parle moins. « On ne comprend toujours pas. »\n\nLe dernier"
                + " message\n\nLa mère sort son téléphone. Elle lit : « Maman, je veux rentrer. »\n\nElle referme le"
                + " carnet. Pour elle, Julien « s'est fait avoir par des gens plus malins que lui ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Martine Marsaud");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Martine Marsaud");
    }
}
