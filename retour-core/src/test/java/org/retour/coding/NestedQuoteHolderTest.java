package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.model.Voice;

/**
 * Words told inside someone's testimony with no speaker of their own (a son's words in his mother's quote,
 * an emir's in a fighter's), or with an unnamed speaker of no voice of their own (« l'émir », voice other), take the
 * enclosing quote's holder and reporter; inside an official's own words they stay nobody's.
 */
class NestedQuoteHolderTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "J’ai eu peur pour lui. Un soir, mon fils m’a écrit : ",
                        "Là-bas, ils coupaient les mains des voleurs.", " Depuis, je dors mal", "raconte Samira, sa mère.",
                        "Le dossier est en cours d’examen. Le rapport précise : ", " Rien de plus", "indique le procureur."),
                Arguments.of("en", "I was afraid for him. One night my son wrote to me: ",
                        "Over there, they cut off the hands of thieves.", " Since then I sleep badly", "says Samira, his mother.",
                        "The file is under review. The report states: ", " Nothing more", "says the prosecutor."),
                Arguments.of("de", "Ich hatte Angst um ihn. Eines Abends schrieb mir mein Sohn: ",
                        "Dort haben sie Dieben die Hände abgehackt.", " Seitdem schlafe ich schlecht", "sagt Samira, seine Mutter.",
                        "Die Akte wird geprüft. Im Bericht steht: ", " Mehr nicht", "sagt der Staatsanwalt."));
    }

    private static List<Coding> nested(String lang, String before, String inner, String after, String cue, String name,
                                       Voice voice) {
        return nested(lang, before, inner, after, cue, name, voice, null);
    }

    private static List<Coding> nested(String lang, String before, String inner, String after, String cue, String name,
                                       Voice voice, org.retour.model.Speaker innerSpeaker) {
        String outer = before + "“" + inner + "”" + after;
        String t = "«\u00a0" + outer + "\u00a0», " + cue;
        var quotes = new Fixtures.Quotes(t).add(outer, Fixtures.speaker(name, voice), cue);
        quotes.add(inner, innerSpeaker, null, quotes.last());
        var a = quotes.on(Fixtures.analyse(t, lang));
        List<Coding> codings = RULES.code(a).stream().filter(c -> "Q2".equals(c.quote())).toList();
        for (Coding c : codings) {
            // UTF-16 offsets of the nested words themselves, past the guillemet and the no-break space
            assertThat(t.substring(c.span().start(), c.span().end())).isEqualTo(inner);
        }
        return codings;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void wordsToldInsideARelativesTestimonyAreHeldAsIt(String lang, String before, String inner, String after, String cue,
                                                       String officialBefore, String officialAfter, String officialCue) {
        assertThat(nested(lang, before, inner, after, cue, "Samira", Voice.RELATIVE))
                .extracting(Coding::code, Coding::holder, Coding::reportedBy)
                .contains(org.assertj.core.groups.Tuple.tuple("N2", "defector", "Samira"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void wordsToldInsideAnOfficialsOwnWordsStayNobodys(String lang, String before, String inner, String after, String cue,
                                                       String officialBefore, String officialAfter, String officialCue) {
        assertThat(nested(lang, officialBefore, inner, officialAfter, officialCue, "Dupont", Voice.OFFICIAL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void wordsOfAnUnnamedFigureToldInsideATestimonyAreHeldAsIt(String lang, String before, String inner, String after,
                                                               String cue, String officialBefore, String officialAfter,
                                                               String officialCue) {
        // « L’émir m’a dit : “…” » in a fighter's words: the emir's words are an unnamed speaker's with voice other
        var emir = new org.retour.model.Speaker(null, null, "l’émir", "émir", Voice.OTHER);
        assertThat(nested(lang, before, inner, after, cue, "Samira", Voice.RELATIVE, emir))
                .extracting(Coding::code, Coding::holder, Coding::reportedBy)
                .contains(org.assertj.core.groups.Tuple.tuple("N2", "defector", "Samira"));
    }
}
