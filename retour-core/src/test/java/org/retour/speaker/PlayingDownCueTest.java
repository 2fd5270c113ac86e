package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * Verbs of a reply that pushes a question aside or plays a matter down (« balaie-t-il », « minimise-t-elle »,
 * « persiste-t-il », « explose la mère ») and « reconnait » without its circumflex are cues of their own, so the
 * speaker they name takes the words even when the paragraph before is someone else's.
 */
class PlayingDownCueTest {

    private static final String BEFORE = "Karim Benali est rentré de Syrie en 2017. Sa mère, Nadia Benali, l'attendait à Roubaix.\n\n";

    @Test
    void invertedVerbsOfPlayingDownAreCues() {
        for (String verb : List.of("balaie-t-il", "minimise-t-il", "persiste-t-il", "élude-t-il", "esquive-t-il",
                "explose-t-il", "reconnait-il", "modère-t-il")) {
            List<Quote> q = top(BEFORE + "« Je n'ai fait que de la cuisine », " + verb + ".", "fr");
            assertThat(q.get(0).attribution()).as(verb).isInstanceOf(Attribution.Cued.class);
            assertThat(q.get(0).attribution().speaker().name()).as(verb).isEqualTo("Karim Benali");
        }
    }

    @Test
    void aNamedSubjectAfterTheVerbSpeaks() {
        List<Quote> q = top(BEFORE + "« On me l'a volé », explose Nadia Benali.", "fr");
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Cued.class);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Nadia Benali");
    }

    @Test
    void qualifierDeIsTheCueOfThePartialQuoteItIntroduces() {
        List<Quote> q = top(BEFORE + "Sa mère, Nadia Benali, qualifie ces camps de « prisons à ciel ouvert ».", "fr");
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Cued.class);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Nadia Benali");
    }
}
