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
 * A relative's own view ("I think they were losing", "à mon avis", "ich glaube") is the relative's analysis,
 * not the fighter's testimony; what a relative reports the fighter told them still is.
 */
class RelativeViewTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String lang, String context, String quote, String cue) {
        String text = context + "«" + quote + "», " + cue + " Nadia Karimi.";
        Speaker speaker = Fixtures.speaker("Nadia Karimi", Voice.RELATIVE);
        Analysis a = new Fixtures.Quotes(text).add(quote, speaker, cue).on(Fixtures.analyse(text, lang));
        return RULES.code(a).stream().map(Coding::code).toList();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            "fr; Un ancien combattant est rentré en mars. ; À mon avis, il est revenu parce qu'ils perdaient la guerre; a dit",
            "en; A former fighter came back in March. ; I think in the end they were losing the war and he was scared; said",
            "de; Ein ehemaliger Kämpfer kam im März zurück. ; Ich glaube, er kam zurück, weil sie den Krieg verloren; sagte"})
    void aRelativesOwnViewIsNotCoded(String lang, String context, String quote, String cue) {
        assertThat(codes(lang, context, quote, cue)).doesNotContain("N6");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            "fr; Un ancien combattant est rentré en mars. ; Il m'a raconté qu'ils perdaient la guerre, village après village; a dit",
            "en; A former fighter came back in March. ; He told me they were losing the war, town after town; said",
            "de; Ein ehemaliger Kämpfer kam im März zurück. ; Er hat mir erzählt, dass sie den Krieg verloren, Dorf um Dorf; sagte"})
    void whatARelativeReportsTheFighterSaidIsCoded(String lang, String context, String quote, String cue) {
        assertThat(codes(lang, context, quote, cue)).contains("N6");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "de; Ein ehemaliger Kämpfer kam im März zurück. Seine Mutter sieht das anders. ; Mein Sohn kam zurück, weil sie den Krieg verloren hatten; sagte",
            "en; A former fighter came back in March. His mother sees it differently. ; They were losing the war, and that is why my son came home; said"})
    void aRelativeSetAgainstTheFightersAccountGivesTheirOwnView(String lang, String context, String quote, String cue) {
        assertThat(codes(lang, context, quote, cue)).doesNotContain("N6");
        assertThat(codes(lang, context.replace("sieht das anders", "weint").replace("sees it differently", "cries"), quote, cue))
                .contains("N6");
    }
}
