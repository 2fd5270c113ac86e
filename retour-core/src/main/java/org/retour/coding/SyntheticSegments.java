package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.retour.model.Document;
import org.retour.sample.SyntheticCorpus;

/**
 * Reproducible training segments for benchmarks: sentences of the synthetic corpus, half of them joined
 * to a positive example of a random code in the same language. Their labels are only as good as that
 * recipe: use them to measure speed, not quality.
 */
public final class SyntheticSegments {

    private SyntheticSegments() {
    }

    /** {@code count} segments for {@code codebook} from {@code seed}. */
    public static List<TrainingExample> generate(Codebook codebook, int count, long seed) {
        SyntheticCorpus corpus = SyntheticCorpus.standard();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<String>> sentences = new ArrayList<>();
        List<String> langs = SyntheticCorpus.LANGUAGES;
        for (int i = 0; i < langs.size() * 8; i++) {
            Document d = corpus.article(seed, i);
            List<String> lines = new ArrayList<>();
            for (String line : d.text().split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (sentences.size() < langs.size()) {
                sentences.add(lines);
            } else {
                sentences.get(i % langs.size()).addAll(lines);
            }
        }
        List<TrainingExample> out = new ArrayList<>(count);
        List<Code> codes = codebook.codes();
        for (int i = 0; i < count; i++) {
            int l = i % langs.size();
            String lang = langs.get(l);
            String filler = sentences.get(l).get(rnd.nextInt(sentences.get(l).size()));
            Code code = codes.get(rnd.nextInt(codes.size()));
            List<String> examples = code.positive().getOrDefault(lang, List.of());
            if (rnd.nextBoolean() && !examples.isEmpty()) {
                String ex = examples.get(rnd.nextInt(examples.size()));
                out.add(new TrainingExample(rnd.nextBoolean() ? filler + " " + ex : ex + " " + filler, lang, Set.of(code.id())));
            } else {
                out.add(new TrainingExample(filler, lang, Set.of()));
            }
        }
        return out;
    }
}
