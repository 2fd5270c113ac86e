package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The voice of an Arabic speaker named with a role of care, of office or of study: a psychologist is other, an
 * administrator of a camp or an adviser an official, a professor a researcher.
 */
class ArabicRoleVoiceTest {

    private static String voice(String text) {
        List<Quote> q = top(text, "ar");
        return speaker(q.get(0)).voice().label();
    }

    @Test
    void aPsychologistSpeaksAsOther() {
        assertThat(voice("وقالت الأخصائية النفسية سارة الحربي إن «الشباب يعودون محطمين».")).isEqualTo("other");
    }

    @Test
    void aCampAdministratorSpeaksAsAnOfficial() {
        assertThat(voice("وقالت الإدارية في مخيم الهول جيهان حنان إن «المخيم قنبلة موقوتة».")).isEqualTo("official");
    }

    @Test
    void anAdviserWithTheArticleSpeaksAsAnOfficial() {
        assertThat(voice("وقال المستشار خالد الرواشدة إن «الأبواب ليست مغلقة أمام من يعود».")).isEqualTo("official");
    }

    @Test
    void aProfessorOfPoliticalScienceSpeaksAsAResearcher() {
        assertThat(voice("وقال أستاذ العلوم السياسية منير الطرابلسي إن «التنظيم خسر قاعدته».")).isEqualTo("researcher");
    }
}
