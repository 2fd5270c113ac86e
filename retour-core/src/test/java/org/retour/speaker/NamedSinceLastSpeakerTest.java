package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A pronoun cue goes to the one person its paragraph names after the last speaker's words, not to that earlier speaker. */
class NamedSinceLastSpeakerTest {

    @Test
    void laPersonneNommeeDansLeParagraphePrendLaParoleAuPronom() {
        List<Quote> q = top("« Nous ne commentons pas les dossiers en cours », a indiqué une porte-parole de la préfecture.\n"
                + "À l'association Rebonds, à Lille, on refuse d'évoquer M. Leroy, mais l'éducatrice Amandine Petit accepte"
                + " de décrire le parcours type. « Ils reviennent épuisés, rarement repentis », explique-t-elle.", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amandine Petit");
    }
}
