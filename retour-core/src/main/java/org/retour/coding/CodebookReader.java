package org.retour.coding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.coding.LocatedTree.Arr;
import org.retour.coding.LocatedTree.Node;
import org.retour.coding.LocatedTree.Obj;
import org.retour.coding.LocatedTree.Problem;
import org.retour.coding.LocatedTree.Scalar;
import org.retour.lang.Languages;

/**
 * Reads a codebook from YAML or JSON and validates it completely before any work starts: unknown keys,
 * missing fields, duplicate ids, parent cycles, covers that name no code, the code itself or make a cycle, a
 * {@code dropped-beside} rule that names no code or the code itself, colours that are not {@code #RRGGBB}, unknown languages
 * and cues that do not compile are each refused with the file, the line and the reason.
 *
 * <p>The format is documented in {@code org/retour/coding/README.md}.
 */
public final class CodebookReader {

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "name", "codes");
    private static final Set<String> CODE_KEYS = Set.of("id", "name", "colour", "parent", "definition", "cues",
            "positive", "negative", "covers", "dropped-beside", "dropped-in");
    private static final Set<String> DROPPED_KEYS = Set.of("code", "min-words", "sentences", "unless");
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private final String source;

    private CodebookReader(String source) {
        this.source = source;
    }

    /** Reads the codebook in {@code file}: JSON when it ends in {@code .json}, YAML otherwise. */
    public static Codebook read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CodebookException(file + ": no such codebook file");
        } catch (IOException e) {
            throw new CodebookException(file + ": cannot read the codebook (" + e.getMessage() + ")");
        }
        boolean json = file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, file.toString(), json);
    }

    /** Reads a codebook from a classpath resource (YAML). */
    public static Codebook classpath(String resource) {
        try (InputStream in = CodebookReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CodebookException(resource + ": no such resource");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text, resource, resource.endsWith(".json"));
        } catch (IOException e) {
            throw new CodebookException(resource + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Parses codebook text; {@code source} names it in messages. */
    public static Codebook parse(String text, String source, boolean json) {
        CodebookReader r = new CodebookReader(source);
        try (Reader in = new StringReader(text)) {
            return r.codebook(LocatedTree.read(json ? JSON : YAML, in));
        } catch (Problem p) {
            throw new CodebookException(source + ":" + p.line + ": " + p.getMessage());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CodebookException(source + ":" + line + ": not valid " + (json ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new CodebookException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private Codebook codebook(Node root) throws Problem {
        Obj top = obj(root, "the codebook");
        keys(top, TOP_KEYS, "the codebook");
        String id = string(top, "id", true);
        String version = string(top, "version", true);
        String name = string(top, "name", false);
        Node codesNode = top.fields().get("codes");
        if (codesNode == null) {
            throw new Problem(top.line(), "the codebook has no 'codes'");
        }
        if (!(codesNode instanceof Arr arr) || arr.items().isEmpty()) {
            throw new Problem(codesNode.line(), "'codes' must be a non-empty list of codes");
        }
        List<Code> codes = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> parentLines = new HashMap<>();
        Map<String, Integer> coverLines = new HashMap<>();
        Map<String, Integer> droppedLines = new HashMap<>();
        for (Node n : arr.items()) {
            Obj o = obj(n, "a code");
            keys(o, CODE_KEYS, "a code");
            String cid = string(o, "id", true);
            if (lines.containsKey(cid)) {
                throw new Problem(o.keyLines().get("id"), "duplicate code id '" + cid + "' (first on line " + lines.get(cid) + ")");
            }
            lines.put(cid, o.keyLines().get("id"));
            String colour = string(o, "colour", true);
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                throw new Problem(o.keyLines().get("colour"), "colour '" + colour + "' of code " + cid
                        + " is not of the form #RRGGBB");
            }
            String parent = string(o, "parent", false);
            if (parent != null) {
                parentLines.put(cid, o.keyLines().get("parent"));
            }
            List<String> covers = ids(o, "covers", cid);
            if (!covers.isEmpty()) {
                coverLines.put(cid, o.keyLines().get("covers"));
            }
            Map<String, List<String>> cues = byLanguage(o, "cues", cid, true);
            DroppedBeside dropped = droppedBeside(o, cid);
            if (dropped != null) {
                droppedLines.put(cid, ((Obj) o.fields().get("dropped-beside")).keyLines().get("code"));
            }
            codes.add(new Code(cid, string(o, "name", true), colour.toUpperCase(Locale.ROOT), parent,
                    string(o, "definition", false), cues, byLanguage(o, "positive", cid, false),
                    byLanguage(o, "negative", cid, false), covers, dropped, byLanguage(o, "dropped-in", cid, true)));
        }
        checkParents(codes, parentLines);
        checkCovers(codes, coverLines);
        checkDroppedBeside(codes, droppedLines);
        return new Codebook(id, version, name, codes);
    }

    private static void checkParents(List<Code> codes, Map<String, Integer> parentLines) throws Problem {
        Map<String, String> parents = new LinkedHashMap<>();
        codes.forEach(c -> parents.put(c.id(), c.parent()));
        for (Code c : codes) {
            if (c.parent() != null && !parents.containsKey(c.parent())) {
                throw new Problem(parentLines.get(c.id()), "code " + c.id() + " has parent '" + c.parent()
                        + "', which is not a code of this codebook");
            }
        }
        for (Code c : codes) {
            List<String> chain = new ArrayList<>();
            String at = c.id();
            while (at != null) {
                if (chain.contains(at)) {
                    chain.add(at);
                    throw new Problem(parentLines.get(c.id()), "parent cycle: " + String.join(" -> ", chain));
                }
                chain.add(at);
                at = parents.get(at);
            }
        }
    }

    /**
     * Refuses a code that covers an id that is no code of the codebook, covers itself, or covers a code that
     * covers it back, directly or through others.
     */
    private static void checkCovers(List<Code> codes, Map<String, Integer> coverLines) throws Problem {
        Map<String, List<String>> covers = new LinkedHashMap<>();
        codes.forEach(c -> covers.put(c.id(), c.covers()));
        for (Code c : codes) {
            for (String covered : c.covers()) {
                if (covered.equals(c.id())) {
                    throw new Problem(coverLines.get(c.id()), "code " + c.id() + " covers itself");
                }
                if (!covers.containsKey(covered)) {
                    throw new Problem(coverLines.get(c.id()), "code " + c.id() + " covers '" + covered
                            + "', which is not a code of this codebook");
                }
            }
        }
        for (Code c : codes) {
            List<String> cycle = coverPath(c.id(), c.id(), covers, new ArrayList<>());
            if (cycle != null) {
                throw new Problem(coverLines.get(c.id()), "covers cycle: " + String.join(" -> ", cycle));
            }
        }
    }

    /** The chain of covers from {@code at} back to {@code target}, or null when there is none. */
    private static List<String> coverPath(String target, String at, Map<String, List<String>> covers, List<String> seen) {
        if (seen.contains(at)) {
            return null;
        }
        seen.add(at);
        for (String next : covers.get(at)) {
            if (next.equals(target)) {
                List<String> out = new ArrayList<>(List.of(target));
                out.add(0, at);
                return out;
            }
            List<String> rest = coverPath(target, next, covers, seen);
            if (rest != null) {
                rest.add(0, at);
                return rest;
            }
        }
        return null;
    }

    /**
     * The {@code dropped-beside} rule of code {@code code}, or null when the key is absent: a mapping with the
     * {@code code} whose cue drops this one, an optional {@code min-words} (a whole number from 1, default 1), an
     * optional {@code sentences} (a whole number from 0, default 0) and optional {@code unless} cues by language.
     */
    private DroppedBeside droppedBeside(Obj o, String code) throws Problem {
        Node n = o.fields().get("dropped-beside");
        if (n == null || (n instanceof Scalar s && s.value() == null)) {
            return null;
        }
        String what = "'dropped-beside' of code " + code;
        Obj rule = obj(n, what);
        keys(rule, DROPPED_KEYS, what);
        String beside = string(rule, "code", true);
        int minWords = wholeNumber(rule, "min-words", 1, 1, what);
        int sentences = wholeNumber(rule, "sentences", 0, 0, what);
        return new DroppedBeside(beside, minWords, sentences, byLanguage(rule, "unless", code, true));
    }

    /** The whole number from {@code least} under {@code key} of {@code rule}, or {@code absent} when the key is not there. */
    private static int wholeNumber(Obj rule, String key, int least, int absent, String what) throws Problem {
        String value = string(rule, key, false);
        if (value == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = least - 1;
        }
        if (n < least) {
            throw new Problem(rule.keyLines().get(key), "'" + key + "' of " + what + " must be a whole number from " + least
                    + ", not '" + value + "'");
        }
        return n;
    }

    /** Refuses a {@code dropped-beside} rule that names no code of the codebook or the code itself. */
    private static void checkDroppedBeside(List<Code> codes, Map<String, Integer> droppedLines) throws Problem {
        Set<String> ids = new java.util.HashSet<>();
        codes.forEach(c -> ids.add(c.id()));
        for (Code c : codes) {
            DroppedBeside d = c.droppedBeside();
            if (d == null) {
                continue;
            }
            if (d.code().equals(c.id())) {
                throw new Problem(droppedLines.get(c.id()), "code " + c.id() + " is dropped beside itself");
            }
            if (!ids.contains(d.code())) {
                throw new Problem(droppedLines.get(c.id()), "code " + c.id() + " is dropped beside '" + d.code()
                        + "', which is not a code of this codebook");
            }
        }
    }

    /** The list of code ids under {@code key}, or none when the key is absent. */
    private static List<String> ids(Obj o, String key, String code) throws Problem {
        Node n = o.fields().get(key);
        if (n == null || (n instanceof Scalar s && s.value() == null)) {
            return List.of();
        }
        if (!(n instanceof Arr arr)) {
            throw new Problem(n.line(), "'" + key + "' of code " + code + " must be a list of code ids");
        }
        List<String> out = new ArrayList<>();
        for (Node item : arr.items()) {
            if (!(item instanceof Scalar s) || s.value() == null || s.value().isBlank()) {
                throw new Problem(item.line(), "'" + key + "' of code " + code + " must hold non-empty code ids");
            }
            out.add(s.value().strip());
        }
        return out;
    }

    private Map<String, List<String>> byLanguage(Obj o, String key, String code, boolean compile) throws Problem {
        Node n = o.fields().get(key);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n == null || (n instanceof Scalar s && s.value() == null)) {
            return out;
        }
        Obj langs = obj(n, "'" + key + "' of code " + code + " (a mapping from language to a list)");
        for (Map.Entry<String, Node> e : langs.fields().entrySet()) {
            int line = langs.keyLines().get(e.getKey());
            if (!Languages.isKnown(e.getKey()) || !e.getKey().equals(e.getKey().toLowerCase(Locale.ROOT))) {
                throw new Problem(line, "unknown language '" + e.getKey() + "' in '" + key + "' of code " + code
                        + " (expected an ISO 639-1 code such as fr, en, de, ar)");
            }
            if (!(e.getValue() instanceof Arr arr)) {
                throw new Problem(e.getValue().line(), "'" + key + "." + e.getKey() + "' of code " + code
                        + " must be a list of strings");
            }
            List<String> items = new ArrayList<>();
            for (Node item : arr.items()) {
                if (!(item instanceof Scalar s) || s.value() == null || s.value().isBlank()) {
                    throw new Problem(item.line(), "'" + key + "." + e.getKey() + "' of code " + code
                            + " must hold non-empty strings");
                }
                if (compile) {
                    try {
                        CuePattern.compile(s.value());
                    } catch (CuePattern.SyntaxException x) {
                        throw new Problem(item.line(), "cue of code " + code + " does not compile: " + x.getMessage());
                    }
                }
                items.add(s.value().strip());
            }
            out.put(e.getKey(), items);
        }
        return out;
    }

    private static Obj obj(Node n, String what) throws Problem {
        if (n instanceof Obj o) {
            return o;
        }
        throw new Problem(n.line(), what + " must be a mapping of keys to values");
    }

    private static void keys(Obj o, Set<String> allowed, String what) throws Problem {
        for (Map.Entry<String, Integer> k : o.keyLines().entrySet()) {
            if (!allowed.contains(k.getKey())) {
                throw new Problem(k.getValue(), "unknown key '" + k.getKey() + "' in " + what + " (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static String string(Obj o, String key, boolean required) throws Problem {
        Node n = o.fields().get(key);
        if (n == null || (n instanceof Scalar s0 && s0.value() == null)) {
            if (required) {
                throw new Problem(o.line(), "missing '" + key + "'");
            }
            return null;
        }
        if (!(n instanceof Scalar s) || s.value().isBlank()) {
            throw new Problem(n.line(), "'" + key + "' must be a non-empty string");
        }
        return s.value().strip();
    }
}
