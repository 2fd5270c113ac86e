package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An Arabic « ممثل » / « ممثلة » (the representative of the prosecution or of a ministry) right after a verb of speech
 * is its subject, an unnamed official, not the accused the clause it reports tells of.
 */
class ArabicRepresentativeSpeakerTest {

    @Test
    void theProsecutionRepresentativeSpeaksNotTheAccused() {
        List<Quote> q = top("حضر أحمد سالم جلسة المحاكمة يوم الاثنين، وقال «كنت مخطئا حين سافرت».\n\n"
                + "في المقابل، قال ممثل النيابة العامة إن المتهم «لم يندم على شيء».", "ar");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("ممثل");
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("official");
    }

    @Test
    void aFemaleRepresentativeSpeaksToo() {
        List<Quote> q = top("حضر أحمد سالم جلسة المحاكمة يوم الاثنين، وقال «كنت مخطئا حين سافرت».\n\n"
                + "من جهتها، اعتبرت ممثلة الادعاء أن المتهم «عاد لأن التنظيم خسر الحرب».", "ar");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("ممثلة");
    }
}
