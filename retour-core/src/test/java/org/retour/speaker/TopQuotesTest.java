package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Span;

/** The index of a document's top-level quote spans answers what lies inside them and what opens after an offset. */
class TopQuotesTest {

    private static final String TEXT = "Il dit : « Je suis Karim, et Mehdi est resté. » Puis : « Non. »";
    private static final Span FIRST = new Span(TEXT.indexOf("Je suis"), TEXT.indexOf(" »"));
    private static final Span SECOND = new Span(TEXT.indexOf("Non."), TEXT.lastIndexOf(" »"));
    private static final TopQuotes QUOTES = new TopQuotes(List.of(FIRST, SECOND));

    private static Entity person(String name) {
        int at = TEXT.indexOf(name);
        return new Entity("P1", org.retour.model.EntityType.PERSON, name, List.of(), null, null,
                List.of(new Mention(new Span(at, at + name.length()), name, Mention.Kind.NAME)));
    }

    @Test
    void aSpanInsideAQuoteIsHeldAndOneAcrossItsMarkIsNot() {
        assertThat(QUOTES.holds(new Span(FIRST.start() + 3, FIRST.start() + 8))).isTrue();
        assertThat(QUOTES.holds(new Span(0, FIRST.start() + 2))).isFalse();
    }

    @Test
    void theQuoteAfterAnOffsetMustOpenWithinTheGap() {
        int colon = TEXT.lastIndexOf(':') + 1;
        assertThat(QUOTES.after(colon, 3)).isEqualTo(SECOND);
        assertThat(QUOTES.after(colon - 3, 3)).isNull();
    }

    @Test
    void aPersonNamedInTheThirdPersonIsNamedInTheQuoteButTheSpeakerNamingThemselvesIsNot() {
        LowerText lower = new LowerText(TEXT);
        int open = TEXT.indexOf('«');
        assertThat(QUOTES.namesInQuoteAt(person("Mehdi"), open, lower)).isTrue();
        assertThat(QUOTES.namesInQuoteAt(person("Karim"), open, lower)).isFalse();
    }
}
