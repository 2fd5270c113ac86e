package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A short sentence of gesture whose head names or describes someone, between the cue of the last speaker's words and
 * a quote with no cue, hands that quote to the one who gestures: two people take turns.
 */
class GestureTakesTurnTest {

    @Test
    void theNamedPersonWhoNodsSpeaksNextNotTheOneWhoseCueCameBefore() {
        List<Quote> q = top("Karim Haddad et Sophie Lenoir animent l'atelier depuis 2019. « Ici, personne ne juge"
                + " personne », dit Karim Haddad. Sophie Lenoir acquiesce. « On écoute d'abord. Le reste vient après. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sophie Lenoir");
    }

    @Test
    void aTitledNameAtTheHeadOfTheGestureTakesTheTurn() {
        List<Quote> q = top("« Ils reviennent brisés », explique le psychiatre Paul Mercier. Me Claire Dubois hoche la tête."
                + " « Brisés, oui, mais pas toujours repentis. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Dubois");
    }

    @Test
    void theDescribedJudgeWhoFrownsSpeaksNextNotTheDefendant() {
        List<Quote> q = top("Le procès d'Amine Rahmouni s'est ouvert lundi à Paris. « Je n'ai jamais porté d'arme », a"
                + " répété le prévenu. La présidente fronce les sourcils. « Vos camarades disent le contraire. »", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("La présidente");
    }

    @Test
    void anEnglishNodHandsTheTurnOver() {
        List<Quote> q = top("“We listen first,” said Tom Reed, who runs the programme. Dr Anna Osei nodded slowly."
                + " “And then we ask about the children.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anna Osei");
    }

    @Test
    void aGermanNodHandsTheTurnOver() {
        List<Quote> q = top("„Wir hören zuerst zu“, sagte Thomas Berger. Anna Weiß nickt. „Danach reden wir über die"
                + " Kinder.“", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anna Weiß");
    }

    @Test
    void aPronounGestureGoesOnWithTheSpeaker() {
        List<Quote> q = top("Sophie Lenoir anime l'atelier avec Karim Haddad. « Ici, personne ne juge personne », dit"
                + " Karim Haddad. Il sourit. « On écoute d'abord. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aSentenceAboutSomeoneToldOfIsNoTurn() {
        List<Quote> q = top("Amira Hussain left Raqqa in 2018. “I stayed for him,” Amira Hussain said. It was her son."
                + " “He had never seen rain.”", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amira Hussain");
    }
}
