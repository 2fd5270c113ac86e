package org.retour.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.retour.lang.Languages;
import org.retour.text.HtmlText;
import org.retour.text.InputException;

/**
 * Reads JSON Lines: one article a line, an object with {@code text} or {@code html} and optionally
 * {@code title}, {@code url}, {@code published} (ISO date or date-time), {@code lang} and {@code outlet}.
 * A bad line is reported with its file and line number and the others are read.
 */
public final class JsonlReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final IngestLimits limits;

    public JsonlReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(InputStream in, String name, DocumentSink sink) throws IOException {
        long max = limits.maxDocumentBytes() * 2 + 4096;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        boolean tooLong = false;
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) >= 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    number++;
                    line(name, number, tooLong ? null : line.toByteArray(), sink);
                    line.reset();
                    tooLong = false;
                } else if (!tooLong) {
                    line.write(b);
                    if (line.size() > max) {
                        tooLong = true;
                        line.reset();
                    }
                }
            }
        }
        if (tooLong || line.size() > 0) {
            number++;
            line(name, number, tooLong ? null : line.toByteArray(), sink);
        }
    }

    private void line(String name, int number, byte[] bytes, DocumentSink sink) {
        String where = name + ":" + number;
        if (bytes == null) {
            sink.skip(new Skip(where, "line over the size limit of " + Sizes.human(limits.maxDocumentBytes())));
            return;
        }
        String raw;
        try {
            raw = Utf8.check(bytes, where).text();
        } catch (InputException e) {
            sink.skip(new Skip(where, TextReader.stripName(e.getMessage(), where)));
            return;
        }
        if (raw.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            sink.skip(new Skip(where, "malformed JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.skip(new Skip(where, "not a JSON object"));
            return;
        }
        String text = string(node, "text");
        String html = string(node, "html");
        String title = string(node, "title");
        if (text == null && html != null) {
            if (title == null) {
                title = HtmlText.title(html);
            }
            text = HtmlText.extract(html);
        }
        if (text == null || text.isBlank()) {
            sink.skip(new Skip(where, "no \"text\" or \"html\" field with text in it"));
            return;
        }
        if (text.length() > limits.maxDocumentBytes()) {
            sink.skip(new Skip(where, "text over the size limit of " + Sizes.human(limits.maxDocumentBytes())));
            return;
        }
        List<String> warnings = new ArrayList<>();
        LocalDate published = date(string(node, "published"), where, warnings);
        String lang = string(node, "lang");
        if (lang != null && !Languages.isKnown(lang)) {
            warnings.add(where + ": unknown language '" + lang + "', detected instead");
            lang = null;
        }
        String url = string(node, "url");
        sink.document(new InputDocument(url != null ? url : where, text, title, url, string(node, "outlet"), published,
                lang, warnings));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    static LocalDate date(String value, String where, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.substring(0, Math.min(10, v.length())));
            } catch (DateTimeParseException e2) {
                warnings.add(where + ": published date '" + value + "' is not ISO 8601; ignored");
                return null;
            }
        }
    }

}
