package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** An unnamed speaker described by a trade or post ("a former IS administrator") is found with that description. */
class TradeDescriptionSpeakerTest {

    @Test
    void aTradeHeadsTheDescriptionOfAnUnnamedSpeaker() {
        List<Quote> en = top("A former IS administrator who came back to Belgium said: \"The salaries were never paid.\"", "en");
        assertThat(speaker(en.get(0)).description()).isEqualTo("A former IS administrator");
        assertThat(speaker(en.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
        List<Quote> fr = top("Un ancien traducteur de l'EI raconte : « On traduisait les vidéos. »", "fr");
        assertThat(speaker(fr.get(0)).description()).startsWith("Un ancien traducteur");
        List<Quote> de = top("Ein ehemaliger Dolmetscher des IS sagt: „Wir haben die Videos übersetzt.“", "de");
        assertThat(speaker(de.get(0)).description()).startsWith("Ein ehemaliger Dolmetscher");
    }

    @Test
    void aWordThatIsNoTradeStillHeadsNothing() {
        List<Quote> en = top("A former IS document that came back to light said: \"The salaries were never paid.\"", "en");
        assertThat(en.get(0).attribution().speaker() == null || speaker(en.get(0)).description() == null
                || !speaker(en.get(0)).description().contains("document")).isTrue();
    }

    @Test
    void aParentByTheirChildrenOrADriverIsADescription() {
        List<Quote> parent = top("Tareq Hamid spent two years in Raqqa. \"I was stupid,\" said the father-of-two, who asked"
                + " that his surname not be used.", "en");
        assertThat(parent.get(0).attribution().speaker()).isNotNull();
        List<Quote> driver = top("\"We ate grass,\" the former bus driver from Luton recalled.", "en");
        assertThat(speaker(driver.get(0)).description()).isEqualTo("the former bus driver");
    }
}
