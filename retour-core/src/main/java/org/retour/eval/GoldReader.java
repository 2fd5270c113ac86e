package org.retour.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.retour.model.DatePrecision;
import org.retour.model.EntityType;
import org.retour.model.Span;
import org.retour.model.Voice;

/**
 * Reads a folder of gold pairs {@code NNN.txt} + {@code NNN.gold.json} (the format of gold/README.md).
 *
 * <p>Every problem is a {@link GoldFormatException} whose one-line message names the file: a file
 * without its pair, a header without blank line, JSON that does not parse, a missing key, an unknown
 * role, type or precision, or a quote, evidence, entity, date or figure text that is not in the body.
 */
public final class GoldReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON_SUFFIX = ".gold.json";

    private GoldReader() {
    }

    /** The gold articles of {@code dir}, sorted by id. */
    public static List<GoldDocument> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new GoldFormatException(dir + ": not a folder of gold files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new GoldFormatException(dir + ": cannot list the folder: " + e.getMessage());
        }
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(JSON_SUFFIX)) {
                Path txt = f.resolveSibling(name.substring(0, name.length() - JSON_SUFFIX.length()) + ".txt");
                if (!Files.isRegularFile(txt)) {
                    throw new GoldFormatException(f + ": no article " + txt.getFileName() + " beside it");
                }
            } else if (name.endsWith(".txt")) {
                String id = name.substring(0, name.length() - 4);
                Path json = f.resolveSibling(id + JSON_SUFFIX);
                if (!Files.isRegularFile(json)) {
                    throw new GoldFormatException(f + ": no annotation " + json.getFileName() + " beside it");
                }
                out.add(parse(id, f.toString(), readUtf8(f), json.toString(), readUtf8(json)));
            }
        }
        if (out.isEmpty()) {
            throw new GoldFormatException(dir + ": no gold pairs (NNN.txt + NNN.gold.json) in the folder");
        }
        return List.copyOf(out);
    }

    /** One gold article from the contents of its two files; the names are for messages. */
    public static GoldDocument parse(String id, String txtName, String txt, String jsonName, String json) {
        String t = txt.startsWith("\uFEFF") ? txt.substring(1) : txt;
        t = t.replace("\r\n", "\n");
        int blank = t.indexOf("\n\n");
        if (blank < 0) {
            throw new GoldFormatException(txtName + ": no blank line between the header and the body");
        }
        Map<String, String> header = new HashMap<>();
        int lineNo = 0;
        for (String line : t.substring(0, blank).split("\n", -1)) {
            lineNo++;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new GoldFormatException(txtName + ":" + lineNo + ": header line is not 'key: value': " + line);
            }
            header.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        String body = t.substring(blank + 2);
        String title = header.get("title");
        LocalDate published = parseDate(txtName, header.get("date"));

        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(jsonName + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new GoldFormatException(jsonName + ": not a JSON object");
        }
        String lang = text(root, "lang", jsonName);
        String headerLang = header.get("lang");
        if (lang == null) {
            lang = headerLang;
        }
        if (lang == null || lang.isBlank()) {
            throw new GoldFormatException(jsonName + ": no language (\"lang\" here or in the header of " + txtName + ")");
        }
        if (headerLang != null && !headerLang.equalsIgnoreCase(lang)) {
            throw new GoldFormatException(jsonName + ": lang '" + lang + "' differs from the header's '" + headerLang + "'");
        }
        String docId = text(root, "id", jsonName);
        if (docId != null && !docId.equals(id)) {
            throw new GoldFormatException(jsonName + ": id '" + docId + "' differs from the file name '" + id + "'");
        }
        Locator where = new Locator(body, jsonName);
        List<GoldQuote> quotes = list(root, "quotes", jsonName, (n, ctx) -> quote(n, ctx, where, title));
        List<GoldNarrative> narratives = list(root, "narratives", jsonName, (n, ctx) -> {
            String evidence = required(n, "evidence", ctx);
            return new GoldNarrative(required(n, "code", ctx), evidence, where.locate(evidence, ctx + " evidence"),
                    text(n, "via", ctx), text(n, "confidence", ctx));
        });
        List<GoldEntity> entities = list(root, "entities", jsonName, (n, ctx) -> {
            String s = required(n, "text", ctx);
            return new GoldEntity(s, where.locate(s, ctx + " text"),
                    enumValue(EntityType.class, required(n, "type", ctx), ctx),
                    text(n, "canonical", ctx), text(n, "country", ctx));
        });
        List<GoldDate> dates = list(root, "dates", jsonName, (n, ctx) -> {
            String s = required(n, "text", ctx);
            return new GoldDate(s, where.locate(s, ctx + " text"), required(n, "value", ctx),
                    enumValue(DatePrecision.class, required(n, "precision", ctx), ctx));
        });
        List<GoldFigure> figures = list(root, "figures", jsonName, (n, ctx) -> {
            String s = required(n, "text", ctx);
            JsonNode v = n.get("value");
            if (v == null || !v.isNumber()) {
                throw new GoldFormatException(ctx + ": \"value\" must be a number");
            }
            return new GoldFigure(s, where.locate(s, ctx + " text"), v.asDouble(), text(n, "source", ctx));
        });
        return new GoldDocument(id, lang.toLowerCase(Locale.ROOT), header.get("url"), title, published, body,
                quotes, narratives, entities, dates, figures);
    }

    private static GoldQuote quote(JsonNode n, String ctx, Locator where, String title) {
        String s = required(n, "text", ctx);
        boolean headline = n.path("in_headline").asBoolean(false);
        Span span;
        if (headline) {
            if ((title == null || !title.contains(s)) && !where.body.contains(s)) {
                throw new GoldFormatException(ctx + ": headline quote is neither in the title nor in the body: " + clip(s));
            }
            span = null;
        } else {
            span = where.locate(s, ctx + " text");
        }
        String role = text(n, "speaker_role", ctx);
        if (role != null) {
            try {
                role = Voice.fromLabel(role).label();
            } catch (IllegalArgumentException e) {
                throw new GoldFormatException(ctx + ": " + e.getMessage());
            }
        }
        return new GoldQuote(s, span, text(n, "speaker", ctx), role, text(n, "speaker_mention", ctx), headline);
    }

    /** Finds texts in the body: the same text listed again is looked for after its previous place. */
    private static final class Locator {
        private final String body;
        private final String file;
        private final Map<String, Integer> next = new HashMap<>();

        Locator(String body, String file) {
            this.body = body;
            this.file = file;
        }

        Span locate(String s, String ctx) {
            if (s.isEmpty()) {
                throw new GoldFormatException(ctx + " is empty");
            }
            int from = next.getOrDefault(s, 0);
            int at = body.indexOf(s, from);
            if (at < 0) {
                at = body.indexOf(s);
            }
            if (at < 0) {
                throw new GoldFormatException(ctx + " is not in the body: " + clip(s));
            }
            next.put(s, at + 1);
            return new Span(at, at + s.length());
        }
    }

    /** A parser of one element of a list; ctx names the file and the element for messages. */
    private interface ElementParser<T> {
        T parse(JsonNode node, String ctx);
    }

    private static <T> List<T> list(JsonNode root, String key, String file, ElementParser<T> parser) {
        JsonNode arr = root.get(key);
        if (arr == null || arr.isNull()) {
            return null;
        }
        if (!arr.isArray()) {
            throw new GoldFormatException(file + ": \"" + key + "\" must be a list");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String ctx = file + ": " + key + "[" + i + "]";
            JsonNode n = arr.get(i);
            if (!n.isObject()) {
                throw new GoldFormatException(ctx + " must be an object");
            }
            out.add(parser.parse(n, ctx));
        }
        return out;
    }

    private static String required(JsonNode n, String key, String ctx) {
        String v = text(n, key, ctx);
        if (v == null || v.isEmpty()) {
            throw new GoldFormatException(ctx + ": \"" + key + "\" is missing or empty");
        }
        return v;
    }

    private static String text(JsonNode n, String key, String ctx) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new GoldFormatException(ctx + ": \"" + key + "\" must be a string");
        }
        return v.asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String ctx) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(ctx + ": unknown " + type.getSimpleName() + " '" + value + "'; expected one of "
                    + Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static LocalDate parseDate(String file, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("unknown")) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new GoldFormatException(file + ": header date '" + value + "' is not YYYY-MM-DD or 'unknown'");
        }
    }

    private static String readUtf8(Path f) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(f + ": not UTF-8 text");
        } catch (IOException e) {
            throw new GoldFormatException(f + ": cannot read: " + e.getMessage());
        }
    }

    static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? "\"" + one + "\"" : "\"" + one.substring(0, 77) + "…\"";
    }

}
