package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** People named only by being the subject of a speech verb, without a known given name or a role. */
class SpeechSubjectNameTest {

    private static List<String> persons(Analysis a) {
        return a.get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    private static String speaker(Analysis a, int k) {
        Quote q = a.get(Layers.QUOTES).stream().filter(x -> x.parent() == null).toList().get(k);
        return q.attribution().speaker() == null ? null : q.attribution().speaker().name();
    }

    @Test
    void unknownNameBeforeOrAfterASpeechVerbIsAPersonAndTheSpeaker() {
        Analysis a = TestPipelines.analyze("“We lost everything,” says Jümmy Şahinyan, 28.\n\n"
                + "“The old days are gone,” Rifai says. “Nobody decides now 😔.”", "en");
        assertThat(persons(a)).contains("Jümmy Şahinyan", "Rifai");
        assertThat(speaker(a, 0)).isEqualTo("Jümmy Şahinyan");
        assertThat(speaker(a, 1)).isEqualTo("Rifai");
        assertThat(speaker(a, 2)).isEqualTo("Rifai");
    }

    @Test
    void listenerAfterToldIsNoSpeaker() {
        Analysis a = TestPipelines.analyze("Tapper told O’Connor that the leak was “very troubling.”", "en");
        assertThat(persons(a)).contains("Tapper").doesNotContain("O’Connor");
        assertThat(speaker(a, 0)).isEqualTo("Tapper");
    }

    @Test
    void pluralRoleWordsAndPronounsBeforeASpeechVerbAreNoNames() {
        Analysis a = TestPipelines.analyze("Researchers said the figures were low. Critics said nothing. "
                + "The Pentagon said more. He said “no.”", "en");
        assertThat(persons(a)).isEmpty();
        Analysis de = TestPipelines.analyze("Journalisten sagten, die Lage sei ruhig. Teile der Aussage sagten nichts.",
                "de");
        assertThat(persons(de)).isEmpty();
    }

    @Test
    void surnameNamedBySpeechMakesItsEarlierFullNameAPerson() {
        Analysis a = TestPipelines.analyze("For two years, Gaël Robertsen has kept every message.\n\n"
                + "\"He wanted to come home,\" Robertsen said.", "en");
        assertThat(persons(a)).containsExactly("Gaël Robertsen");
        assertThat(a.get(Layers.PERSONS).get(0).mentions()).hasSize(2);
        assertThat(speaker(a, 0)).isEqualTo("Gaël Robertsen");
    }

    @Test
    void firstPersonContractionsBeforeASpeechVerbAreNoNames() {
        Analysis a = TestPipelines.analyze("“If I had to bet, I'd say homesickness matters more,” Okafor adds. "
                + "“I’d say it twice. I'm telling you.”", "en");
        assertThat(persons(a)).contains("Okafor").doesNotContain("I'd", "I’d", "I'm");
    }

    @Test
    void aGermanPossessiveBeforeZufolgeOpensNoName() {
        Analysis a = TestPipelines.analyze("Der Angeklagte Emre Kaya war 2014 nach Syrien gereist. Seinen Angaben zufolge"
                + " sei er von seinem Emir gedrängt worden. Ihrem Bericht zufolge kam er 2017 zurück.", "de");
        assertThat(persons(a)).contains("Emre Kaya").doesNotContain("Seinen Angaben", "Ihrem Bericht");
    }

    @Test
    void aGermanNounBeforeASpeechWordIsNoNameButAKnownGivenNameIs() {
        Analysis a = TestPipelines.analyze("Medienberichten zufolge kehrten 2017 viele zurück. Sicherheitskreisen zufolge"
                + " sind 80 zurück. Richter Thomas Brandl hörte zu. „Wir hatten keine Wahl“, sagt Leyla. „Das glaube ich"
                + " nicht“, sagt Brandl.", "de");
        assertThat(persons(a)).contains("Leyla", "Thomas Brandl").doesNotContain("Medienberichten", "Sicherheitskreisen");
        assertThat(speaker(a, 0)).isEqualTo("Leyla");
        assertThat(speaker(a, 1)).isEqualTo("Thomas Brandl");
    }

    @Test
    void aCapitalisedWordBeforeASourceWordIsNoName() {
        Analysis a = TestPipelines.analyze("Toujours selon le procès-verbal, il aurait assisté à une exécution. "
                + "Ensuite d'après la police, il est rentré. « Je n'ai rien fait », selon Karim Haddad.", "fr");
        assertThat(persons(a)).contains("Karim Haddad").doesNotContain("Toujours", "Ensuite");
        assertThat(speaker(a, 0)).isEqualTo("Karim Haddad");
    }
}
