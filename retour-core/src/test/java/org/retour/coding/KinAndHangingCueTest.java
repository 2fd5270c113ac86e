package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 14's cues for parents, hanging, victims who are no deserters, goods resold, the fear of speaking of
 * flight, punishments of those who try to leave, beatings, a collapse that is no cue alone, apostates and pay by
 * nationality, each beside a look-alike that is not coded.
 */
class KinAndHangingCueTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void aParentIsHomeOnlyWhenTheWordsTellOfMissingWaitingOrIllness() {
        assertThat(codes("My mother's brother was the one who took me to the study circle.", "en")).doesNotContain("N9");
        assertThat(codes("My father sold our plot to pay a smuggler.", "en")).doesNotContain("N9");
        assertThat(codes("I wanted my mother to stop crying on the phone.", "en")).contains("N9");
        assertThat(codes("C'est ma mère qui m'a appris à coudre.", "fr")).doesNotContain("N9");
        assertThat(codes("Ce qui m'a fait rentrer, c'est ma mère.", "fr")).contains("N9");
        assertThat(codes("Elle voulait me voir avant de mourir.", "fr")).contains("N9");
        assertThat(codes("My daughter was born while I was there.", "en")).contains("N9");
    }

    @Test
    void aWordOfHangingAloneIsNoPunishmentOfDeserters() {
        assertThat(codes("Ils ont pendu un garçon de quinze ans devant tout le marché.", "fr")).contains("N2").doesNotContain("N7");
        assertThat(codes("Die Mutter habe die Bilder damals im Flur aufgehängt.", "de")).doesNotContain("N2", "N7");
        assertThat(codes("In Rakka wurden Männer öffentlich aufgehängt.", "de")).contains("N2").doesNotContain("N7");
        assertThat(codes("Wer gehen wollte, landete im Keller.", "de")).contains("N7");
    }

    @Test
    void aFarmerShotBesideAnEscapeStaysBrutality() {
        assertThat(codes("At the checkpoint they shot a farmer because his wife's face was showing.", "en")).contains("N2");
        assertThat(codes("They executed the brothers who tried to flee.", "en")).doesNotContain("N2");
    }

    @Test
    void goodsConfiscatedAndSoldByTheChiefsAreCorruption() {
        assertThat(codes("Les émirs revendaient les cigarettes qu'ils confisquaient.", "fr")).contains("N3");
        assertThat(codes("They punished us for smoking and then sold the confiscated cigarettes.", "en")).contains("N3");
        assertThat(codes("The police confiscated his passport.", "en")).doesNotContain("N3");
    }

    @Test
    void nobodyDaringToSpeakOfLeavingIsTheFearOfPunishment() {
        assertThat(codes("After that nobody talked about leaving, not even in whispers.", "en")).contains("N7");
        assertThat(codes("Nobody talked about the food.", "en")).doesNotContain("N7");
    }

    @Test
    void punishmentsOfThoseWhoTryToLeaveAreToldInOtherWords() {
        assertThat(codes("He saw them execute two men from his unit who tried to run away.", "en")).contains("N7");
        assertThat(codes("Ils l'ont tué devant nous pour que personne n'ait envie de l'imiter.", "fr")).contains("N7");
        assertThat(codes("Le tournant, c'est l'exécution d'un ami, accusé d'avoir voulu fuir.", "fr")).contains("N7");
        assertThat(codes("The ones who asked to leave were taken to the office and did not come back.", "en")).contains("N7");
        assertThat(codes("He asked to leave the meeting early.", "en")).doesNotContain("N7");
    }

    @Test
    void beatingsToDeathAndBodiesHungAtABridgeAreBrutality() {
        assertThat(codes("Un gardien a frappé un vieil homme jusqu'à ce qu'il ne bouge plus.", "fr")).contains("N2");
        assertThat(codes("Da hing ein Mann an der Brücke, drei Tage lang.", "de")).contains("N2");
        assertThat(codes("Da hing ein Plakat an der Wand.", "de")).doesNotContain("N2");
    }

    @Test
    void theCollapseAloneIsTheAnalystsFrameNotLosingGround() {
        assertThat(codes("In my view, most returnees left because the territory collapsed.", "en")).doesNotContain("N6");
        assertThat(codes("Sans l'effondrement territorial, très peu seraient rentrés.", "fr")).doesNotContain("N6");
        assertThat(codes("We were retreating every night.", "en")).contains("N6");
        assertThat(codes("Chaque semaine, on perdait un village.", "fr")).contains("N6");
    }

    @Test
    void aWishToGoHomePunishedAsDesertionIsNoLongingUnlessTheFamilyIsNamed() {
        assertThat(codes("They started executing our own people for wanting to go home.", "en")).contains("N7").doesNotContain("N9");
        assertThat(codes("Ils ont exécuté ceux qui voulaient rentrer chez eux.", "fr")).contains("N7").doesNotContain("N9");
        assertThat(codes("They executed those who tried to flee, and I wanted to go home to my mother.", "en")).contains("N7", "N9");
    }

    @Test
    void oneApostateIsADeserterWhileApostatesAreTheEnemy() {
        assertThat(codes("They call anyone who leaves an apostate.", "en")).contains("N7");
        assertThat(codes("We were told the people in those villages were apostates.", "en")).doesNotContain("N7");
        assertThat(codes("On nous a dit que les brigades d'en face étaient des apostats.", "fr")).doesNotContain("N7");
    }

    @Test
    void beingPaidOrHousedWorseThanAnotherNationalityIsDiscrimination() {
        assertThat(codes("Les veuves françaises recevaient moins que les Syriennes.", "fr")).contains("N5");
        assertThat(codes("Les prix étaient plus bas que les années précédentes.", "fr")).doesNotContain("N5");
    }
}
