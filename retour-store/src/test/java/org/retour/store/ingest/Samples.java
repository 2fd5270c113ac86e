package org.retour.store.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Input files for ingest tests, written by hand in each format. */
final class Samples {

    static final String FRENCH = "« Nous avons vu des choses terribles à Raqqa », a déclaré Karim, un ancien combattant. "
            + "Selon le procureur, 244 personnes sont rentrées en France depuis 2014.";
    static final String ENGLISH = "\"They fight other Muslims more than the regime,\" said a former fighter who returned "
            + "to Britain last year after two years in Syria.";
    static final String GERMAN = "„Ich wollte nach Hause zu meiner Mutter“, sagte ein Rückkehrer aus Mossul, der anonym "
            + "bleiben wollte. Die Behörden zählen 900 Ausreisen.";
    static final String ARABIC = "قال المقاتل السابق إن الحياة في الرقة كانت صعبة ومخيبة للآمال 🙂";

    private Samples() {
    }

    static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav>Accueil | Monde</nav>"
                + "<article><p>" + body + "</p></article><footer>© Journal</footer></body></html>";
    }

    static byte[] warcRecord(String uri, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length
                + "\r\n\r\n";
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
        block.writeBytes(payload);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2016-06-10T12:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block.toByteArray());
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(data);
        }
        return out.toByteArray();
    }

    static String rss() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Le Journal</title>"
                + "<link>http://journal.example/</link><description>d</description>"
                + "<item><title>Retour de Syrie</title><link>http://journal.example/1</link>"
                + "<pubDate>Fri, 10 Jun 2016 08:00:00 GMT</pubDate><description><![CDATA[<p>" + FRENCH + "</p>]]></description></item>"
                + "<item><title>Returnees</title><link>http://journal.example/2</link>"
                + "<description>" + ENGLISH.replace("\"", "&quot;") + "</description></item>"
                + "</channel></rss>";
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    static void write(Path p, byte[] bytes) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }
}
