package org.retour.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    static InputFormat sniff(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return InputFormat.sniff(b, b.length);
    }

    @Test
    void theExtensionDecidesLookingThroughGzip() {
        assertThat(InputFormat.byName("a/b.WARC.gz")).isEqualTo(InputFormat.WARC);
        assertThat(InputFormat.byName("x.htm")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.byName("x.ndjson")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.byName("feed.atom")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.byName("x.pdf")).isNull();
        assertThat(InputFormat.byName("README")).isNull();
    }

    @Test
    void standardInputIsToldByItsFirstBytes() {
        assertThat(sniff("WARC/1.0\r\n")).isEqualTo(InputFormat.WARC);
        assertThat(sniff("\uFEFF  {\"text\": \"x\"}\n")).isEqualTo(InputFormat.JSONL);
        assertThat(sniff("<?xml version=\"1.0\"?><rss version=\"2.0\">")).isEqualTo(InputFormat.FEED);
        assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(InputFormat.FEED);
        assertThat(sniff("<html><body>x</body></html>")).isEqualTo(InputFormat.TEXT);
        assertThat(sniff("Les combattants rentrent.")).isEqualTo(InputFormat.TEXT);
    }
}
