package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * A message addressed to a parent that an unnamed parent already known to the text passes on (« La mère de
 * l'accusé », "Her mother", „Seine Mutter“) is the child's the text named before; an unnamed
 * parent brought in anew ("A mother from Luton") passes on an unnamed child's words.
 */
class KnownParentMessageTest {

    @Test
    void laMereDeLAccuseTransmetLesMotsDeLAccuseNommeAvant() {
        Analysis a = TestPipelines.analyze("Yanis Ferhat, 26 ans, est jugé depuis lundi devant la cour d'assises.\n\n"
                + "La mère de l'accusé, assise au premier rang, a pris la parole. « Il m'appelait la nuit. Il me disait :"
                + " “Maman, je veux rentrer, ici tout le monde ment.” Puis plus rien », a-t-elle raconté.", "fr");
        Quote outer = topLevel(a).get(0);
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Yanis Ferhat");
    }

    @Test
    void herMotherPassesOnTheDaughterNamedBefore() {
        Analysis a = TestPipelines.analyze("Sara Malik, 24, has been held in al-Roj camp since 2019.\n\n"
                + "Her mother spoke to reporters outside parliament. \"She sent me a voice note last spring. She said,"
                + " 'Mum, get us out of here,'\" the mother said.", "en");
        Quote outer = topLevel(a).get(0);
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Sara Malik");
    }

    @Test
    void seineMutterGibtDieNachrichtDesSohnesWieder() {
        Analysis a = TestPipelines.analyze("Jonas B., 25, sitzt seit 2019 in einem Gefängnis in Nordsyrien.\n\n"
                + "Seine Mutter sprach am Dienstag vor dem Landtag. „Er schrieb mir: ‚Mama, holt mich hier raus.‘ Dann kam"
                + " nichts mehr“, sagte sie.", "de");
        Quote outer = topLevel(a).get(0);
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Jonas B.");
    }

    @Test
    void aMotherBroughtInAnewPassesOnAnUnnamedSonsWords() {
        Analysis a = TestPipelines.analyze("Jamal Idris, 30, was jailed last year for funding the group.\n\n"
                + "A mother from Luton told the meeting about her son. \"He said to me, 'Mum, don't tell anyone I"
                + " called,'\" she said.", "en");
        Quote outer = topLevel(a).get(0);
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner) == null || speaker(inner).name() == null).isTrue();
    }
}
