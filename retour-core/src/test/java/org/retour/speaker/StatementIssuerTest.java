package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A cue whose subject is a neuter pronoun or the statement itself ("“…,” it said", "“…,” the statement said") gives the
 * words to the statement's issuer: the organisation that opens the sentence before, or the one who read or issued it.
 */
class StatementIssuerTest {

    @Test
    void aNeuterPronounTakesUpTheOrganisationThatOpensTheSentenceBefore() {
        List<Quote> q = top("In Belgium, the Federal Prosecutor's Office said four women had been detained at the airport."
                + " \"They will appear before a judge on Monday,\" it said in a statement.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Federal Prosecutor's Office");
    }

    @Test
    void aStatementReadOutIsItsReadersWhenItSpeaks() {
        List<Quote> q = top("Outside the court, the defendant's uncle, Yusuf Adeyemi, read a brief statement for the"
                + " family. \"We never stopped hoping he would come home,\" it said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yusuf Adeyemi");
    }

    @Test
    void theStatementAsSubjectIsItsIssuersNotTheOneItWasSentTo() {
        List<Quote> q = top("Lawyer Margaret Doyle issued a statement to Sky News on Friday. \"My client has cooperated"
                + " fully,\" the statement said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Margaret Doyle");
    }

    @Test
    void anOrganisationRightAfterAnOpeningStatementIssuesIt() {
        List<Quote> q = top("In a statement, the Home Office said it would not comment on individual cases. \"Our"
                + " priority is the safety of the public,\" it added.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Home Office");
    }

    @Test
    void aNeuterPronounWithNoStatementNorBodyBeforeItNamesNoPerson() {
        List<Quote> q = top("Karim Nasser left the camp in May. He walked for two days. \"We waited for the trucks,\" it"
                + " said.", "en");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNotEqualTo("Karim Nasser");
    }
}
