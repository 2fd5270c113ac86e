package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.quote.TestPipelines;

/**
 * An interview whose labelled speaker is a researcher or official stays their own words, even when the
 * questions carry no label and the article names someone else first.
 */
class ResearcherInterviewTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static boolean codedAsTestimony(String text, String lang, String words) {
        List<Coding> codings = RULES.code(TestPipelines.analyze(text, lang));
        int at = text.indexOf(words);
        return codings.stream().anyMatch(c -> c.span().start() <= at && c.span().end() >= at + words.length() - 1);
    }

    @Test
    void theLabelledAnswersOfASociologistAreNotReadAgainAsAPlainInterviewWithAFighter() {
        String own = "Les émirs vivaient dans des villas pendant qu'on faisait la queue pour le pain, voilà l'image qu'on garde.";
        String text = "Dix ans après la mort d'Oussama ben Laden, le sociologue Paul Girard publie un livre d'entretiens.\n"
                + "Qu'est-ce qui revient le plus souvent ?\n"
                + "Paul Girard : La lassitude. Beaucoup étaient épuisés.\n"
                + "Et l'argent ?\n"
                + "Paul Girard : " + own + "\n"
                + "Leurs récits sont-ils fiables ?\n"
                + "Paul Girard : Il faut être prudent.\n";
        assertThat(codedAsTestimony(text, "fr", own)).isFalse();
    }

    @Test
    void theLabelledAnswersOfAnOfficialStayHisOwnInEnglishAndGerman() {
        String own = "The emirs lived in villas and drove new cars while we queued for bread, that is the picture people keep.";
        String text = "Ten years after Osama bin Laden was killed, the prosecutor Paul Grant has questioned forty returnees.\n"
                + "What do they talk about most?\n"
                + "Paul Grant: Fatigue. Many were exhausted.\n"
                + "And money?\n"
                + "Paul Grant: " + own + "\n"
                + "Are their accounts reliable?\n"
                + "Paul Grant: One has to be careful.\n";
        assertThat(codedAsTestimony(text, "en", own)).isFalse();
        String eigen = "Die Führung war korrupt und unislamisch, so erzählen sie es uns.";
        String de = "Zehn Jahre nach dem Tod von Osama bin Laden hat der Staatsanwalt Paul Krämer vierzig Rückkehrer befragt.\n"
                + "Wovon erzählen sie am häufigsten?\n"
                + "Paul Krämer: Von Erschöpfung. Viele waren müde.\n"
                + "Und das Geld?\n"
                + "Paul Krämer: " + eigen + "\n"
                + "Sind ihre Aussagen glaubwürdig?\n"
                + "Paul Krämer: Man muss vorsichtig sein.\n";
        assertThat(codedAsTestimony(de, "de", eigen)).isFalse();
    }
}
