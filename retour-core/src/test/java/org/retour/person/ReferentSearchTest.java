package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.model.Document;
import org.retour.person.Referents.Referent;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Pipeline;
import org.retour.quote.TestPipelines;
import org.retour.sample.SyntheticCorpus;

/**
 * The referents' searches over their offsets answer as a scan of every referent in order would: those
 * within a stretch, the most recent of a gender, the named ones before an offset.
 */
class ReferentSearchTest {

    @Test
    void searchesAnswerAsAScanOfEveryReferent() {
        Pipeline pipeline = StandardPipeline.create(AnalyzerConfig.DEFAULT);
        int checked = 0;
        for (Document d : SyntheticCorpus.standard().articles(7, 60)) {
            checked += agree(pipeline.analyze(d));
        }
        assertThat(checked).isPositive();
    }

    @Test
    void searchesAnswerAsAScanOnAccentedArabicAndEmojiText() {
        int checked = agree(TestPipelines.analyze("Hélène Dubois 😊 est rentrée de Raqqa. Elle dit que la vie"
                + " était dure. Son frère, Éric Dubois, l'a attendue. « Il pleurait », dit-elle. Le chercheur"
                + " Peter Neumann l'a rencontrée.", "fr"));
        checked += agree(TestPipelines.analyze("قال يزن العبادي إن الحياة كانت صعبة. وقالت فاطمة 🙂 إنها عادت.", "ar"));
        checked += agree(TestPipelines.analyze("Amira Khoury 👋🏽 left Raqqa in 2019. She says the camp was cold;"
                + " her brother, Omar Khoury, a former fighter, said he stayed.", "en"));
        assertThat(checked).isPositive();
    }

    /** Checks every search at every offset of the text and around each referent; the number of referents. */
    private static int agree(Analysis a) {
        Referents refs = a.get(PersonStage.REFERENTS);
        List<Referent> all = refs.all();
        int length = a.text().length();
        for (int offset = 0; offset <= length; offset += Math.max(1, length / 400)) {
            check(refs, all, offset);
        }
        for (Referent r : all) {
            for (int offset : new int[] {r.span().start() - 1, r.span().start(), r.span().end() - 1, r.span().end(),
                    r.span().end() + 1}) {
                check(refs, all, Math.max(0, offset));
            }
        }
        return all.size();
    }

    private static void check(Referents refs, List<Referent> all, int offset) {
        for (Gender g : Gender.values()) {
            assertThat(refs.mostRecent(offset, g)).isSameAs(mostRecent(all, offset, g));
            assertThat(refs.namedBefore(offset, g, Referents.MAX_DISTANCE))
                    .containsExactlyElementsOf(namedBefore(all, offset, g, Referents.MAX_DISTANCE));
        }
        for (int to : new int[] {offset, offset + 1, offset + 40, offset + 400}) {
            assertThat(refs.within(offset, to)).containsExactlyElementsOf(within(all, offset, to));
        }
    }

    /** The last referent ending at or before {@code offset}, looking back as {@link Referents#mostRecent} does. */
    private static int before(List<Referent> all, int offset) {
        int k = -1;
        for (int i = 0; i < all.size() && all.get(i).span().start() < offset; i++) {
            k = i;
        }
        while (k >= 0 && all.get(k).span().end() > offset) {
            k--;
        }
        return k;
    }

    private static Referent mostRecent(List<Referent> all, int offset, Gender gender) {
        int k = before(all, offset);
        for (int back = 0; k >= 0 && back < Referents.MAX_BACK; k--, back++) {
            Referent r = all.get(k);
            if (offset - r.span().end() > Referents.MAX_DISTANCE) {
                return null;
            }
            if (r.gender().compatible(gender)) {
                return r;
            }
        }
        return null;
    }

    private static List<Referent> namedBefore(List<Referent> all, int offset, Gender gender, int reach) {
        List<Referent> out = new ArrayList<>();
        int k = before(all, offset);
        for (int back = 0; k >= 0 && back < Referents.MAX_BACK * 2; k--, back++) {
            Referent r = all.get(k);
            if (offset - r.span().end() > reach) {
                break;
            }
            if (r.person() != null && r.description() == null && r.gender().compatible(gender)
                    && out.stream().noneMatch(o -> o.person() == r.person())) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Referent> within(List<Referent> all, int from, int to) {
        List<Referent> out = new ArrayList<>();
        for (int k = before(all, from) + 1; k < all.size() && all.get(k).span().start() < to; k++) {
            Referent r = all.get(k);
            if (r.span().start() >= from && r.span().end() <= to) {
                out.add(r);
            }
        }
        return out;
    }
}
