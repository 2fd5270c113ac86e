package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « Il » before a reflexive verb (« il s'exprime », « il s'assoit ») is the man told of, who speaks next. */
class ReflexiveVerbSubjectTest {

    @Test
    void ilSExprimeInTheParagraphBeforeGivesHimTheQuote() {
        List<Quote> q = top("Abakar Mahamat a 26 ans. Originaire d'un village proche de Kolofata, il a été enlevé à 17 ans."
                + " Il s'exprime en kanouri.\n\n« Ils nous disaient que Shekau était un égaré. Alors on partait les attaquer. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abakar Mahamat");
    }
}
