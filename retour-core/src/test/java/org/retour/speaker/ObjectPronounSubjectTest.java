package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A subject whose verb takes an object pronoun ("son émir l'a désigné", "un chef lui a proposé") acts on the
 * person told of before: a later pronoun cue goes on with that person, not with the one who acted; a verb
 * of speech after the object pronoun ("sa mère l'a répété") is the subject's own word.
 */
class ObjectPronounSubjectTest {

    @Test
    void aDescribedSubjectActingOnTheSpeakerLeavesHimTheFloor() {
        List<Quote> q = top("Karim Belaïd, 29 ans, a passé deux ans à Raqqa. « On gardait un dépôt de pneus », dit-il.\n\n"
                + "Au printemps 2016, son émir l’a désigné pour une mission de nuit. « Je n’ai pas osé refuser »,"
                + " raconte-t-il.\n\n« J’avais peur tout le temps », a-t-il ajouté.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Belaïd");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Karim Belaïd");
    }

    @Test
    void aSubjectOpeningTheSentenceWithAnIndirectObjectPronounIsNotTheSpeaker() {
        List<Quote> q = top("Yanis Ferhat, 31 ans, est rentré de Syrie en 2018. « J’ai vu la fin », dit-il.\n\n"
                + "Un responsable du groupe lui a proposé de conduire un camion. « J’ai fait semblant d’être"
                + " malade », se souvient-il.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Ferhat");
    }

    @Test
    void aVerbOfSpeechAfterTheObjectPronounKeepsTheSubject() {
        List<Quote> q = top("Yanis Ferhat, 31 ans, est rentré de Syrie en 2018. « J’ai vu la fin », dit-il.\n\n"
                + "Son père l’a répété à l’audience. « Mon fils n’est pas un monstre », a-t-il insisté.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Son père");
    }
}
