package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A subject pronoun a paragraph or more after an unnamed person a preposition brings in passing ("checked them with a
 * former fighter who knew him", « auprès d'un ancien combattant ») goes to the person named before that description,
 * whose letters the article quotes, not to the fighter.
 */
class PassingDescriptionsTest {

    @Test
    void theWriterOfTheLettersNotTheFighterTheyWereCheckedWith() {
        List<Quote> q = top("\"He wrote to me every week,\" said Sara Malik, 29.\n\n"
                + "The newspaper has read the letters Omar Malik sent from Syria, and has checked them with a former fighter"
                + " who knew him.\n\nThe first letters are cheerful. Then the tone changes.\n\n"
                + "\"They put me on a checkpoint all day,\" he wrote.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Malik");
    }

    @Test
    void theTravellerNotTheSmugglerWhoseAccountTracesHisRoute() {
        List<Quote> q = top("\"He called me at night,\" said Sara Malik, 29.\n\n"
                + "Investigators reconstructed the route Omar Malik took to the border from the account of a smuggler in"
                + " Gaziantep.\n\nNothing about it was easy.\n\n\"I walked for two nights,\" he told them.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Malik");
    }

    @Test
    void frenchWriterNotTheFighterConsulted() {
        List<Quote> q = top("« Il m'écrivait chaque semaine », dit Sara Malik, 29 ans.\n\n"
                + "Le journal a lu les lettres qu'Omar Malik a envoyées de Syrie et les a vérifiées auprès d'un ancien"
                + " combattant qui le connaissait.\n\nLes premières lettres sont joyeuses. Puis le ton change.\n\n"
                + "« Ils m'ont mis à un checkpoint toute la journée », écrit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Malik");
    }

    @Test
    void germanWriterNotTheFighterConsulted() {
        List<Quote> q = top("„Er hat mir jede Woche geschrieben“, sagt Sara Malik, 29.\n\n"
                + "Die Zeitung hat die Briefe gelesen, die Omar Malik aus Syrien schickte, und sie mit einem ehemaligen"
                + " Kämpfer geprüft, der ihn kannte.\n\nDie ersten Briefe sind fröhlich. Dann ändert sich der Ton.\n\n"
                + "„Sie haben mich den ganzen Tag an einen Checkpoint gestellt“, schrieb er.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Malik");
    }
    @Test
    void theDefendantWhoOpensTheParagraphNotTheProsecutorNamedBefore() {
        List<Quote> q = top("\"She was no prisoner,\" said public prosecutor Geir Lunde.\n\nMattress on the floor\n\n"
                + "The defendant spoke for most of the day. She described her first years in Raqqa with a Chechen"
                + " fighter.\n\n\"I got a room with a mattress on the floor,\" she said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("The defendant");
    }

    @Test
    void frenchDefendantWhoOpensTheParagraphNotTheProsecutorNamedBefore() {
        List<Quote> q = top("« Il n'était pas prisonnier », a dit le procureur Geir Lunde.\n\nUn matelas par terre\n\n"
                + "L'accusé a parlé presque toute la journée. Il a décrit ses années à Raqqa avec un combattant"
                + " tchétchène.\n\n« J'avais une chambre avec un matelas par terre », a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("L'accusé");
    }

    @Test
    void aReporterWhoChecksTheLettersLeavesThemToTheirWriter() {
        List<Quote> q = top("\"He wrote to me every week,\" said Sara Malik, 29.\n\nOmar Malik sent letters from Syria.\n\n"
                + "A reporter read them all. The reporter checked them with a former fighter who knew him.\n\n"
                + "\"They put me on a checkpoint all day,\" he wrote.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Malik");
    }

    @Test
    void theFighterNotTheSmugglerWhoseHelpHeHad() {
        List<Quote> q = top("Il a fallu onze auditions pour qu'il parle. Farid Assoumani, 34 ans, né à Vaulx-en-Velin, a été"
                + " pendant un an l'émir d'une katiba dans la région de Deir ez-Zor. Connu là-bas sous le nom d’« Abou"
                + " Moussa al-Faransi », il a quitté l'organisation à l'été 2016, franchi la frontière turque avec l'aide"
                + " d'un passeur, puis s'est présenté au consulat de France à Istanbul.\n\n"
                + "Libération a pu consulter les procès-verbaux de ses auditions par la DGSI.\n\n"
                + "Sur le combat, d'abord. « On est venus pour renverser Bachar », déclare-t-il aux enquêteurs le 14"
                + " octobre 2016.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Farid Assoumani");
    }

    @Test
    void theSubjectNotTheCousinNamedInPassingWithHim() {
        List<Quote> q = top("Mohamed Rizwan Faleel (33), a former supervisor from Kattankudy, was produced before the Chief"
                + " Magistrate on Wednesday.\n\nAccording to the report filed in court, Faleel left for Turkey in January"
                + " 2016 with his cousin, Ashraff Faleel, and crossed into Syria with the help of a smuggler.\n\n"
                + "In his statement to the TID, he had said that the cousin was put on a list for an operation. \"He was"
                + " crying at night. Two days later they announced that he was a martyr,\" the statement reads.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mohamed Rizwan Faleel");
    }
}
