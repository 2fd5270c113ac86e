package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Sentence;
import org.retour.model.Speaker;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * What the roles and descriptions of one document's persons and speakers say about them: former
 * fighter or returnee, or official, researcher, journalist.
 *
 * <p>One per document; the {@link CueIndex} keeps each description's flags.
 */
final class PersonRoles {

    /**
     * The mentions of persons whose role or description says who they are, by end offset: {@link
     * TestimonyFlags#REPORTER} for officials, researchers and journalists, {@link TestimonyFlags#DEFECTOR}
     * for former fighters and returnees.
     */
    record Marks(int[] ends, int[] kinds) {
        static final Marks NONE = new Marks(new int[0], new int[0]);

        int end(int i) {
            return ends[i];
        }

        int kind(int i) {
            return kinds[i];
        }

        /** The index of the last mention ending in {@code (from, to]}, or -1. */
        int lastEndIn(int from, int to) {
            int best = -1;
            for (int i = 0; i < ends.length && ends[i] <= to; i++) {
                if (ends[i] > from) {
                    best = i;
                }
            }
            return best;
        }
    }

    private static final int FIGHTER = TestimonyFlags.DEFECTOR | TestimonyFlags.RETURNEE;

    private final CueIndex index;
    private final String lang;
    private final List<Entity> persons;
    /** The flags of each person's role and descriptions, by position in {@link #persons}; -1 until read. */
    private final int[] personFlags;
    /**
     * {@link #namesReporter} as a predicate. Design decision: made with the roles rather than where an
     * interview's turns are read, a long method in which making it cost more than its use.
     */
    private final Predicate<String> reporterLabels = this::namesReporter;

    PersonRoles(CueIndex index, Analysis a, String lang) {
        this.index = index;
        this.lang = lang;
        this.persons = a.list(Layers.PERSONS);
        this.personFlags = new int[persons.size()];
        Arrays.fill(personFlags, -1);
    }

    /**
     * The mentions of persons described as fighters or as reporters. Design decision: each mention's end and
     * number packed into one long and the longs sorted, which orders equal ends as they were added (as a
     * stable sort would) without a list of boxed pairs.
     */
    Marks marks() {
        long[] keys = new long[8];
        int[] kindOf = new int[8];
        int n = 0;
        for (int p = 0; p < persons.size(); p++) {
            Entity e = persons.get(p);
            int f = flags(p, FIGHTER | TestimonyFlags.REPORTER);
            int kind = (f & FIGHTER) != 0 ? TestimonyFlags.DEFECTOR : (f & TestimonyFlags.REPORTER) != 0
                    ? TestimonyFlags.REPORTER : 0;
            if (kind != 0) {
                for (Mention m : e.mentions()) {
                    if (m.kind() == Mention.Kind.ALIAS) {
                        continue; // a transcript's label, which reporterLabels reads
                    }
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                        kindOf = Arrays.copyOf(kindOf, n * 2);
                    }
                    keys[n] = (long) m.span().end() << 32 | n;
                    kindOf[n] = kind;
                    n++;
                }
            }
        }
        if (n == 0) {
            return Marks.NONE;
        }
        Arrays.sort(keys, 0, n);
        int[] ends = new int[n];
        int[] kinds = new int[n];
        for (int i = 0; i < n; i++) {
            ends[i] = (int) (keys[i] >>> 32);
            kinds[i] = kindOf[(int) keys[i]];
        }
        return new Marks(ends, kinds);
    }

    /**
     * Adds the defector and returnee flags of persons to the sentences that mention them: a person whose
     * role or description says former fighter or returnee makes each sentence naming, describing or
     * pointing at them (a linked pronoun) a sentence about a defector.
     */
    void addTo(List<Sentence> sentences, int[] flags) {
        for (int p = 0; p < persons.size(); p++) {
            Entity e = persons.get(p);
            int f = flags(p, FIGHTER);
            if (f == 0) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int si = Layout.sentenceAt(sentences, m.span().start());
                if (si >= 0) {
                    flags[si] |= f;
                }
            }
        }
    }

    /** Whether a speaker's label names a reporter, as {@link #namesReporter} says. */
    Predicate<String> reporterLabels() {
        return reporterLabels;
    }

    /**
     * Whether {@code label} (a speaker's label in a transcript, "ARAS MAHMOUD") names a person described as
     * an official, researcher or journalist and not as a former fighter: its words hold the last word of
     * that person's name.
     */
    boolean namesReporter(String label) {
        List<String> words = List.of(label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+"));
        for (int p = 0; p < persons.size(); p++) {
            String[] name = persons.get(p).canonical().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+");
            if (name.length == 0 || !words.contains(name[name.length - 1])) {
                continue;
            }
            int f = flags(p, FIGHTER | TestimonyFlags.REPORTER);
            if ((f & TestimonyFlags.REPORTER) != 0 && (f & FIGHTER) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first person the document names before {@code offset}, leaving out those whose last
     * name is one of {@code skipped} (lower-case words: the interviewer's), is described as an official,
     * researcher or journalist and not as a former fighter.
     */
    boolean firstIsReporter(int offset, Set<String> skipped) {
        int first = -1;
        int at = offset;
        for (int p = 0; p < persons.size(); p++) {
            Entity e = persons.get(p);
            String[] name = e.canonical().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+");
            if (name.length > 0 && skipped.contains(name[name.length - 1])) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().start() < at) {
                    at = m.span().start();
                    first = p;
                }
            }
        }
        if (first < 0) {
            return false;
        }
        int f = flags(first, FIGHTER | TestimonyFlags.REPORTER);
        return (f & TestimonyFlags.REPORTER) != 0 && (f & FIGHTER) == 0;
    }

    /** The defector and returnee flags of the words describing {@code sp} ("un ancien combattant"). */
    int of(Speaker sp, String language) {
        if (sp == null) {
            return 0;
        }
        return of(sp.description(), language, FIGHTER) | of(sp.role(), language, FIGHTER);
    }

    /** Whether the words describing {@code sp} name a lawyer who speaks for a client ("son avocate", "defence counsel"). */
    boolean counsel(Speaker sp, String language) {
        return sp != null && (of(sp.description(), language, TestimonyFlags.COUNSEL) | of(sp.role(), language, TestimonyFlags.COUNSEL)) != 0;
    }

    /** The flags within {@code mask} of the role and descriptions of person {@code p}, read once per document. */
    private int flags(int p, int mask) {
        int f = personFlags[p];
        if (f < 0) {
            Entity e = persons.get(p);
            f = of(e.role(), lang, -1);
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.DESCRIPTION) {
                    f |= of(m.text(), lang, -1);
                }
            }
            personFlags[p] = f;
        }
        return f & mask;
    }

    /** The flags of {@code words} within {@code mask}. */
    private int of(String words, String language, int mask) {
        if (words == null || words.isEmpty()) {
            return 0;
        }
        return index.describedAs(words, language) & mask;
    }
}
