package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A subject phrase of a verb of speech whose head noun names a body (« le gouvernement régional répète », "the
 * regional health ministry said", „das zuständige Landesinnenministerium erklärte“) is that body speaking, voice
 * organisation, not an unnamed person; a person noun at the head stays a person.
 */
class InstitutionSubjectSpeaksTest {

    @Test
    void leGouvernementRegionalQuiRepeteEstUneOrganisation() {
        String text = "Élise Barthès, éducatrice, suit les rapatriés. « Ils ont besoin de temps », dit-elle.\n\n"
                + "Le gouvernement régional répète qu'il « ne peut pas tout régler seul ».";
        List<Quote> q = top(text, "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("gouvernement régional");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
        assertThat(q.get(1).span().of(text)).isEqualTo(q.get(1).text()); // UTF-16 offsets past the accents
    }

    @Test
    void laPrefectureDuNordQuiPreciseEstUneOrganisation() {
        List<Quote> q = top("Jérôme Vallée, maire de la commune, s'inquiète. « On nous dit peu de choses », regrette-t-il.\n\n"
                + "Interrogée, la préfecture du Nord précise que « chaque retour fait l'objet d'un suivi ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("préfecture du Nord");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void theRegionalHealthMinistrySpeaksAsABody() {
        List<Quote> q = top("\"She was only fifteen,\" said Amira Costa, a social worker in the town.\n\n"
                + "The regional health ministry said the children were \"in stable condition\".", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("regional health ministry");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void dasZustaendigeLandesinnenministeriumErklaertAlsBehoerde() {
        List<Quote> q = top("„Er hat viel geredet“, sagte der Sozialarbeiter Tobias Brenner.\n\n"
                + "Das zuständige Landesinnenministerium erklärte, man prüfe „jeden Fall einzeln“.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("zuständige Landesinnenministerium");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aPersonNounAtTheHeadStaysAPerson() {
        List<Quote> q = top("\"She was only fifteen,\" said Amira Costa, a social worker in the town.\n\n"
                + "A ministry spokeswoman said the case was \"under review\".", "en");
        assertThat(speaker(q.get(1)).voice()).isNotEqualTo(Voice.ORGANISATION);
    }

    @Test
    void headNounsAreReadWhereTheLanguagePutsThem() {
        InstitutionPhrases p = InstitutionPhrases.bundled();
        assertThat(p.body("la Fédération française de judo".split(" "), "fr")).isTrue();
        assertThat(p.body("l'Office français de l'immigration".split(" "), "fr")).isTrue();
        assertThat(p.body("the state prosecutor's office".split(" "), "en")).isTrue();
        assertThat(p.body("the ministry official".split(" "), "en")).isFalse();
        assertThat(p.body("das Bundesinnenministerium".split(" "), "de")).isTrue();
        assertThat(p.body("der Polizei".split(" "), "de")).isFalse();
        assertThat(p.body("un observateur du procès".split(" "), "fr")).isFalse();
        assertThat(p.body("le ministère de l'Intérieur".split(" "), "fr")).isTrue();
        assertThat(p.body("le conseil de la famille".split(" "), "fr")).isFalse(); // the family's lawyer
        assertThat(p.body("the ministry of health".split(" "), "en")).isFalse();
    }
}
