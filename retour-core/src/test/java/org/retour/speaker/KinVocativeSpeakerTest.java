package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retour.model.Speaker;
import org.retour.pipeline.Analysis;

/** Words that address a parent (« Maman, … », "Mum, …", „Mama, …“) are the parent's child's, never the parent's. */
class KinVocativeSpeakerTest {

    private static final Map<String, FamilyGraph.Relation> FR = Map.of("maman", FamilyGraph.Relation.PARENT,
            "papa", FamilyGraph.Relation.PARENT);

    private static Speaker nestedSpeaker(String text, String lang) {
        Analysis a = org.retour.quote.TestPipelines.analyze(text, lang);
        return speaker(children(a, topLevel(a).get(0)).get(0));
    }

    @Test
    void aMessageToHisMotherToldByHerIsHerNamedSons() {
        Speaker s = nestedSpeaker("Nathalie Roche habite Lunel depuis vingt ans. Son fils Étienne Roche est parti en Syrie"
                + " en 2015. « Un soir, il m'a écrit : “Maman, je veux rentrer, ici tout le monde se méfie de tout le"
                + " monde.” Je n'ai pas dormi », raconte-t-elle.", "fr");
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("Étienne Roche");
    }

    @Test
    void anEnglishCallToMumToldByHisMotherIsHerSons() {
        Speaker s = nestedSpeaker("Sharon Webb, 51, lives in Leeds. Her son Callum Webb left for Syria in 2014. She said:"
                + " “He rang me from a borrowed phone and said, ‘Mum, I want to come home.’ I cried all night.”", "en");
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("Callum Webb");
    }

    @Test
    void aGermanLetterToMamaReadByHerIsHerSons() {
        Speaker s = nestedSpeaker("Petra Krüger wohnt seit Jahren in Dinslaken. Ihr Sohn Jonas Krüger reiste 2014 nach"
                + " Syrien. „Er schrieb mir: ‚Mama, ich will nach Hause, hier traut keiner dem anderen.‘ Seitdem warte"
                + " ich“, sagt sie.", "de");
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("Jonas Krüger");
    }

    @Test
    void anUnnamedSonsWordsToHisMotherAreTheSonsDescription() {
        String text = "Une mère de Roubaix témoigne. Son fils est parti en Syrie à dix-neuf ans. « Il m'a dit au téléphone :"
                + " “Maman, pardonne-moi, je me suis trompé.” Puis plus rien », confie-t-elle.";
        Speaker s = nestedSpeaker(text, "fr");
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.description()).isEqualTo("Son fils");
        int at = text.indexOf("Son fils");
        assertThat(text.substring(at, at + s.description().length())).isEqualTo("Son fils"); // UTF-16 offsets
    }

    @Test
    void aSonWhoseOwnMessageAddressesHisFatherSpeaksHimself() {
        java.util.List<org.retour.model.Quote> q = QuoteAssertions.top("Jean-Marc Lambotte a passé l'été à Gaziantep. Son"
                + " objectif : ramener Kevin, son fils de 19 ans.\n\nAncien apprenti carrossier, Kevin avait annoncé son"
                + " départ par un simple message sur son téléphone : “Papa, ne me cherche pas, je suis là où je dois être.”"
                + " Puis plus rien.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Kevin");
    }

    @Test
    void theFatherCalledPapaByTheReporterIsTheFather() {
        java.util.List<org.retour.model.Quote> q = QuoteAssertions.top("Kevin, 19 ans, est rentré de Syrie en août. Son"
                + " père, Jean-Marc Lambotte, l'attendait à Kilis. “Il avait perdu quinze kilos”, raconte le papa.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jean-Marc Lambotte");
    }

    @Test
    void aKinNounHeadingTheWordsOrSetOffByCommasAddressesThatKin() {
        assertThat(KinVocatives.addressed("Maman, je rentre bientôt.", FR)).isEqualTo(FamilyGraph.Relation.PARENT);
        assertThat(KinVocatives.addressed("Papa ! Pardonne-moi.", FR)).isEqualTo(FamilyGraph.Relation.PARENT);
        assertThat(KinVocatives.addressed("C'est calme ici, papa, ne t'inquiète pas.", FR)).isEqualTo(FamilyGraph.Relation.PARENT);
        assertThat(KinVocatives.addressed("Je veux rentrer, maman.", FR)).isEqualTo(FamilyGraph.Relation.PARENT);
    }

    @Test
    void aKinNounSpokenOfOrInNestedWordsAddressesNoOne() {
        assertThat(KinVocatives.addressed("Dis à maman que je rentre.", FR)).isNull();
        assertThat(KinVocatives.addressed("Maman pleure tous les soirs.", FR)).isNull();
        assertThat(KinVocatives.addressed("Elle m'a dit : “Je veux rentrer, maman.”", FR)).isNull();
    }
}
