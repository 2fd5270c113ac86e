package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * The quotes of one speaker share a voice; a parent's role does not hide her own life inside the group, and a
 * speaker who speaks of a parent is a child, no relative of a fighter.
 */
class SharedSpeakerVoiceTest {

    @Test
    void aLaterQuoteWithoutARoleTakesTheVoiceOfTheSpeakersEarlierOne() {
        List<Quote> q = top("LIÈGE (Belga) - A Belgian returnee on trial in Liège told judges on Monday that the"
                + " group's prisons were full of \"men who only wanted to go home.\"\n\nKarim D., 31, from Seraing,"
                + " said he spent two years in Raqqa. \"The emirs had cars and we had nothing,\" he told the court."
                + "\n\nProsecutor Anne Lambert asked why Karim D. had stayed so long. \"Because I was afraid,\" the"
                + " defendant replied.", "en");
        Quote last = q.get(q.size() - 1);
        assertThat(speaker(last).name()).isEqualTo("Karim D.");
        assertThat(speaker(last).voice()).isEqualTo(speaker(q.get(1)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aMotherOfThreeWhoTellsOfHerOwnLifeInsideIsNoRelative() {
        List<Quote> q = top("Amira Haddad, a 36-year-old mother of three, spent seven years in Syria and came home"
                + " last year to face trial.\n\n\"I was a number there. The emirs' wives had generators and we had"
                + " candles. I asked the emir for milk, and my husband told me to be quiet,\" Amira Haddad said."
                + " \"She said to me that I should stop asking,\" she added.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amira Haddad");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aSpeakerWhoTellsOfHisMothersMessagesIsNoRelative() {
        List<Quote> q = top("Anis Gharbi, 24 ans, attend dans un café.\n\n"
                + "« Ma mère m'envoie des messages tous les jours. Elle me demande si je mange », dit Anis Gharbi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anis Gharbi");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.RELATIVE);
    }

    @Test
    void aSpeakerWhoWaitsForHerSonIsARelative() {
        List<Quote> q = top("Nadia Gharbi vit à Sfax.\n\n"
                + "« Mon fils me manque. Je l'attends chaque nuit », raconte Nadia Gharbi.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }
}
