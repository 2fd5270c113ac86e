package org.retour.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.retour.entity.TokenView;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * The cues of a codebook, the scope words and the testimony words of a lexicon, per language, in one
 * {@link PatternIndex}: a segment's words are looked up once for all three.
 *
 * <p>Immutable and thread-safe.
 */
final class CueIndex {

    /** What a cue belongs to. */
    enum Family {
        /** A code's cue; the label's name is the code id. */
        CODE,
        /** A scope word; the name is its kind ("negation", "denial"…). */
        SCOPE,
        /** A testimony word; the name is its kind ("defector", "speech"…) and {@code flag} its bit. */
        TESTIMONY
    }

    /**
     * What one cue stands for.
     *
     * @param family what it belongs to
     * @param name   the code id or the kind of word
     * @param flag   for testimony words, the kind's {@link TestimonyFlags} bit; 0 otherwise
     * @param rule   for a code's cues, the code's {@link DroppedBeside} rule; for the words that keep such a cue
     *               counted (a scope of kind {@code unless}), the same rule; null otherwise
     * @param codes  for a scope word that applies to some codes only ({@code dropped-in}, {@code other-side:N2}),
     *               those codes; empty otherwise
     */
    record Label(Family family, String name, int flag, DroppedBeside rule, Set<String> codes) {
        Label {
            codes = Set.copyOf(codes);
        }

        Label(Family family, String name, int flag, DroppedBeside rule) {
            this(family, name, flag, rule, Set.of());
        }
    }

    /** The scope kind of the words that keep a cue counted despite its code's {@link DroppedBeside} rule. */
    static final String UNLESS = "unless";

    /** The scope kind of a code's {@code dropped-in} words; the label's codes hold the code. */
    static final String DROPPED_IN = "dropped-in";

    /**
     * The cues found in one segment: the codes' cues, then the scope words, then the testimony words, each run
     * ordered by start, in one array. Design decision: each family's list is made when it is asked for, as most
     * segments are read for their testimony words only (the codes' cues and scope words of the few that are coded).
     */
    static final class Found {
        static final Found NONE = new Found(new Object[0], 0, 0);

        private final Object[] all;
        private final int scopesFrom;
        private final int testimonyFrom;

        private Found(Object[] all, int scopesFrom, int testimonyFrom) {
            this.all = all;
            this.scopesFrom = scopesFrom;
            this.testimonyFrom = testimonyFrom;
        }

        /** The codes' cues. */
        List<PatternIndex.Match<Label>> codes() {
            return run(all, 0, scopesFrom);
        }

        /** The scope words. */
        List<PatternIndex.Match<Label>> scopes() {
            return run(all, scopesFrom, testimonyFrom);
        }

        /** The testimony words. */
        List<PatternIndex.Match<Label>> testimony() {
            return run(all, testimonyFrom, all.length);
        }
    }

    /** How many descriptions each language keeps the flags of before it forgets them all. */
    static final int DESCRIPTIONS_KEPT = 8192;

    /**
     * The languages and, at the same position, their indexes. Design decision: two short arrays searched by
     * identity first, as a document's language codes are mostly the same strings as the codebook's, since
     * each segment's cues are looked up by language.
     */
    private final String[] languages;
    private final List<PatternIndex<Label>> indexes;
    /** The words any of the cues may match, in every language. */
    private final Vocabulary vocabulary;
    /** The testimony flags of persons' roles and descriptions already read, per language. */
    private final Map<String, Map<String, Integer>> described;

    /** The cues of {@code codebook} (none when null) with the words of {@code lexicon}. */
    CueIndex(Codebook codebook, CodingLexicon lexicon) {
        Objects.requireNonNull(lexicon);
        Map<String, PatternIndex<Label>> idx = new HashMap<>();
        Map<Label, Label> interned = new HashMap<>();
        Vocabulary vocab = new Vocabulary();
        if (codebook != null) {
            for (Code c : codebook.codes()) {
                Label label = intern(interned, new Label(Family.CODE, c.id(), 0, c.droppedBeside()));
                c.cues().forEach((lang, list) -> list.forEach(cue -> {
                    CuePattern p = CuePattern.compile(cue);
                    vocab.add(p);
                    idx.computeIfAbsent(lang, k -> new PatternIndex<>()).add(label, p);
                }));
                Label in = intern(interned, new Label(Family.SCOPE, DROPPED_IN, 0, null, Set.of(c.id())));
                c.droppedIn().forEach((lang, list) -> list.forEach(cue -> {
                    CuePattern p = CuePattern.compile(cue);
                    vocab.add(p);
                    idx.computeIfAbsent(lang, k -> new PatternIndex<>()).add(in, p);
                }));
                if (c.droppedBeside() != null) {
                    Label unless = intern(interned, new Label(Family.SCOPE, UNLESS, 0, c.droppedBeside()));
                    c.droppedBeside().unless().forEach((lang, list) -> list.forEach(cue -> {
                        CuePattern p = CuePattern.compile(cue);
                        vocab.add(p);
                        idx.computeIfAbsent(lang, k -> new PatternIndex<>()).add(unless, p);
                    }));
                }
            }
        }
        for (CodingLexicon.Entry e : lexicon.entries()) {
            Label label = e.scope() ? new Label(Family.SCOPE, e.kind(), 0, null, e.codes())
                    : new Label(Family.TESTIMONY, e.kind(), TestimonyFlags.flag(e.kind()), null);
            vocab.add(e.pattern());
            idx.computeIfAbsent(e.language(), k -> new PatternIndex<>()).add(intern(interned, label), e.pattern());
        }
        this.languages = idx.keySet().toArray(new String[0]);
        List<PatternIndex<Label>> byPosition = new ArrayList<>();
        for (String lang : languages) {
            byPosition.add(idx.get(lang));
        }
        this.indexes = List.copyOf(byPosition);
        this.vocabulary = vocab;
        Map<String, Map<String, Integer>> d = new HashMap<>();
        idx.keySet().forEach(lang -> d.put(lang, new ConcurrentHashMap<>()));
        this.described = Map.copyOf(d);
    }

