package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * A quote that opens by reporting a third person's words ("“He said, ‘…’ I left a week later.”") after a sentence
 * telling of a call ("his cousin rang him", « son fils lui racontait », „Sein Bruder rief ihn an“) is the words of the
 * one called, not of the caller the pronoun stands for, who speaks the nested words; without a call, the subject of the
 * sentence before, of the other gender than the pronoun, tells them.
 */
class CalledTellerTest {

    private static final String CALLED = "Back from the caliphate\n\n"
            + "Omar Haddad, 34, spent two years guarding a checkpoint near Raqqa. \"Nobody ever came through. We sat there"
            + " in the dust,\" Haddad said.\n\n"
            + "What brought him home, he said, was news from his family. His father had fallen ill, and his cousin rang"
            + " him from Idlib in the spring of 2017.\n\n"
            + "\"He said, 'Your father asks for you every morning. Come back before it is too late.' I left a week"
            + " later.\"\n\n"
            + "He now works in a bakery in Leeds.\n";

    private static final String ACCOUNT = "Le retour d'Ilyes\n\n"
            + "Rachid Benali, 62 ans, a longtemps attendu devant l'aéroport. « Je venais chaque mois, au cas où », se"
            + " souvient le retraité.\n\n"
            + "Au téléphone, à l'époque, son fils lui racontait une autre vie que celle des vidéos. « Il me disait :"
            + " “Papa, je garde un entrepôt vide et je compte les sacs de riz.” Il avait honte, je l'entendais. »\n\n"
            + "Ilyes Benali est rentré en France en 2018.\n";

    private static final String ANRUF = "Die Rückkehr\n\n"
            + "Jonas Weber, 31, hat zwei Jahre in Syrien verbracht. „Wir haben nur gewartet“, sagte Weber.\n\n"
            + "Im Winter 2016 wurde seine Mutter krank. Sein Bruder rief ihn aus Hamburg an.\n\n"
            + "„Er sagte: ‚Mama fragt jeden Tag nach dir. Komm nach Hause.‘ Drei Wochen später war ich in der Türkei.“\n";

    private static final String REMEMBERED = "Waiting for Yusuf\n\n"
            + "Mariam Saleh has not seen her son for six years. \"I keep his room as it was,\" Saleh said.\n\n"
            + "Khalid, his uncle, remembers the last phone call. \"He said, 'Uncle, if they find out I called, they will"
            + " kill me.' I sold my car the next day.\"\n";

    private static final String KNOWN_BY_HEART = "Les lettres de Julien\n\n"
            + "Sophie Marchand, 38 ans, garde les messages de son frère dans une boîte à chaussures. « Je les relis"
            + " souvent », dit-elle.\n\n"
            + "Julien Marchand est parti en Syrie en 2014. Ses premiers messages étaient enthousiastes.\n\n"
            + "Le dernier message avant sa fuite, elle le connaît par cœur. « Il écrivait : “Dis à maman que je veux"
            + " rentrer, même en prison.” »\n";

    @Test
    void theQuoteAfterACallIsTheWordsOfTheOneCalled() {
        List<Quote> top = topLevel(TestPipelines.analyze(CALLED, "en"));
        assertThat(top.get(1).text()).startsWith("He said, 'Your father");
        assertThat(speaker(top.get(1)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void theNestedWordsAreTheCallersWhenTheCallOpensTheParagraphBefore() {
        Analysis a = TestPipelines.analyze(CALLED, "en");
        Quote nested = children(a, topLevel(a).get(1)).get(0);
        assertThat(nested.text()).isEqualTo("Your father asks for you every morning. Come back before it is too late.");
        assertThat(speaker(nested).name()).isNull();
        assertThat(speaker(nested).description()).isEqualTo("his cousin");
        assertThat(speaker(nested).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aFatherTellsTheWordsHisSonToldHimInFrench() {
        Analysis a = TestPipelines.analyze(ACCOUNT, "fr");
        List<Quote> top = topLevel(a);
        assertThat(top.get(1).text()).startsWith("Il me disait : “Papa,");
        assertThat(speaker(top.get(1)).name()).isEqualTo("Rachid Benali");
        assertThat(speaker(children(a, top.get(1)).get(0)).name()).isEqualTo("Ilyes Benali");
    }

    @Test
    void theOneCalledTellsTheCallersWordsInGerman() {
        Analysis a = TestPipelines.analyze(ANRUF, "de");
        List<Quote> top = topLevel(a);
        assertThat(top.get(1).text()).startsWith("Er sagte: ‚Mama");
        assertThat(speaker(top.get(1)).name()).isEqualTo("Jonas Weber");
        assertThat(speaker(children(a, top.get(1)).get(0)).description()).isEqualTo("Sein Bruder");
    }

    @Test
    void oneWhoRemembersACallWithNoCallerNamedKeepsTheirWords() {
        List<Quote> top = topLevel(TestPipelines.analyze(REMEMBERED, "en"));
        assertThat(top.get(1).text()).startsWith("He said, 'Uncle");
        assertThat(speaker(top.get(1)).name()).isEqualTo("Khalid");
    }

    @Test
    void theSubjectOfTheOtherGenderBeforeTheQuoteTellsTheMessage() {
        Analysis a = TestPipelines.analyze(KNOWN_BY_HEART, "fr");
        List<Quote> top = topLevel(a);
        assertThat(top.get(1).text()).startsWith("Il écrivait : “Dis à maman");
        assertThat(speaker(top.get(1)).name()).isEqualTo("Sophie Marchand");
        assertThat(speaker(children(a, top.get(1)).get(0)).name()).isEqualTo("Julien Marchand");
    }
}
