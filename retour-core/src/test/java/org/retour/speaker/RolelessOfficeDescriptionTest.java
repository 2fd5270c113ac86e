package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An office description after its cue's verb (« a lancé l'eurodéputé ») or opening the sentence right after the name
 * is the one person its paragraph names when the text gave that person no role, unless it acts on that person; a
 * gendarmerie's « brigade de recherches » makes no researcher.
 */
class RolelessOfficeDescriptionTest {

    @Test
    void theMepAfterTheVerbIsThePersonTheParagraphNamed() {
        List<Quote> q = top("Une lecture que rejette vivement Markus Eberl (PPE, Allemagne). « Ne soyons pas naïfs. Ils sont"
                + " revenus parce qu'ils ont perdu », a lancé l'eurodéputé bavarois.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Markus Eberl");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("official");
    }

    @Test
    void twoPersonsNamedInTheParagraphLeaveTheDescriptionUnnamed() {
        List<Quote> q = top("Sous les yeux de Karim Haddad, la lecture est rejetée par Markus Eberl (PPE, Allemagne). « Ne"
                + " soyons pas naïfs. Ils sont"
                + " revenus parce qu'ils ont perdu », a lancé l'eurodéputé bavarois.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aDescriptionOpeningTheSentenceAfterTheNameIsThatPerson() {
        List<Quote> q = top("Dans un bureau du centre-ville, Stijn Verhaegen trie les rendez-vous de la semaine. Le"
                + " coordinateur du service de prévention suit 45 jeunes. « Notre travail, ce n'est pas de traquer qui que"
                + " ce soit », résume-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Stijn Verhaegen");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("official");
    }

    @Test
    void aDescriptionOpeningItsSentenceLaterIsNotTakenForThePersonNamed() {
        List<Quote> q = top("Dilvîn Hesenî dirige les gardes du camp. Le camp compte 2 600 femmes. La directrice me le"
                + " disait encore : « Nous gardons un camp avec des moyens de village. »", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aDescriptionThatActsOnThePersonNamedIsSomeoneElse() {
        List<Quote> q = top("Pour Clémence Roussel, la France doit cesser de trier les enfants. La vice-présidente qui"
                + " présidait la séance a dû l'interrompre à deux reprises : « Madame, votre temps de parole est écoulé. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        List<Quote> r = top("Pour Clémence Roussel, la France doit cesser de trier les enfants. La présidente de séance"
                + " a dû l'interrompre à deux reprises : « Madame, votre temps de parole est écoulé. »", "fr");
        assertThat(speaker(r.get(0)).name()).isNull();
    }

    @Test
    void theOfficerIsTheCommanderOfTheGendarmeriesInvestigationUnit() {
        List<Quote> q = top("Le capitaine Youssouf Ahamada, commandant de la brigade de recherches de la gendarmerie,"
                + " confirme le chiffre. « Ces personnes sont suivies », précise l'officier.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Youssouf Ahamada");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("official");
    }
}
