package org.retour.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLoaderTest {

    @TempDir
    Path dir;

    private final TextLoader loader = new TextLoader(TextLoader.DEFAULT_MAX_BYTES);

    @Test
    void invalidUtf8IsReplacedAndReportedWithItsByteOffset() throws Exception {
        byte[] bytes = {'I', 'l', ' ', (byte) 0xC3, ' ', 'e', 's', 't', ' ', (byte) 0xFF, '.'};
        LoadedText t = loader.fromBytes(bytes, "x.txt", false);
        assertThat(t.text()).isEqualTo("Il \uFFFD est \uFFFD.");
        assertThat(t.warnings()).singleElement().asString().contains("2 invalid UTF-8 sequences").contains("byte 3");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path p = dir.resolve("image.png");
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> loader.load(p)).isInstanceOf(InputException.class).hasMessageContaining("binary file");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path p = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> loader.load(p)).hasMessageContaining("empty file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path p = dir.resolve("big.txt");
        Files.writeString(p, "a".repeat(2048));
        assertThatThrownBy(() -> new TextLoader(1024).load(p)).hasMessageContaining("over the size limit of 1.0 KB");
        assertThatThrownBy(() -> new TextLoader(1024).load(new ByteArrayInputStream(new byte[2048]), "<stdin>"))
                .hasMessageContaining("over the size limit");
    }

    @Test
    void aMissingFileAndADirectoryAreRefusedByName() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.txt"))).hasMessageEndingWith("nope.txt: no such file");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'u', 'i'};
        assertThat(loader.fromBytes(bom, "bom.txt", false).text()).isEqualTo("Oui");
    }

    @Test
    void htmlIsReducedToItsMainTextOneParagraphALine() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Retour de Syrie</title><script>var x = "« pas ça »";</script></head>
                <body><nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>
                <article><h1>Ils quittent l'EIIL</h1>
                <p>« Nous voulons rentrer », a dit   l'ancien <b>combattant</b>.</p>
                <p>Il est arrivé à Paris&nbsp;mardi.</p></article>
                <footer>© Journal — Tous droits réservés</footer></body></html>""";
        LoadedText t = loader.fromBytes(html.getBytes(StandardCharsets.UTF_8), "page.html", true);
        assertThat(t.html()).isTrue();
        assertThat(t.title()).isEqualTo("Retour de Syrie");
        assertThat(t.text()).isEqualTo("Ils quittent l'EIIL\n« Nous voulons rentrer », a dit l'ancien combattant.\n"
                + "Il est arrivé à Paris\u00A0mardi.");
    }

    @Test
    void htmlIsSniffedWhenTheNameDoesNotSaySo() throws Exception {
        LoadedText t = loader.fromBytes("<html><body><p>Bonjour.</p></body></html>".getBytes(StandardCharsets.UTF_8),
                "<stdin>", false);
        assertThat(t.html()).isTrue();
        assertThat(t.text()).isEqualTo("Bonjour.");
        assertThat(loader.fromBytes("Il a dit <non>.".getBytes(StandardCharsets.UTF_8), "x", false).html()).isFalse();
    }

    @Test
    void aMetadataHeaderIsTakenOffThePlainTextAndKept() throws Exception {
        String file = "url: https://example.org/a\ntitle: Ils reviennent\nlang: fr\ndate: 2016-06-10\n\nLe corps de l'article.\nSuite.";
        LoadedText t = loader.fromBytes(file.getBytes(StandardCharsets.UTF_8), "a.txt", false);
        assertThat(t.text()).isEqualTo("Le corps de l'article.\nSuite.");
        assertThat(t.title()).isEqualTo("Ils reviennent");
        assertThat(t.header().url()).isEqualTo("https://example.org/a");
        assertThat(t.header().language()).isEqualTo("fr");
        assertThat(t.header().published()).isEqualTo(java.time.LocalDate.of(2016, 6, 10));
    }

    @Test
    void aTextThatMerelyStartsWithAColonIsNotAHeader() throws Exception {
        String file = "Paris: les revenants sont jugés.\n\nDeuxième paragraphe.";
        LoadedText t = loader.fromBytes(file.getBytes(StandardCharsets.UTF_8), "a.txt", false);
        assertThat(t.header()).isNull();
        assertThat(t.text()).isEqualTo(file);
        assertThat(TextHeader.parse("title: x\ndate: unknown\n\nCorps").orElseThrow().published()).isNull();
        assertThat(TextHeader.parse("title: sans corps")).isEmpty();
    }
}
