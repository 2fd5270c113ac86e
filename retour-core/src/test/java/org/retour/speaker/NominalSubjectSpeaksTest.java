package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;

/**
 * A verb of speech whose subject is a noun phrase naming no person the lexicon knows (« un observateur du procès
 * estime que », "the state prosecutor's office said", „ein Befragter habe gesagt“, « demande un élève ») gives its
 * quote to that phrase, an unnamed speaker described by its words, and not to the previous speaker going on.
 */
class NominalSubjectSpeaksTest {

    private static String name(Quote q) {
        Speaker s = speaker(q);
        return s == null ? null : s.name();
    }

    @Test
    void unObservateurQuiEstimeQueNEstPasLOrateurPrecedent() {
        String text = "L'avocate, Mélanie Roussel, a plaidé longuement. « Elle a payé cher », a-t-elle déclaré.\n\n"
                + "Interrogé à la sortie, un observateur du procès estime que ce verdict « fera date » en Suisse.";
        List<Quote> q = top(text, "fr");
        assertThat(q).hasSize(2);
        assertThat(name(q.get(0))).isEqualTo("Mélanie Roussel");
        assertThat(name(q.get(1))).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("un observateur du procès");
        assertThat(q.get(1).span().of(text)).isEqualTo(q.get(1).text()); // offsets in UTF-16 units past the accents
    }

    @Test
    void uneFederationQuiPreciseQueParleEnSonNom() {
        List<Quote> q = top("L'entraîneuse, Sophie Marchal, suit le club depuis dix ans. « Le sport les tient debout »,"
                + " estime-t-elle.\n\nSollicitée, la Fédération française de natation précise que « les licences ne"
                + " dépendent pas du casier ».", "fr");
        assertThat(name(q.get(0))).isEqualTo("Sophie Marchal");
        assertThat(name(q.get(1))).isEqualTo("Fédération française de natation"); // the body itself (InstitutionPhrases)
        assertThat(speaker(q.get(1)).voice()).isEqualTo(org.retour.model.Voice.ORGANISATION);
    }

    @Test
    void aQuestionAfterItsQuoteAskedByAnIndefinitePupilIsThePupils() {
        List<Quote> q = top("Devant la classe, Nadia Benali raconte le départ de son fils. « Il avait dix-neuf ans »,"
                + " dit-elle. Les questions arrivent vite. « Vous avez eu peur pour lui ? », demande un lycéen.", "fr");
        assertThat(name(q.get(0))).isEqualTo("Nadia Benali");
        assertThat(name(q.get(1))).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("un lycéen");
    }

    @Test
    void anOfficeThatSaidInAStatementIsNotTheResearcherBefore() {
        List<Quote> q = top("\"Most of them never fired a shot,\" said Dana Whitfield, a researcher at the university.\n\n"
                + "The regional prosecutor's office said in a statement that each case \"is reviewed on its merits\".",
                "en");
        assertThat(name(q.get(0))).isEqualTo("Dana Whitfield");
        assertThat(name(q.get(1))).isEqualTo("regional prosecutor's office");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(org.retour.model.Voice.ORGANISATION);
    }

    @Test
    void einBefragterDerGesagtHabeIstNichtDerForscher() {
        List<Quote> q = top("„Viele wollten nur noch nach Hause“, sagte der Soziologe Jan Weber.\n\n"
                + "Die Ausländer seien oft verspottet worden, berichtet Weber. Ein Befragter habe gesagt: „Wir waren"
                + " dort nur Gäste ohne Rechte.“", "de");
        assertThat(name(q.get(0))).isEqualTo("Jan Weber");
        assertThat(name(q.get(1))).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Ein Befragter");
    }

    @Test
    void aShortDefiniteSubjectAfterAnInvertedVerbStillTakesUpTheSpeaker() {
        List<Quote> q = top("Pour son avocat, Me Karim Dahmani, son client « a tout dit ». « Il n'a rien caché, il a même"
                + " donné des noms », a insisté le conseil.", "fr");
        assertThat(name(q.get(0))).isEqualTo("Karim Dahmani");
        assertThat(name(q.get(1))).isEqualTo("Karim Dahmani");
    }

    @Test
    void aThingWithAReflexiveVerbIsNoSpeaker() {
        List<Quote> q = top("La procureure, Claire Vidal, a requis six ans. « Il savait ce qu'il faisait », a-t-elle dit."
                + " Pour elle, le retour de 2018 s'explique d'abord par « la chute de la ville ».", "fr");
        assertThat(name(q.get(1))).isEqualTo("Claire Vidal");
    }

    @Test
    void aWrittenThingIsNoDescribedSpeaker() {
        List<Quote> q = top("« Nous suivons chaque dossier », assure Hélène Dufour, juge d'instruction.\n\n"
                + "Un communiqué du ministère, publié lundi, précise que « les retours restent rares ».", "fr");
        Speaker s = speaker(q.get(1));
        assertThat(s == null || s.description() == null || !s.description().contains("communiqué")).isTrue();
    }
}
