package org.retour.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.retour.text.InputException;
import org.retour.text.LoadedText;
import org.retour.text.TextLoader;

/**
 * Reads the HTML pages of a WARC file (jwarc): each response record of status 200 with an HTML body
 * becomes a document of its main text; other records are passed over. A truncated or damaged file is
 * reported, and the records before the damage are kept.
 */
public final class WarcReader implements DocumentReader {

    private final IngestLimits limits;

    public WarcReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(InputStream in, String name, DocumentSink sink) throws IOException {
        int records = 0;
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (next.get() instanceof WarcResponse response) {
                    response(response, name, records, sink);
                }
            }
        } catch (BoundedInputStream.LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
            sink.skip(new Skip(name, (records == 0 ? "not a WARC file or damaged at the start"
                    : "truncated or damaged after record " + records) + " (" + why + ")"));
        }
    }

    private void response(WarcResponse r, String name, int number, DocumentSink sink) throws IOException {
        String where = name + ": record " + number + " (" + r.target() + ")";
        HttpResponse http;
        try {
            http = r.http();
        } catch (IOException e) {
            sink.skip(new Skip(where, "unreadable HTTP response"));
            return;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return;
        }
        BoundedInputStream body = new BoundedInputStream(http.bodyDecoded().stream(), limits.maxDocumentBytes(), where);
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (BoundedInputStream.LimitExceeded e) {
            sink.skip(new Skip(where, "page over the size limit of " + Sizes.human(limits.maxDocumentBytes())));
            return;
        }
        Charset charset = charset(type);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            bytes = new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
        }
        try {
            Utf8.check(bytes, where);
            LoadedText t = new TextLoader(limits.maxDocumentBytes()).fromBytes(bytes, where, true);
            sink.document(new InputDocument(r.target(), t.text(), t.title(), r.target(), null, null, null, t.warnings()));
        } catch (InputException e) {
            sink.skip(new Skip(where, TextReader.stripName(e.getMessage(), where)));
        }
    }

    private static Charset charset(MediaType type) {
        String cs = type == null ? null : type.parameters().get("charset");
        if (cs == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(cs.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
