package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A quote that opens in lower case right after an organisation that is the subject of its clause is that
 * organisation's predicate, and so its words; an organisation that is the object of a verb before it is not.
 */
class PredicateQuoteTest {

    @Test
    void aQuotedPredicateAfterAFrenchMinistryIsTheMinistrys() {
        List<Quote> q = top("Contacté, le ministère de la Justice « ne commente pas les situations individuelles ».", "fr");
        assertThat(speaker(q.get(0)).name()).containsIgnoringCase("ministère de la Justice");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aQuotedPredicateAfterAnEnglishBodyIsTheBodys() {
        List<Quote> q = top("Asked about the case, the Home Office “does not comment on individual cases”.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Home Office");
    }

    @Test
    void anOrganisationObjectBeforeTheQuoteSaysNothing() {
        List<Quote> q = top("Karim Haddad was sent to fight Jabhat al-Nusra “instead of the regime”, the court heard.", "en");
        assertThat(q.get(0).attribution().speaker() == null
                || !"Jabhat al-Nusra".equals(q.get(0).attribution().speaker().name())).isTrue();
    }
}