    /**
     * The testimony flags of a person's role or description ("ancien combattant", "ministre de
     * l'Intérieur"); the same roles come back in every article, so their flags are kept.
     */
    int describedAs(String words, String language) {
        Map<String, Integer> cache = language == null ? null : described.get(language);
        if (cache == null) {
            return 0;
        }
        Integer f = cache.get(words);
        if (f == null) {
            CueTokens tokens = CueTokens.of(words);
            f = TestimonyFlags.of(tokens, find(tokens, language), PersonRoles.Marks.NONE, language);
            if (cache.size() >= DESCRIPTIONS_KEPT) {
                cache.clear();
            }
            cache.put(words, f);
        }
        return f;
    }

    /** The words of {@code text} as this index's cues see them; words no cue can match are read only on demand. */
    CueTokens tokens(String text) {
        return CueTokens.of(text, vocabulary);
    }

    /**
     * The words of the text of {@code analysis} as {@link #tokens(String)} reads them, read through its
     * words layer when it has one.
     */
    CueTokens tokens(Analysis analysis) {
        return tokens(analysis, null);
    }

    /** The words {@link #tokens(Analysis)} reads, read into {@code arrays} when not null. */
    CueTokens tokens(Analysis analysis, WordArrays arrays) {
        TokenView words = analysis.find(Layers.WORDS).orElse(null);
        if (words == null || !words.text().equals(analysis.text())) {
            return CueTokens.of(analysis.text(), vocabulary, arrays);
        }
        return TokenFragments.local().read(words, vocabulary, arrays);
    }

    /** The cues of {@code language} in {@code tokens}. */
    Found find(CueTokens tokens, String language) {
        PatternIndex<Label> idx = language == null ? null : index(language);
        if (idx == null || tokens.size() == 0) {
            return Found.NONE;
        }
        int n = idx.collect(tokens);
        if (n == 0) {
            return Found.NONE;
        }
        Object[] all = tokens.scratch.found();
        int codes = 0;
        int scopes = 0;
        for (int k = 0; k < n; k++) {
            switch (family(all[k])) {
                case CODE -> codes++;
                case SCOPE -> scopes++;
                case TESTIMONY -> {
                }
            }
        }
        // one array, the codes' cues, then the scope words, then the testimony words, each in order
        Object[] byFamily = new Object[n];
        int c = 0;
        int s = codes;
        int t = codes + scopes;
        for (int k = 0; k < n; k++) {
            switch (family(all[k])) {
                case CODE -> byFamily[c++] = all[k];
                case SCOPE -> byFamily[s++] = all[k];
                case TESTIMONY -> byFamily[t++] = all[k];
            }
        }
        return new Found(byFamily, codes, codes + scopes);
    }

    private static Family family(Object match) {
        return ((Label) ((PatternIndex.Match<?>) match).label()).family();
    }

    /** The matches {@code [from, to)} of {@code byFamily}. */
    private static List<PatternIndex.Match<Label>> run(Object[] byFamily, int from, int to) {
        return from == to ? List.of() : new ArrayRun<>(byFamily, from, to);
    }

    /** The index of {@code language}, or null. */
    private PatternIndex<Label> index(String language) {
        for (int k = 0; k < languages.length; k++) {
            if (languages[k] == language) {
                return indexes.get(k);
            }
        }
        for (int k = 0; k < languages.length; k++) {
            if (languages[k].equals(language)) {
                return indexes.get(k);
            }
        }
        return null;
    }

    private static Label intern(Map<Label, Label> interned, Label l) {
        return interned.computeIfAbsent(l, k -> k);
    }
}
