package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A clause right after a name, its own or a relative one, that tells the person joined the group makes a former member. */
class JoinedClauseVoiceTest {

    @Test
    void whoJoinedTheGroupMakesAFormerMember() {
        List<Quote> en = top("Ali Khan, who joined Islamic State in 2014, now lives in Leeds. \"The emirs lived in villas,\""
                + " he said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isEqualTo("defector");
        List<Quote> fr = top("Nadia, qui a rejoint l'EI en 2014 avec son mari, vit aujourd'hui à Lyon. Elle raconte : "
                + "« Les émirs vivaient dans des villas. »", "fr");
        assertThat(speaker(fr.get(0)).voice().label()).isEqualTo("defector");
    }

    @Test
    void whoJoinedAnythingElseTellsNothing() {
        List<Quote> en = top("Ali Khan, who joined the city council in 2014, now lives in Leeds. \"The streets are safe,\""
                + " he said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isNotIn("defector", "returnee");
    }

    @Test
    void theNamesOwnClauseTellingItJoinedTheGroupMakesAFormerMember() {
        List<Quote> en = top("Ali Khan joined Islamic State in 2014. \"I was naive,\" he said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isEqualTo("defector");
        List<Quote> de = top("Lisa M. hat sich 2015 dem IS angeschlossen. Sie selbst sagt: „Ich war naiv.“", "de");
        assertThat(speaker(de.get(0)).voice().label()).isEqualTo("defector");
    }

    @Test
    void aJoiningClauseAfterTheRoleInAppositionMakesAFormerMember() {
        List<Quote> en = top("Omar, a former police officer from Tunis who joined IS in 2014, said: \"I saw things I cannot"
                + " forget.\"", "en");
        assertThat(speaker(en.get(0)).voice().label()).isIn("defector", "returnee");
        List<Quote> officer = top("Omar, a police officer from Tunis who joined the city council in 2014, said: \"The"
                + " streets are safe.\"", "en");
        assertThat(speaker(officer.get(0)).voice().label()).isEqualTo("official");
    }

    @Test
    void fightingForTheGroupJoinsItAndFightingItDoesNot() {
        List<Quote> forIs = top("Tom Weber, der für den IS kämpfte, sagte: „Ich bereue nichts.“", "de");
        assertThat(speaker(forIs.get(0)).voice().label()).isEqualTo("defector");
        List<Quote> againstIs = top("Oberst Jan Keller, der gegen den IS kämpfte, sagte: „Wir haben gesiegt.“", "de");
        assertThat(speaker(againstIs.get(0)).voice().label()).isEqualTo("official");
        List<Quote> fought = top("Officer Ali Khalil, who fought the Islamic State in Mosul, said: \"We found their bodies"
                + " in the river.\"", "en");
        assertThat(speaker(fought.get(0)).voice().label()).isEqualTo("official");
        List<Quote> withIs = top("Ali Khan, who fought with the Islamic State in Raqqa, said: \"We found their bodies in"
                + " the river.\"", "en");
        assertThat(speaker(withIs.get(0)).voice().label()).isIn("defector", "returnee");
    }

    @Test
    void anOfficialTellingThatSomeoneElseJoinedStaysAnOfficial() {
        List<Quote> q = top("Prosecutor Alison Morgan told jurors that Rahman had fought for IS. \"He was a willing"
                + " member,\" she said. Rahman denies the charges. \"I only cooked,\" he told the court.", "en");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("official");
        assertThat(speaker(q.get(1)).voice().label()).isIn("defector", "returnee");
    }
}
