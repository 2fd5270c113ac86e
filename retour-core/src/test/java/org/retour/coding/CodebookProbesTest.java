package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The probe set of {@code probes.tsv}: first-person sentences a former fighter might tell a journalist, a dozen
 * per code and language in wordings of their own, and hard negatives (the same grievances negated, denied as a
 * reason or put as a hypothesis) that carry no code. Each probe is coded alone as a defector's words; the test
 * prints the recall per language and code and fails when coverage falls below the floors reached, or when a
 * negative gets a code.
 */
class CodebookProbesTest {

    /** One probe line: its language, the codes it should get (none for a negative) and its words. */
    record Probe(int line, String lang, Set<String> expected, String text) {
    }

    /** What the rules gave one probe. */
    record Result(Probe probe, Set<String> found) {
        boolean negative() {
            return probe.expected().isEmpty();
        }
    }

    /** The lowest share of expected codes found, per language, and over all probes. */
    private static final Map<String, Double> RECALL_FLOOR = Map.of(
            "fr", 0.97, "en", 0.97, "de", 0.97, "ar", 0.97, "all", 0.98);
    /** The lowest share of expected codes found per code, over the four languages. */
    private static final double CODE_RECALL_FLOOR = 0.95;

    private static List<Result> results;

    @BeforeAll
    static void codeEveryProbe() throws IOException {
        results = new ArrayList<>();
        for (Probe p : probes()) {
            Set<String> found = new TreeSet<>(RuleCodes.codes(p.text(), p.lang()));
            results.add(new Result(p, found));
        }
        System.out.println(report());
    }

    static List<Probe> probes() throws IOException {
        List<Probe> probes = new ArrayList<>();
        try (InputStream in = CodebookProbesTest.class.getResourceAsStream("probes.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as("probes.tsv:%d: lang, codes, sentence", n).hasSize(3);
                Set<String> expected = f[1].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(f[1].split(",")));
                probes.add(new Probe(n, f[0], expected, f[2]));
            }
        }
        return probes;
    }

    /** Found and expected counts of the positive probes whose language is {@code lang} ("all": any). */
    private static int[] recall(String lang, String code) {
        int found = 0;
        int expected = 0;
        for (Result r : results) {
            if (!lang.equals("all") && !r.probe().lang().equals(lang)) {
                continue;
            }
            for (String c : r.probe().expected()) {
                if (code == null || c.equals(code)) {
                    expected++;
                    if (r.found().contains(c)) {
                        found++;
                    }
                }
            }
        }
        return new int[] {found, expected};
    }

    private static double share(int[] fe) {
        return fe[1] == 0 ? 1.0 : (double) fe[0] / fe[1];
    }

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        results.forEach(r -> codes.addAll(r.probe().expected()));
        return codes;
    }

    private static String report() {
        StringBuilder b = new StringBuilder("Probe recall (found/expected)\n  lang ");
        Set<String> codes = codes();
        codes.forEach(c -> b.append(String.format("%7s", c)));
        b.append("    all\n");
        for (String lang : List.of("fr", "en", "de", "ar", "all")) {
            b.append(String.format("  %-4s ", lang));
            for (String c : codes) {
                int[] fe = recall(lang, c);
                b.append(String.format("%7s", fe[0] + "/" + fe[1]));
            }
            b.append(String.format("  %.3f%n", share(recall(lang, null))));
        }
        Map<String, Integer> extra = new TreeMap<>();
        for (Result r : results) {
            Set<String> missed = new TreeSet<>(r.probe().expected());
            missed.removeAll(r.found());
            Set<String> other = new TreeSet<>(r.found());
            other.removeAll(r.probe().expected());
            if (!r.negative()) {
                other.forEach(c -> extra.merge(c, 1, Integer::sum));
            }
            if (!missed.isEmpty() || r.negative() && !other.isEmpty()) {
                b.append(String.format("  %s:%d %s %s missed %s got %s%n", "probes.tsv", r.probe().line(),
                        r.probe().lang(), r.negative() ? "NEGATIVE" : "", missed, r.found()));
                b.append("      ").append(r.probe().text()).append('\n');
            }
        }
        b.append("  other codes on positive probes: ").append(extra).append('\n');
        return b.toString();
    }

    @Test
    void everyLanguageKeepsItsRecallFloor() {
        for (Map.Entry<String, Double> floor : RECALL_FLOOR.entrySet()) {
            assertThat(share(recall(floor.getKey(), null)))
                    .as("probe recall in %s", floor.getKey())
                    .isGreaterThanOrEqualTo(floor.getValue());
        }
    }

    @Test
    void everyCodeKeepsItsRecallFloor() {
        for (String code : codes()) {
            assertThat(share(recall("all", code))).as("probe recall of %s", code)
                    .isGreaterThanOrEqualTo(CODE_RECALL_FLOOR);
        }
    }

    @Test
    void noNegativeProbeIsCoded() {
        List<String> coded = results.stream().filter(Result::negative).filter(r -> !r.found().isEmpty())
                .map(r -> r.probe().lang() + " " + r.found() + ": " + r.probe().text()).toList();
        assertThat(coded).isEmpty();
    }

    @Test
    void everyCodeAndLanguageHasItsProbes() {
        for (String lang : List.of("fr", "en", "de", "ar")) {
            for (String code : List.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9")) {
                assertThat(recall(lang, code)[1]).as("%s probes of %s", lang, code).isGreaterThanOrEqualTo(10);
                long negatives = results.stream().filter(Result::negative)
                        .filter(r -> r.probe().lang().equals(lang)).count();
                assertThat(negatives).as("%s negatives", lang).isGreaterThanOrEqualTo(30);
            }
        }
    }
}
