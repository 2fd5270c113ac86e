package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Span;

/**
 * A cue inserted between a comma and a full stop inside the quote's marks, with a reflexive verb (« se
 * rappelle ») or a definite description after its verb (« raconte l'avocate »), gives the quote to the
 * person that description stands for, not to the last person the paragraph before named.
 */
class InnerDescriptionCueTest {

    @Test
    void uneDescriptionApresLeVerbeInsereRenvoieALaPersonneNommeeAvant() {
        String text = "Nadia Ferhat, avocate au barreau de Lille, défend depuis 2019 un jeune homme que nous appellerons Sami."
                + " Le dossier lui a été confié par le bâtonnier.\n\n« Au départ, il ne disait rien, raconte l’avocate."
                + " Il fixait la fenêtre. » Il a fallu un an.";
        List<Quote> q = top(text, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Ferhat");
        int at = text.indexOf("raconte");
        assertThat(q.get(0).attribution().cue().span()).isEqualTo(new Span(at, at + "raconte".length()));
    }

    @Test
    void unVerbePronominalInsereAvantLaDescriptionParle() {
        List<Quote> q = top("Julien Masséna, éducateur à Créteil, suit un détenu depuis l’été. Le juge a fixé le rythme des"
                + " séances.\n\n« Les premières semaines, il regardait sa montre, se rappelle l’éducateur. Puis il a parlé. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Julien Masséna");
    }

    @Test
    void unVerbePronominalInsereAvantUnNomParle() {
        List<Quote> q = top("Le procès s’ouvre lundi devant la cour d’assises.\n\n« On ne savait rien de la Syrie, se souvient"
                + " Élise Carrère. On partait à l’aveugle. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Élise Carrère");
    }

    @Test
    void uneDescriptionSuivieDAutresMotsNEstPasUneIncise() {
        List<Quote> q = top("Julien Masséna, éducateur à Créteil, suit un détenu.\n\n« Il faut, dit le texte de loi, suivre"
                + " chacun. »", "fr");
        assertThat(q.get(0).attribution().cue()).isNull();
    }
}
