package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A partitive whose last word also determines a noun ("one of those", « un autre ») that opens a sentence before a
 * noun and a comma ("One of those accounts, Karim confirmed, was his own.") describes no one, so the pronouns after
 * it go on with the person the text speaks of; inside a sentence, before a noun of a person the lexicon lacks, it
 * still describes someone.
 */
class DeterminingPartitivesTest {

    @Test
    void oneOfThoseAccountsIsNoPerson() {
        List<Quote> q = top("Karim went to Syria in 2013 and came back ten months later.\n\n"
                + "One of those accounts, Karim confirmed, was his own. He told investigators that a friend was shot."
                + " \"After that, you do not talk about leaving,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
    }

    @Test
    void frenchAnotherAccountIsNoPerson() {
        List<Quote> q = top("Karim est parti en Syrie en 2013 et il est rentré dix mois plus tard.\n\n"
                + "Un autre récit, Karim l'a confirmé, était le sien. Il a raconté aux enquêteurs qu'un ami avait été"
                + " abattu. « Après ça, on ne parle plus de partir », a-t-il dit.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
    }

    @Test
    void anotherParticipantInsideASentenceStillSpeaks() {
        List<Quote> q = top("Karim parle le premier.\n\nÀ quelques chaises de lui, un autre participant, originaire de"
                + " Tétouan, écoute en silence. « On ne l'a jamais revu », affirme-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("un autre"); // the partitive, the lexicon lacking "participant"
    }
}
