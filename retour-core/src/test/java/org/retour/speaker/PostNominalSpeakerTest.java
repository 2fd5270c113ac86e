package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Letters after a name ("KC", "MP", "Jr.") make a run of capitalised words a person's name though the lexicon
 * knows none of its words, are no part of the name, and are no acronym of the name before them.
 */
class PostNominalSpeakerTest {

    @Test
    void aBarristerWithAnUnknownGivenNameSpeaks() {
        List<Quote> q = top("The trial went on.\n\nAnnabel Crewe KC told the jury: \"He knew exactly what he was"
                + " doing.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Annabel Crewe");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void aMemberOfParliamentIsNoOrganisationNamedByInitials() {
        Analysis a = TestPipelines.analyze("The trial went on.\n\nMorwenna Pike MP said: \"We must learn the lessons"
                + " of this case.\"", "en");
        assertThat(a.get(Layers.ORGANIZATIONS)).isEmpty();
        Quote q = QuoteAssertions.topLevel(a).get(0);
        assertThat(speaker(q).name()).isEqualTo("Morwenna Pike");
        assertThat(speaker(q).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aGenerationIsNoPartOfTheName() {
        Analysis a = TestPipelines.analyze("Thorsby Wainwright Jr. spoke after the hearing.", "en");
        assertThat(a.get(Layers.PERSONS)).extracting(e -> e.canonical()).containsExactly("Thorsby Wainwright");
    }
}
