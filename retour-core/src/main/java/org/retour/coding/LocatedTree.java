package org.retour.coding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document read into nodes that remember their line, so that every complaint about a
 * data file can say where the problem is. Duplicate keys are refused while reading.
 */
final class LocatedTree {

    private LocatedTree() {
    }

    /** A value with the line it starts on. */
    sealed interface Node permits Obj, Arr, Scalar {
        int line();
    }

    /** A mapping; keys keep their order and their own lines. */
    record Obj(int line, Map<String, Node> fields, Map<String, Integer> keyLines) implements Node {
    }

    /** A sequence. */
    record Arr(int line, List<Node> items) implements Node {
    }

    /** A string, number, boolean or null (then {@code value} is null). */
    record Scalar(int line, String value) implements Node {
    }

    /** A structural problem at a line. */
    static final class Problem extends Exception {
        final int line;

        Problem(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** Reads one document with {@code factory} (a {@code YAMLFactory} or a {@code JsonFactory}). */
    static Node read(JsonFactory factory, Reader in) throws IOException, Problem {
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Problem(1, "the file is empty");
            }
            return node(p, t);
        }
    }

    private static Node node(JsonParser p, JsonToken t) throws IOException, Problem {
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (fields.containsKey(key)) {
                        throw new Problem(keyLine, "duplicate key '" + key + "' (first on line " + lines.get(key) + ")");
                    }
                    Node v = node(p, p.nextToken());
                    fields.put(key, v);
                    lines.put(key, keyLine);
                }
                return new Obj(line, fields, lines);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken k;
                while ((k = p.nextToken()) != JsonToken.END_ARRAY && k != null) {
                    items.add(node(p, k));
                }
                return new Arr(line, items);
            }
            case VALUE_NULL -> {
                return new Scalar(line, null);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(line, p.getText());
            }
            default -> throw new Problem(line, "unexpected " + t);
        }
    }
}
