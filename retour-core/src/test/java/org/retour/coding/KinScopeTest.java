package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retour.model.Coding;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * In a relative's words "my son" or "our mother" name the fighter and his family, not a longing for home:
 * family words alone are not home-and-family in testimony someone else reports, but they are in a former
 * fighter's own words.
 */
class KinScopeTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String lang, String context, String quote, String cue, Voice voice) {
        String text = context + "«" + quote + "», " + cue + " Nadia Karimi.";
        Speaker speaker = Fixtures.speaker("Nadia Karimi", voice);
        Analysis a = new Fixtures.Quotes(text).add(quote, speaker, cue).on(Fixtures.analyse(text, lang));
        return RULES.code(a).stream().map(Coding::code).toList();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            "fr; Un ancien combattant a été condamné jeudi. ; Mon fils a fait une terrible erreur, mais il a dit la vérité; a dit",
            "en; A former fighter was sentenced on Thursday. ; My son made a terrible mistake, but he told the truth; said",
            "de; Ein ehemaliger Kämpfer wurde am Donnerstag verurteilt. ; Mein Sohn hat einen schweren Fehler gemacht, aber er hat die Wahrheit gesagt; sagte"})
    void aRelativesFamilyWordsAreNoHomeAndFamily(String lang, String context, String quote, String cue) {
        assertThat(codes(lang, context, quote, cue, Voice.RELATIVE)).doesNotContain("N9");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            "fr; Un ancien combattant a été condamné jeudi. ; Mon fils est né là-bas, je ne l'ai jamais oublié; a dit",
            "en; A former fighter was sentenced on Thursday. ; My son was born out there, I think of him every day; said",
            "de; Ein ehemaliger Kämpfer wurde am Donnerstag verurteilt. ; Mein Sohn wurde dort geboren, ich denke jeden Tag an ihn; sagte"})
    void aFormerFightersFamilyWordsAreHomeAndFamily(String lang, String context, String quote, String cue) {
        assertThat(codes(lang, context, quote, cue, Voice.DEFECTOR)).contains("N9");
    }
}
