package org.retour.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.retour.model.Span;
import org.retour.segment.RuleSentenceSplitter;

/**
 * Training examples from a gold folder ({@code NNN.txt} + {@code NNN.gold.json}): each narrative's
 * evidence with its codes, and every sentence of the body that holds no evidence as a negative.
 *
 * <p>Reads only what training needs (the body, its language, {@code narratives[].code} and
 * {@code evidence}); the gold format is described in the project's gold README.
 */
public final class GoldTrainingSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldTrainingSet() {
    }

    /** The examples of every article in {@code dir}; throws with the file and the reason on bad gold. */
    public static List<TrainingExample> read(Path dir, Codebook codebook) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder of gold articles");
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no NNN.txt gold articles");
        }
        List<TrainingExample> out = new ArrayList<>();
        Set<String> known = Set.copyOf(codebook.codeIds());
        for (Path txt : texts) {
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path gold = txt.resolveSibling(base + ".gold.json");
            if (!Files.exists(gold)) {
                throw new IllegalArgumentException(txt + ": no " + gold.getFileName() + " next to it");
            }
            out.addAll(article(base, txt, gold, known));
        }
        return out;
    }

    private static List<TrainingExample> article(String id, Path txt, Path gold, Set<String> known) throws IOException {
        String raw = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int blank = raw.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalArgumentException(txt + ": no blank line between the header and the body");
        }
        String lang = null;
        for (String line : raw.substring(0, blank).split("\n")) {
            if (line.startsWith("lang:")) {
                lang = line.substring(5).trim();
            }
        }
        if (lang == null || lang.isEmpty()) {
            throw new IllegalArgumentException(txt + ": the header has no 'lang:' line");
        }
        String body = raw.substring(blank + 2);
        JsonNode root;
        try {
            root = JSON.readTree(gold.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(gold + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        Map<String, Set<String>> byEvidence = new LinkedHashMap<>();
        List<Span> evidenceSpans = new ArrayList<>();
        for (JsonNode n : root.path("narratives")) {
            String code = n.path("code").asText("");
            String evidence = n.path("evidence").asText("");
            if (!known.contains(code)) {
                throw new IllegalArgumentException(gold + ": narrative code '" + code + "' is not in the codebook " + known);
            }
            int at = body.indexOf(evidence);
            if (evidence.isBlank() || at < 0) {
                throw new IllegalArgumentException(gold + ": evidence of " + code + " is not a substring of the body: '"
                        + evidence + "'");
            }
            byEvidence.computeIfAbsent(evidence, k -> new TreeSet<>()).add(code);
            evidenceSpans.add(new Span(at, at + evidence.length()));
        }
        return examples(id, body, lang, byEvidence, evidenceSpans);
    }

    /**
     * The examples of one article already read, in group {@code id}: each evidence with its codes, and
     * each sentence of {@code body} overlapping no evidence span as a negative.
     */
    public static List<TrainingExample> examples(String id, String body, String lang,
                                                 Map<String, Set<String>> codesByEvidence, List<Span> evidenceSpans) {
        List<TrainingExample> out = new ArrayList<>();
        codesByEvidence.forEach((ev, codes) -> out.add(new TrainingExample(ev, lang, Set.copyOf(codes), id)));
        for (Span s : RuleSentenceSplitter.bundled().split(body, lang)) {
            if (evidenceSpans.stream().noneMatch(s::overlaps)) {
                out.add(new TrainingExample(s.of(body), lang, Set.of(), id));
            }
        }
        return out;
    }
}
