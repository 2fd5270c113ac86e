package org.retour.store.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats ingest reads, told by the file's extension or, failing that, by its first bytes. */
public enum InputFormat {
    TEXT, HTML, JSONL, WARC, FEED;

    /** The format a file name's extension says (a {@code .gz} ending is looked through), or null. */
    public static InputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "txt", "text", "md" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            case "warc", "arc" -> WARC;
            case "rss", "atom", "xml" -> FEED;
            default -> null;
        };
    }

    /** The format the first bytes of an input suggest. */
    public static InputFormat sniff(byte[] head, int length) {
        String s = new String(head, 0, Math.max(0, length), StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        s = s.stripLeading();
        if (s.startsWith("WARC/")) {
            return WARC;
        }
        if (s.startsWith("{")) {
            return JSONL;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return FEED;
            }
        }
        return TEXT;
    }

    /** A reader of this format. */
    public DocumentReader reader(IngestLimits limits) {
        return switch (this) {
            case TEXT -> new TextReader(limits, false);
            case HTML -> new TextReader(limits, true);
            case JSONL -> new JsonlReader(limits);
            case WARC -> new WarcReader(limits);
            case FEED -> new FeedReader(limits);
        };
    }
}
