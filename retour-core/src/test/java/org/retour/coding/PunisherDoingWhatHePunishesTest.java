package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A punishment told beside the punisher doing what he punishes (a boy flogged for a cigarette while the emir smokes in
 * his car) is the leaders' hypocrisy (N3), not brutality (N2); the same punishment told alone is still brutality.
 */
class PunisherDoingWhatHePunishesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; J'ai vu un émir faire fouetter un type pour une cigarette, et le même soir fumer sur le toit.; "
                    + "Ils ont fouetté un vieux devant tout le monde parce qu'il avait une cigarette.",
            "en; I watched a judge sentence a boy to lashes for smoking, and an hour later he was lighting a cigarette in his car.; "
                    + "I watched them sentence a boy to lashes for smoking.",
            "en; He would flog a man for a pack of cigarettes and then you would see him with his own pack in his pocket.; "
                    + "He would flog a man for a pack of cigarettes.",
            "ar; كان الأمير يجلد رفيقي أمامنا لأنه دخن سيجارة، ثم يدخن هو في سيارته.; "
                    + "كان الأمير يجلد رفيقي أمامنا لأنه دخن سيجارة."})
    void punisherDoingWhatHePunishesIsHypocrisyNotBrutality(String lang, String hypocrisy, String punishment) {
        assertThat(codes(hypocrisy, lang)).doesNotContain("N2").contains("N3");
        assertThat(codes(punishment, lang)).contains("N2");
    }
}
