package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named with a title at the head of the sentence before a pronoun cue ("Me Garnier a plaidé …
 * « … », a-t-elle dit") is that pronoun's person, as one named without a title is; a title of the other
 * gender ("Ms Patel" before "he wrote") rules them out.
 */
class TitledSubjectPronounTest {

    @Test
    void aLawyerNamedWithHerTitleTakesThePronounAfterHerSentence() {
        List<Quote> q = top("Sonia B., 33 ans, est jugée pour association de malfaiteurs. « Je voulais rentrer dès 2016 »,"
                + " a-t-elle affirmé. Son avocate, Juliette Garnier, plaide l’acquittement.\n\n"
                + "Le procureur a requis huit ans.\n\n"
                + "Me Garnier a insisté sur l’isolement de sa cliente. « Elle n’a jamais tenu une arme », a-t-elle dit.\n",
                "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Juliette Garnier");
    }

    @Test
    void aTitleOfTheOtherGenderLeavesThePronounToSomeoneElse() {
        List<Quote> q = top("Omar Haddad, 26, fought for two years in Raqqa. \"I wanted to go home by 2016,\" Haddad told"
                + " the court.\n\n"
                + "Ms Patel read the jury a message. In it, he said: \"I only drove a truck.\"\n", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Haddad");
    }
}
