package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quote or not, from the words in marks and what stands before them, in each language. */
class QuoteDecisionTest {

    private static final WordShapeQuoteDecision DECISION = WordShapeQuoteDecision.bundled();

    private static boolean decide(String inner, String before, String before2, boolean speech, String lang) {
        return DECISION.isQuote(inner, new MarkContext(before, before2, speech), lang);
    }

    @ParameterizedTest(name = "{4}: «{0}» after ''{1}'' speech={3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            l'Etat Islamique en Irak et au Levant | quitte     | -        | false | fr | false
            l'Etat Islamique en Irak et au Levant | quitte     | -        | true  | fr | false
            Centre International des Etudes        | le         | -        | false | fr | false
            Le Monde                               | -          | -        | true  | fr | false
            califat                                | du         | glorieux | true  | fr | false
            émir                                   | leur       | -        | false | fr | false
            martyrs                                | soi-disant | les      | false | fr | false
            traîtres                               | des        | comme    | true  | fr | false
            Nous sommes entrés en phase finale     | -          | -        | true  | fr | true
            davantage d'intentions de retour au pays | avec     | -        | true  | fr | true
            Non                                    | -          | -        | true  | fr | true
            Pourquoi la Syrie ?                    | -          | -        | true  | fr | true
            Pourquoi la Syrie ?                    | -          | -        | false | fr | false
            Why Raqqa?                             | -          | -        | true  | en | true
            une guerre sainte                      | appelé     | -        | false | fr | false
            c'était l'enfer                        | -          | -        | false | fr | true
            caliphate                              | so-called  | the      | true  | en | false
            Islamic State                          | the        | -        | true  | en | false
            The Guardian                           | -          | -        | true  | en | false
            holy war                               | a          | -        | false | en | false
            traitors who must be executed          | them       | called   | false | en | true
            heroes                                 | -          | -        | true  | en | true
            heroes                                 | were       | -        | false | en | false
            We are leaving                         | -          | -        | false | en | true
            harsh and disappointing                | was        | -        | true  | en | true
            New York Times                         | the        | -        | false | en | false
            Kalifat                                | sogenannte | das      | false | de | false
            Süddeutsche Zeitung                    | die        | -        | false | de | false
            Islamischer Staat                      | -          | -        | true  | de | false
            Wir kommen zurück                      | -          | -        | true  | de | true
            Gotteskrieger                          | der        | -        | false | de | false
            Ich hatte jeden Tag Angst              | -          | -        | true  | de | true
            Verräter                               | als        | -        | true  | de | true
            دولة الخلافة                           | يسمى       | ما       | false | ar | false
            داعش                                   | تنظيم      | -        | false | ar | false
            لقد رأينا أشياء فظيعة                  | -          | -        | true  | ar | true
            المرتدين                               | -          | -        | false | ar | true
            الكفار                                 | ب          | يصفهم    | false | ar | false
            """)
    void decides(String inner, String before, String before2, boolean speech, String lang, boolean quote) {
        assertThat(decide(inner, before == null ? "" : before, before2 == null ? "" : before2, speech, lang))
                .isEqualTo(quote);
    }
}
