package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Token;
import org.retour.segment.RuleTokenizer;
import org.retour.speaker.SpeechCues;

/**
 * A description whose noun shows no gender takes its determiner's: a feminine determiner makes a woman of any
 * such noun, a masculine one a man of a people's name or of a noun of either gender but no office only.
 */
class DeterminerGenderTest {

    private final DescriptionFinder finder = new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled());

    private PersonDescription only(String text, String words) {
        List<Token> tokens = RuleTokenizer.bundled().tokenize(text, 0, text.length(), "fr");
        TokenView view = new TokenView(text, tokens);
        List<PersonDescription> found = finder.find(text, tokens, Tokens.lowered(text, tokens), "fr", view);
        PersonDescription d = found.stream().filter(p -> p.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no description '" + words + "' in " + found));
        assertThat(d.span().of(text)).isEqualTo(words);
        return d;
    }

    @Test
    void aMasculineArticleMakesAManOfAPeoplesName() {
        assertThat(only("Elle a épousé un Irakien à Mossoul.", "un Irakien").gender()).isEqualTo(Gender.MALE);
        assertThat(only("« Rien n'a changé », répète le Syrien.", "le Syrien").gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void aFeminineArticleMakesAWomanOfANounOfEitherGender() {
        assertThat(only("Il a écrit à une Belge rencontrée à Raqqa.", "une Belge").gender()).isEqualTo(Gender.FEMALE);
        assertThat(only("« Il dort mal », note la psychologue.", "la psychologue").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aMasculineArticleLeavesATradeNounOfEitherGenderOpen() {
        assertThat(only("« Il dort mal », note le psychologue.", "le psychologue").gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aMasculineArticleMakesAManOfAnAgeNounOrAFightersNoun() {
        assertThat(only("« Rien n'a changé », répète ce trentenaire.", "ce trentenaire").gender()).isEqualTo(Gender.MALE);
        assertThat(only("Elle a croisé un djihadiste à Raqqa.", "un djihadiste").gender()).isEqualTo(Gender.MALE);
        assertThat(only("« Rien n'a changé », répète cette trentenaire.", "cette trentenaire").gender())
                .isEqualTo(Gender.FEMALE);
    }

    @Test
    void aWomanTakesUpHerOwnWordsAfterAManOfAnAgeNoun() {
        List<org.retour.model.Quote> q = org.retour.quote.TestPipelines.analyze(
                "Un autre revenant s'est montré moins disert. Ce quadragénaire, qui a combattu à Syrte, dit seulement"
                        + " qu'on l'enfermait.\n\nLes mères, elles, parlent volontiers. Om Khadija reçoit dans une cour."
                        + " Elle a son explication, qu'elle répète à qui veut l'entendre : « C'est le chômage. »", "fr")
                .get(org.retour.pipeline.Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Om Khadija");
    }

    @Test
    void aFemaleSpeakerIsNotTheManHerSentenceMentions() {
        List<org.retour.model.Quote> q = org.retour.quote.TestPipelines.analyze(
                "Amandine, 38 ans, a grandi à Lille. Veuve d'un Belge, elle s'est remariée en Syrie avec un Irakien de"
                        + " Mossoul, détenu depuis à Bagdad.\n\n« On n'avait plus rien à manger », dit-elle.", "fr")
                .get(org.retour.pipeline.Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Amandine");
    }

    @Test
    void aLineNeedsAGenderOfMOrF() {
        assertThatThrownBy(() -> new DeterminerGenders(List.of("fr x un une"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeterminerGenders(List.of("fr f la")).of(Gender.UNKNOWN, "la", false, null, "fr")).isEqualTo(Gender.FEMALE);
        assertThat(new DeterminerGenders(List.of("fr f la")).of(Gender.MALE, "la", false, null, "fr")).isEqualTo(Gender.MALE);
    }
}
