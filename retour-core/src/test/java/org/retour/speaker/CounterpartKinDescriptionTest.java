package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite kin description without owner (« Le père », "The father") that no nearer person takes up stands for
 * the one other person of its gender who bears the surname of the relative it makes other kin: the son's
 * surname names the father, however long the son's story told in between.
 */
class CounterpartKinDescriptionTest {

    @Test
    void frenchFatherFarAfterHisNameIsTheOneOfTheSonsSurname() {
        List<Quote> q = top("Michel Garnier, 61 ans, a attendu son fils pendant trois ans.\n\nThomas Garnier est parti en Syrie en "
                + "2014. Il a d'abord gardé un dépôt d'armes près de Raqqa, puis il a conduit des camions de vivres ent"
                + "re les villages de la vallée. Il a été arrêté à la frontière turque en 2017 et il a passé deux ans d"
                + "ans une prison d'Ankara avant d'être expulsé vers la France. Le jeune homme vit aujourd'hui chez ses"
                + " parents, dans un pavillon de la banlieue de Rouen. Il passe ses journées à chercher un emploi, sans"
                + " succès pour l'instant. Il voit un éducateur deux fois par semaine et doit pointer chaque lundi au c"
                + "ommissariat. Il ne parle guère de la Syrie, sauf pour dire qu'il y a eu faim et froid. Ses anciens a"
                + "mis du quartier ne viennent plus le voir. Quelques-uns ont été condamnés, d'autres sont morts là-bas"
                + ", et les derniers ont déménagé loin de la ville. Au tribunal, ses avocats ont plaidé la naïveté d'un"
                + " garçon de vingt ans parti sans rien comprendre à la guerre qu'il allait trouver.\n\nSa sœur raconte q"
                + "u'il dort mal et qu'il se lève souvent la nuit pour regarder la télévision. Sa mère prépare chaque s"
                + "oir le plat qu'il aimait enfant, mais il mange peu. Le dimanche, il accompagne parfois son oncle au "
                + "marché, où personne ne lui adresse la parole. Les voisins ont signé une pétition pour qu'il quitte l"
                + "e quartier, puis ils l'ont retirée après une réunion à la mairie.\n\nLe père, lui, a sa propre explica"
                + "tion. « Il avait honte de revenir les mains vides. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Michel Garnier");
    }

    @Test
    void englishFatherFarAfterHisNameIsTheOneOfTheSonsSurname() {
        List<Quote> q = top("Robert Hale, 64, waited three years for his son.\n\nDaniel Hale left for Syria in 2014. He first guard"
                + "ed a weapons store near Raqqa, then drove food lorries between the villages of the valley. He was ar"
                + "rested at the Turkish border in 2017 and spent two years in a prison in Ankara before he was deporte"
                + "d to Britain. The young man now lives with his parents in a terraced house on the edge of Leeds. He "
                + "spends his days looking for work, so far without success. He sees a probation officer twice a week a"
                + "nd must report to a police station every Monday. He rarely talks about Syria, except to say that he "
                + "was hungry and cold there. His old friends from the estate no longer come round. Some were convicted"
                + ", others died out there, and the rest moved far away from the city. At his trial, his barristers des"
                + "cribed a naive boy of twenty who left without understanding the war he would find.\n\nHis sister says "
                + "he sleeps badly and often gets up at night to watch television. His mother cooks the dish he liked a"
                + "s a child every evening, but he eats little. On Sundays he sometimes goes with his uncle to the mark"
                + "et, where nobody speaks to him. The neighbours signed a petition asking him to leave the street, the"
                + "n withdrew it after a meeting at the town hall.\n\nThe father has his own explanation. “He was ashamed"
                + " to come back with nothing,” he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Robert Hale");
    }
}
