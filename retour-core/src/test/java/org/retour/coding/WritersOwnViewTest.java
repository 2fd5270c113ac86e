package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;

/**
 * A writer's sentence giving their own view next to a returnee's quote ("My own view is that defeat
 * explains…") borrows no holder from that quote, while the reported testimony around it is still coded.
 */
class WritersOwnViewTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    @Test
    void anOwnViewBesideAReturneesQuoteIsNotCodedButTheTestimonyIs() {
        String testimony = "Several returnees told us that the group was losing ground every week.";
        String quote = "like we were borrowed, not brothers.";
        String view = "My own view is that defeat, not conscience, explains most of the timing.";
        String text = testimony + "\n\nA Nigerian man said West Africans were sent first, \"" + quote + "\"\n\n" + view;
        List<Coding> codings = RULES.code(new Fixtures.Quotes(text)
                .add(quote, Fixtures.speaker(null, Voice.RETURNEE), "said").on(Fixtures.analyse(text, "en")));
        int viewStart = text.indexOf(view);
        assertThat(codings).filteredOn(c -> c.span().start() >= viewStart).isEmpty();
        assertThat(codings).filteredOn(c -> c.span().start() < text.indexOf("A Nigerian"))
                .extracting(Coding::code).contains("N6");
    }
}
