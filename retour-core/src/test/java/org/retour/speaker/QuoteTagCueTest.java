package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * A verb of no list that tags a quote right after it is a cue: French inverted with its pronoun after the quote and its
 * comma (« « … », grimace-t-il »), English in the past after a pronoun, the quote closing on its comma ("“…,” he
 * grimaced."); the same forms elsewhere are none.
 */
class QuoteTagCueTest {

    private static final String BEFORE = "Karim Benali est rentré de Syrie en 2017. Sa mère, Nadia Benali, l'attendait à Roubaix.\n\n";

    @Test
    void anUnlistedVerbInvertedAfterTheQuoteIsACueWhosePronounGivesTheGender() {
        List<Quote> q = top(BEFORE + "« Je n'ai fait que de la cuisine », grimace-t-il.\n\n"
                + "« On me l'a volé », tempête-t-elle.\n\n« C'était une autre vie », s'amuse-t-il.", "fr");
        assertThat(q).allSatisfy(x -> assertThat(x.attribution()).isInstanceOf(Attribution.Cued.class));
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Karim Benali");
        assertThat(q.get(1).attribution().speaker().name()).isEqualTo("Nadia Benali");
        assertThat(q.get(2).attribution().speaker().name()).isEqualTo("Karim Benali");
    }

    @Test
    void anInvertedQuestionAfterTheQuoteWithoutACommaIsNoCue() {
        List<Quote> q = top(BEFORE + "« Je n'ai fait que de la cuisine. » Peut-il le prouver ?", "fr");
        assertThat(q.get(0).attribution()).isNotInstanceOf(Attribution.Cued.class);
    }

    @Test
    void anInvertedAuxiliaryStillReadsItsParticiple() {
        List<Quote> q = top(BEFORE + "« Ils mentaient sur tout », a-t-elle dit.", "fr");
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Cued.class);
        assertThat(((Attribution.Cued) q.get(0).attribution()).cue().text()).isEqualTo("a-t-elle dit");
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Nadia Benali");
    }

    @Test
    void anEnglishVerbInThePastAfterAPronounTagsAQuoteClosingOnItsComma() {
        List<Quote> q = top("Karim Benali returned from Syria in 2017. His mother, Nadia Benali, waited in Leeds.\n\n"
                + "\"I only cooked for them,\" he grimaced.\n\n\"He was always kind,\" she smiled, \"even as a child.\"", "en");
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Cued.class);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Karim Benali");
        assertThat(q.get(1).attribution().speaker().name()).isEqualTo("Nadia Benali");
    }

    @Test
    void aSentenceOfItsOwnAfterAQuoteClosingOnAFullStopIsNoTag() {
        List<Quote> q = top("Karim Benali returned from Syria in 2017. His mother, Nadia Benali, waited in Leeds.\n\n"
                + "\"I only cooked for them.\" He shrugged.", "en");
        assertThat(q.get(0).attribution()).isNotInstanceOf(Attribution.Cued.class);
    }
}
