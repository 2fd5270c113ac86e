package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote that closes its sentence, then a sentence whose subject and verb of speech lead to a quote of their own:
 * that cue is the second quote's, and the first keeps the cue before it ("X said, “….” A woman said the guards
 * “…”"). A pronoun's cue there is still read after the first quote, as the same speaker goes on.
 */
class NextSentenceCueBelongsToItsQuoteTest {

    @Test
    void aCueBeforeTheQuoteWinsOverTheNextSentencesSubjectInEnglish() {
        List<Quote> q = top("The hearing went on all day.\n\nKarim Haddad said, \"We were hungry.\" Another returnee"
                + " said the guards \"beat the children.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Another returnee");
    }

    @Test
    void aCueBeforeTheQuoteWinsOverTheNextSentencesSubjectInFrench() {
        List<Quote> q = top("L'audience a duré toute la journée.\n\nKarim Haddad a dit aux journalistes, « Nous avions"
                + " faim. » Un autre revenant a expliqué que les gardes « battaient les enfants ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
        assertThat(speaker(q.get(1)).description()).isEqualTo("Un autre revenant");
    }

    @Test
    void aNamedCueAfterAQuoteEndingWithACommaIsStillItsOwn() {
        List<Quote> q = top("The hearing went on all day.\n\nKarim Haddad spoke first. \"We were hungry,\" Samira Aziz"
                + " said, adding that the guards \"beat the children.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samira Aziz");
    }

    @Test
    void aPronounsCueAfterTheQuoteStillGoesOnWithTheSameSpeaker() {
        List<Quote> q = top("Dans une lettre écrite en prison, Anis Ouali revient sur son départ. « Ils m'avaient vendu"
                + " un pays. » Plus loin, il décrit les combats contre les rebelles : « On tirait sur des gens qui"
                + " priaient comme nous. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anis Ouali");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anis Ouali");
    }
}
