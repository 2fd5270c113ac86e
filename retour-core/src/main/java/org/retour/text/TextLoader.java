package org.retour.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file or a stream as a document's text: UTF-8 (invalid bytes replaced and reported), HTML
 * reduced to its main text, a plain text's metadata header ({@link TextHeader}) taken off its body,
 * with a size limit.
 *
 * @param maxBytes the largest input accepted
 */
public record TextLoader(long maxBytes) {

    /** The default size limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public TextLoader {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
    }

    /** Reads a file. */
    public LoadedText load(Path path) throws InputException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, not a file");
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException(name + ": " + human(size) + " is over the size limit of " + human(maxBytes));
            }
            byte[] bytes = Files.readAllBytes(path);
            boolean htmlName = name.toLowerCase(Locale.ROOT).matches(".*\\.(html?|xhtml)$");
            return fromBytes(bytes, name, htmlName);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a stream (standard input) up to the size limit. */
    public LoadedText load(InputStream in, String name) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(name + ": input is over the size limit of " + human(maxBytes));
            }
            return fromBytes(bytes, name, false);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Decodes bytes; {@code html} forces HTML extraction, otherwise it is sniffed. */
    public LoadedText fromBytes(byte[] bytes, String name, boolean html) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(name + ": empty file, nothing to analyse");
        }
        DecodedText decoded = TextDecoder.decode(bytes, name);
        List<String> warnings = new ArrayList<>();
        if (decoded.invalidSequences() > 0) {
            warnings.add(name + ": " + decoded.invalidSequences() + " invalid UTF-8 sequence"
                    + (decoded.invalidSequences() == 1 ? "" : "s") + ", the first at byte " + decoded.firstInvalidOffset()
                    + "; replaced with U+FFFD");
        }
        String text = decoded.text();
        boolean isHtml = html || HtmlText.looksLikeHtml(text);
        String title = null;
        TextHeader header = null;
        if (isHtml) {
            title = HtmlText.title(text);
            text = HtmlText.extract(text);
        } else {
            header = TextHeader.parse(text).orElse(null);
            if (header != null) {
                text = text.substring(header.bodyStart());
                title = header.title();
            }
        }
        if (text.isBlank()) {
            throw new InputException(name + ": no text in it, nothing to analyse");
        }
        return new LoadedText(text, title, isHtml, warnings, header);
    }

    static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
