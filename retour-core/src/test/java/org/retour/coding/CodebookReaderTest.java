package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookReaderTest {

    private static final String GOOD = """
            id: test
            version: 2
            codes:
              - id: A
                name: alpha
                colour: "#00ff00"
                cues:
                  fr: [vie dure]
              - id: B
                name: beta
                colour: "#0000FF"
                parent: A
            """;

    @Test
    void theStandardCodebookHasNineCodesWithCuesInFourLanguages() {
        Codebook cb = Codebook.standard();
        assertThat(cb.codeIds()).containsExactly("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
        for (Code c : cb.codes()) {
            assertThat(c.cues().keySet()).as(c.id()).containsExactlyInAnyOrder("fr", "en", "de", "ar");
            assertThat(c.positive().keySet()).as(c.id()).containsExactlyInAnyOrder("fr", "en", "de", "ar");
            assertThat(c.colour()).matches("#[0-9A-F]{6}");
        }
        assertThat(cb.label()).isEqualTo("retour-default@36");
    }

    @Test
    void everyPositiveExampleOfTheStandardCodebookIsCodedByItsRules() {
        RuleCoder rules = RuleCoder.of(Codebook.standard());
        for (Code c : Codebook.standard().codes()) {
            c.positive().forEach((lang, examples) -> examples.forEach(ex ->
                    assertThat(rules.judge(ex, lang)).as(c.id() + " " + lang + ": " + ex)
                            .extracting(Judgement::code).contains(c.id())));
            c.negative().forEach((lang, examples) -> examples.forEach(ex ->
                    assertThat(rules.judge(ex, lang)).as(c.id() + " " + lang + " negative: " + ex)
                            .extracting(Judgement::code).doesNotContain(c.id())));
        }
    }

    @Test
    void readsYamlAndJsonAlike() {
        Codebook y = CodebookReader.parse(GOOD, "good.yaml", false);
        Codebook j = CodebookReader.parse("""
                {"id": "test", "version": "2", "codes": [
                  {"id": "A", "name": "alpha", "colour": "#00ff00", "cues": {"fr": ["vie dure"]}},
                  {"id": "B", "name": "beta", "colour": "#0000FF", "parent": "A"}]}
                """, "good.json", true);
        assertThat(j).isEqualTo(y);
        assertThat(y.version()).isEqualTo("2");
        assertThat(y.code("B").orElseThrow().parent()).isEqualTo("A");
        assertThat(y.code("A").orElseThrow().colour()).isEqualTo("#00FF00");
    }

    @Test
    void rejectsAnUnknownKeyWithItsLine() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("    name: beta", "    nmae: beta"), "cb.yaml", false))
                .isInstanceOf(CodebookException.class).hasMessageStartingWith("cb.yaml:10: unknown key 'nmae'");
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("id: B", "id: A").replace("parent: A", ""), "cb.yaml", false))
                .hasMessage("cb.yaml:9: duplicate code id 'A' (first on line 4)");
    }

    @Test
    void rejectsAParentCycle() {
        String cyclic = GOOD.replace("    cues:\n      fr: [vie dure]\n", "    parent: B\n");
        assertThatThrownBy(() -> CodebookReader.parse(cyclic, "cb.yaml", false))
                .hasMessageContaining("cb.yaml:7: parent cycle: A -> B -> A");
    }

    @Test
    void readsTheCodesACodeCovers() {
        Codebook cb = CodebookReader.parse(GOOD.replace("    parent: A\n", "    parent: A\n    covers: [A]\n"), "cb.yaml", false);
        assertThat(cb.code("B").orElseThrow().covers()).containsExactly("A");
        assertThat(cb.code("A").orElseThrow().covers()).isEmpty();
        assertThat(cb.covered(java.util.List.of("A", "B"))).containsExactly("A");
        assertThat(cb.covered(java.util.List.of("A"))).isEmpty();
    }

    @Test
    void rejectsACoverThatIsNoCode() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("    parent: A\n", "    covers: [Z]\n"), "cb.yaml", false))
                .hasMessage("cb.yaml:12: code B covers 'Z', which is not a code of this codebook");
    }

    @Test
    void rejectsACodeCoveringItself() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("    parent: A\n", "    covers: [B]\n"), "cb.yaml", false))
                .hasMessage("cb.yaml:12: code B covers itself");
    }

    @Test
    void rejectsACoversCycle() {
        String cyclic = GOOD.replace("    cues:\n      fr: [vie dure]\n", "    covers: [B]\n")
                .replace("    parent: A\n", "    covers: [A]\n");
        assertThatThrownBy(() -> CodebookReader.parse(cyclic, "cb.yaml", false))
                .hasMessage("cb.yaml:7: covers cycle: A -> B -> A");
    }

    @Test
    void rejectsCoversThatAreNotAList() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("    parent: A\n", "    covers: A\n"), "cb.yaml", false))
                .hasMessage("cb.yaml:12: 'covers' of code B must be a list of code ids");
    }

    @Test
    void rejectsAnUnknownParent() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("parent: A", "parent: Z"), "cb.yaml", false))
                .hasMessageContaining("cb.yaml:12: code B has parent 'Z'");
    }

    @Test
    void rejectsABadColour() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("\"#0000FF\"", "blue"), "cb.yaml", false))
                .hasMessage("cb.yaml:11: colour 'blue' of code B is not of the form #RRGGBB");
    }

    @Test
    void rejectsAnUnknownLanguage() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("fr: [vie dure]", "xx: [vie dure]"), "cb.yaml", false))
                .hasMessageStartingWith("cb.yaml:8: unknown language 'xx'");
    }

    @Test
    void rejectsACueThatDoesNotCompile() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("[vie dure]", "[\"vie ..\"]"), "cb.yaml", false))
                .hasMessage("cb.yaml:8: cue of code A does not compile: a cue cannot end with a gap: 'vie ..'");
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("[vie dure]", "[\"vie|(dure\"]"), "cb.yaml", false))
                .hasMessageContaining("reserved character '('");
    }

    @Test
    void rejectsDuplicateKeysAndBrokenYaml() {
        assertThatThrownBy(() -> CodebookReader.parse(GOOD.replace("    name: alpha", "    name: alpha\n    name: again"),
                "cb.yaml", false)).hasMessageContaining("cb.yaml:6: duplicate key 'name'");
        assertThatThrownBy(() -> CodebookReader.parse("id: [unclosed", "cb.yaml", false))
                .isInstanceOf(CodebookException.class).hasMessageStartingWith("cb.yaml:");
        assertThatThrownBy(() -> CodebookReader.parse("{\"id\": 1,}", "cb.json", true))
                .hasMessageStartingWith("cb.json:1: not valid JSON");
    }

    @Test
    void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yml");
        Files.writeString(f, GOOD);
        assertThat(CodebookReader.read(f).id()).isEqualTo("test");
        assertThatThrownBy(() -> CodebookReader.read(dir.resolve("none.yaml"))).hasMessageEndingWith("no such codebook file");
    }
}
