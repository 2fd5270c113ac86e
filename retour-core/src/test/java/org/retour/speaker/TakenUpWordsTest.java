package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote alone in its paragraph whose next paragraph takes it up with a demonstrative and a noun of words said
 * (« Ces mots, … », "Those words …", „Diese Worte …“) goes to the person that sentence names as their sayer, not to
 * the speaker before it.
 */
class TakenUpWordsTest {

    @Test
    void wordsTakenUpByCesMotsGoToTheSubjectNamedAfterThem() {
        List<Quote> q = top("Le procès s'est ouvert lundi à Paris. L'avocat général, Marc Duval, a requis dix ans.\n\n"
                + "« Je ne regrette rien. »\n\nCes mots, Karim Saïdi les a prononcés devant le juge sans lever les yeux.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Saïdi");
    }

    @Test
    void aSentenceTakenUpByCettePhraseIsNotTheLastSpeakers() {
        List<Quote> q = top("L'avocat général, Marc Duval, a requis dix ans. « C'est un homme dangereux », a-t-il dit.\n\n"
                + "« Je ne regrette rien. »\n\nCette phrase, Karim Saïdi l'a répétée trois fois à l'audience.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Duval");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Saïdi");
    }

    @Test
    void thoseWordsCameFromThePersonNamedAfterThem() {
        List<Quote> q = top("The prosecutor, Mark Doyle, asked for ten years. \"He is dangerous,\" he said.\n\n"
                + "\"I regret nothing.\"\n\nThose words came from Amina Rahman, who sat alone in the dock.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amina Rahman");
    }

    @Test
    void dieseWorteStammenVonThePersonNamedAfterThem() {
        List<Quote> q = top("Der Staatsanwalt Markus Vogel forderte zehn Jahre. „Er ist gefährlich“, sagte er.\n\n"
                + "„Ich bereue nichts.“\n\nDiese Worte stammen von Jonas Keller, der allein auf der Anklagebank saß.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Jonas Keller");
    }

    @Test
    void aQuoteWhoseParagraphGoesOnIsNotTakenUp() {
        List<Quote> q = top("L'avocat général, Marc Duval, a requis dix ans.\n\n« Je ne regrette rien », dit-il encore.\n\n"
                + "Ces mots, Karim Saïdi les a entendus sans lever les yeux.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Duval");
    }
}
