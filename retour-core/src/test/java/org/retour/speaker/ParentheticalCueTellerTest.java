package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The pronoun of a cue set off by commas inside a sentence ("A cousin, he said, had been killed") is the one who tells,
 * never the person at the head of the sentence it interrupts; the quote that follows goes on in the teller's words.
 */
class ParentheticalCueTellerTest {

    @Test
    void cousinAtTheHeadOfTheSentenceDoesNotTakeTheTellersPronoun() {
        List<Quote> q = top("Omar Haddad spent three years in Raqqa. “I guarded a bakery,” he said.\n\n"
                + "What changed his mind was a funeral. A cousin from Mosul, he said, had been killed by a drone."
                + " “I knew I was next.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void neighbourAtTheHeadOfTheSentenceDoesNotTakeHerPronoun() {
        List<Quote> q = top("Leila Mansour came back in 2019. “We were hungry,” she said.\n\n"
                + "Her decision came late. A neighbour from Aleppo, she said, had been flogged for a phone call."
                + " “After that I stopped talking.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Leila Mansour");
    }

    @Test
    void frenchInvertedCueBetweenCommasIsTheTellers() {
        List<Quote> q = top("Karim Benali est rentré en 2017. « J’avais peur », dit-il.\n\n"
                + "Tout a basculé un soir. Un ami d’enfance, a-t-il raconté, avait été désigné pour une opération."
                + " « J’étais le suivant. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void germanInvertedCueBetweenCommasIsTheTellers() {
        List<Quote> q = top("Jonas Keller kehrte 2018 nach Deutschland zurück. „Ich hatte Angst“, sagt er.\n\n"
                + "Dann kam der Winter. Ein Freund aus Dinslaken, erzählt er, sei bei einem Angriff gestorben."
                + " „Ich wusste, dass ich der Nächste war.“", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Jonas Keller");
    }

    @Test
    void pronounAtTheHeadOfTheSentenceStaysTheSamePerson() {
        List<Quote> q = top("Besim Gashi sells phone cases in Pristina. “I came back with nothing,” he said.\n\n"
                + "He did not go for adventure, he insists, but he found one. “I spent my days cleaning rifles.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Besim Gashi");
    }

    @Test
    void frenchCueInvertedInOneWordBetweenCommasIsTheTellers() {
        List<Quote> q = top("Jonathan Morel est rentré en 2016. « On m’avait promis le front », raconte-t-il.\n\n"
                + "Il décrit la défiance. Un ami vaudois, dit-il, a passé trois semaines en cellule pour une photo."
                + " « Ils l’ont relâché avec des marques partout. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Jonathan Morel");
    }

    @Test
    void theLastSpeakerAtTheHeadOfTheSentenceTellsOfHimself() {
        List<Quote> fr = top("Abdelilah, 34 ans, est rentré en 2019. « Je voulais défendre les Syriens », a-t-il confié.\n\n"
                + "Le trentenaire se retrouve alors, dit-il, à combattre « des brigades rebelles ». Puis il a fui."
                + " « Pour qui je tirais ? »", "fr");
        assertThat(speaker(fr.get(1)).name()).isEqualTo("Abdelilah");
        assertThat(speaker(fr.get(2)).name()).isEqualTo("Abdelilah");
        List<Quote> en = top("Tom Ashby, 34, came back in 2019. “I wanted to help the Syrians,” he said.\n\n"
                + "The 34-year-old then found himself, he says, fighting other rebels. Then he fled."
                + " “Who was I shooting at?”", "en");
        assertThat(speaker(en.get(1)).name()).isEqualTo("Tom Ashby");
    }
}
