package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun cue after a sentence that a source phrase with a pronoun opens (« Pour elle, X … », « Selon lui, X … »,
 * "According to her, X …") goes on with the one whose view that sentence gives, not to the person it tells of.
 */
class SourcePronounViewTest {

    @Test
    void pourEllePuisUnNomGardeLaParoleALAvocate() {
        List<Quote> q = top("Me Lucie Garnier, l'avocate de la partie civile, ne croit pas au repentir. Pour elle, Nadia Rahmani"
                + " « a menti du début à la fin ». « Elle savait tout, elle a choisi de rester », a-t-elle ajouté.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Lucie Garnier");
    }

    @Test
    void selonLuiPuisLePrevenuGardeLaParoleAuProcureur() {
        List<Quote> q = top("Le procureur, Marc Delaunay, a requis huit années de prison. Selon lui, Yacine Bouhadi n'a jamais"
                + " rompu avec l'organisation. « Il a attendu que tout s'effondre pour partir », a-t-il lancé.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Delaunay");
    }

    @Test
    void accordingToHerThenANameKeepsTheFloorWithTheProsecutor() {
        List<Quote> q = top("The prosecutor, Helen Marsh, asked for a ten-year term. According to her, Sara Lind never broke with"
                + " the group. \"She left because the group was losing,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Marsh");
    }

    @Test
    void unNomDeLAccuseApresSelonLuiNEstPasUnVerbeDeParole() {
        List<Quote> q = top("Samir Ouali, 31 ans, comparaît pour association de malfaiteurs. Il a nié.\n"
                + "L'avocat général, Éric Vasseur, ne s'est pas laissé émouvoir. Pour lui, l'accusé a été « un rouage"
                + " conscient ». « On ne garde pas une prison par hasard », a-t-il lancé.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Éric Vasseur");
    }
}
