package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.quote.TestPipelines;

/**
 * Broadcast transcripts: a note in brackets after a speaker's label, a guest's turns weighed together whatever
 * his label calls him, and the correspondent's turns that tell the story rather than ask.
 */
class BroadcastTranscriptTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static final String EN_ANSWER = "The emirs lived in villas and drove new cars while we queued for bread.";

    private static List<Coding> codings(String text, String lang) {
        return RULES.code(TestPipelines.analyze(text, lang));
    }

    /** Whether a coding of {@code code} covers {@code words} of {@code text} and is its speaker's own (no reporter). */
    private static boolean ownCoded(String text, String lang, String words, String code) {
        int at = text.indexOf(words);
        return codings(text, lang).stream().anyMatch(c -> c.code().equals(code) && c.span().start() <= at
                && c.span().end() >= at + words.length() - 1 && c.reportedBy() == null);
    }

    /** Whether any coding of {@code code} overlaps {@code words} of {@code text}. */
    private static boolean coded(String text, String lang, String words, String code) {
        int at = text.indexOf(words);
        return codings(text, lang).stream().anyMatch(c -> c.code().equals(code) && c.span().start() < at + words.length()
                && c.span().end() > at);
    }

    @Test
    void aLabelWithANoteInBracketsOpensTheGuestsAnswer() {
        String text = "ANNA REED, CNN ANCHOR: Our correspondent met a man who spent two years with the group.\n"
                + "REED: Why did you go?\n"
                + "OMAR, FORMER FIGHTER (through translator): I was young. I believed them.\n"
                + "REED: And then?\n"
                + "OMAR (through translator): " + EN_ANSWER + "\n";
        assertThat(ownCoded(text, "en", EN_ANSWER, "N3")).isTrue();
        // the offset of the answer in UTF-16 units: the coding starts where its sentence does, after the label
        int at = text.indexOf(EN_ANSWER);
        assertThat(codings(text, "en")).anyMatch(c -> c.code().equals("N3") && c.span().end() == at + EN_ANSWER.length());
    }

    @Test
    void aFrenchOrGermanNoteInBracketsIsNoPartOfTheLabel() {
        String fr = "Pour moi, l'EIIL est corrompu et non-islamique, voilà tout.";
        String frText = "CLAIRE MARTIN, PRÉSENTATRICE : Karim a passé un an à Raqqa. Pourquoi êtes-vous parti ?\n"
                + "KARIM (voix off) : J'avais vingt ans. Je ne savais rien.\n"
                + "MARTIN : Et ensuite ?\n"
                + "KARIM (voix off) : " + fr + "\n";
        assertThat(ownCoded(frText, "fr", fr, "N3")).isTrue();
        String de = "Die Führung war korrupt und unislamisch.";
        String deText = "KATRIN VOGT, MODERATORIN: Said A. kehrte 2016 aus Syrien zurück. Warum sind Sie gegangen?\n"
                + "SAID A. (über Dolmetscher): Ich war jung. Ich habe ihnen geglaubt.\n"
                + "VOGT: Und dann?\n"
                + "SAID A. (über Dolmetscher): " + de + "\n";
        assertThat(ownCoded(deText, "de", de, "N3")).isTrue();
    }

    @Test
    void oneRhetoricalQuestionInAGuestsFirstTurnDoesNotMakeHimTheInterviewer() {
        String first = "We spent more time fighting other rebels than the regime. What were we doing there?";
        String text = "ANNA REED, CNN ANCHOR: Our correspondent met a man who spent two years with the group.\n"
                + "OMAR, FORMER FIGHTER (through translator): " + first + "\n"
                + "REED: And the foreigners?\n"
                + "OMAR (through translator): " + EN_ANSWER + "\n";
        assertThat(ownCoded(text, "en", "We spent more time fighting other rebels", "N1")).isTrue();
    }

    @Test
    void theCorrespondentsTurnTellingWhatTheGuestSaysIsNarration() {
        String told = "Later that year, he says, his emir picked him for a suicide mission.";
        String text = "ANNA REED, CNN ANCHOR: Our correspondent met a man who deserted the group in 2016.\n"
                + "TOM HALE, CORRESPONDENT (voice-over): He is 31 and limps. Why did you go?\n"
                + "OMAR (through translator): I was young. I believed them.\n"
                + "HALE (voice-over): " + told + "\n"
                + "OMAR (through translator): " + EN_ANSWER + "\n";
        assertThat(coded(text, "en", told, "N8")).isTrue();
    }

    @Test
    void theCorrespondentsTurnThatLeadsToNoAnswerIsNarrationButAPromptIsNot() {
        String summary = "Some of them tell you that the emirs lived in villas while the fighters went hungry.";
        String text = "ANNA REED, HOST: Tom Hale has spent a week in the camps. Tom, what are they telling you?\n"
                + "TOM HALE, CORRESPONDENT: Anna, it is mixed. " + summary + "\n"
                + "REED: Tom Hale, thank you.\n"
                + "HALE: Earlier I met Omar, who deserted in 2016. Why did you go?\n"
                + "OMAR: I was young. I believed them.\n"
                + "HALE: Some people say you only left because you were losing.\n"
                + "OMAR: " + EN_ANSWER + "\n";
        assertThat(coded(text, "en", summary, "N3")).isTrue();
        assertThat(coded(text, "en", "you only left because you were losing", "N6")).isFalse();
    }
}
