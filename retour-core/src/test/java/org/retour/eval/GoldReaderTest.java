package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.model.DatePrecision;
import org.retour.model.EntityType;

class GoldReaderTest {

    private static final String TXT = "url: https://example.org/a\ntitle: « Partir » disent-ils\nlang: fr\ndate: 2016-06-10\n\n"
            + "« Nous partons », a-t-il dit. Puis « Nous partons » encore, en juin 2016 😀.\n";

    @TempDir
    Path dir;

    private void write(String id, String txt, String json) throws IOException {
        Files.writeString(dir.resolve(id + ".txt"), txt);
        Files.writeString(dir.resolve(id + ".gold.json"), json);
    }

    @Test
    void readsPairsAndLocatesRepeatedTextsInOrder() throws IOException {
        write("001", TXT, """
                {"id": "001", "lang": "fr",
                 "quotes": [{"text": "Nous partons", "speaker": null, "speaker_role": "defector"},
                            {"text": "Nous partons", "speaker": "Abu Ali", "speaker_role": "Defector"},
                            {"text": "Partir", "speaker": null, "speaker_role": "defector", "in_headline": true}],
                 "narratives": [{"code": "N9", "evidence": "Nous partons", "via": "direct_quote", "confidence": "high"}],
                 "entities": [{"text": "juin", "type": "place", "canonical": null, "country": null}],
                 "dates": [{"text": "juin 2016", "value": "2016-06", "precision": "month"}]}
                """);
        List<GoldDocument> docs = GoldReader.read(dir);
        assertThat(docs).hasSize(1);
        GoldDocument d = docs.get(0);
        assertThat(d.published()).hasToString("2016-06-10");
        assertThat(d.body()).startsWith("« Nous");
        assertThat(d.quotes()).hasSize(3);
        assertThat(d.quotes().get(0).span().start()).isEqualTo(2);
        assertThat(d.quotes().get(1).span().start()).isEqualTo(d.body().lastIndexOf("Nous partons"));
        assertThat(d.quotes().get(1).speakerRole()).isEqualTo("defector");
        assertThat(d.quotes().get(2).span()).isNull();
        assertThat(d.entities().get(0).type()).isEqualTo(EntityType.PLACE);
        assertThat(d.dates().get(0).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.figures()).isNull();
    }

    @Test
    void quoteNotInBodyIsRefusedNamingFileAndEntry() throws IOException {
        write("002", TXT, "{\"id\": \"002\", \"lang\": \"fr\", \"quotes\": [{\"text\": \"Nous restons\", \"speaker\": null}]}");
        assertThatThrownBy(() -> GoldReader.read(dir)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("002.gold.json: quotes[0] text is not in the body: \"Nous restons\"");
    }

    @Test
    void brokenJsonIsRefusedWithFileAndLine() throws IOException {
        write("003", TXT, "{\"id\": \"003\",\n \"quotes\": [\n {\"text\": }]}");
        assertThatThrownBy(() -> GoldReader.read(dir)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("003.gold.json:3: not valid JSON");
    }

    @Test
    void unknownRoleAndMissingPairAndMissingBlankLineAreRefused() throws IOException {
        write("004", TXT, "{\"quotes\": [{\"text\": \"Nous partons\", \"speaker_role\": \"wizard\"}]}");
        assertThatThrownBy(() -> GoldReader.read(dir)).hasMessageContaining("quotes[0]: unknown voice 'wizard'");
        Files.delete(dir.resolve("004.gold.json"));
        assertThatThrownBy(() -> GoldReader.read(dir)).hasMessageContaining("004.txt: no annotation 004.gold.json");
        Files.writeString(dir.resolve("004.txt"), "lang: fr\nbody without blank line");
        Files.writeString(dir.resolve("004.gold.json"), "{}");
        assertThatThrownBy(() -> GoldReader.read(dir)).hasMessageContaining("004.txt: no blank line");
    }

    @Test
    void languageMustAgreeWithHeader() throws IOException {
        write("005", TXT, "{\"id\": \"005\", \"lang\": \"en\", \"quotes\": []}");
        assertThatThrownBy(() -> GoldReader.read(dir)).hasMessageContaining("lang 'en' differs from the header's 'fr'");
    }
}
