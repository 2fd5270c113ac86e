package org.retour.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of codes with an identity and a version, as read and validated by {@link CodebookReader}.
 *
 * @param id      a stable name ({@code retour-default})
 * @param version the codebook's version; a model trained on another version is refused
 * @param name    a human title
 * @param codes   the codes, in file order
 */
public record Codebook(String id, String version, String name, List<Code> codes) {

    /** The classpath location of the codebook that ships with Retour. */
    public static final String DEFAULT_RESOURCE = "org/retour/coding/default-codebook.yaml";

    public Codebook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        name = name == null ? id : name;
        codes = List.copyOf(codes);
    }

    /** The codebook that ships with Retour: the nine codes N1–N9. */
    public static Codebook standard() {
        return Holder.STANDARD;
    }

    /** The code with {@code id}, if any. */
    public Optional<Code> code(String id) {
        return codes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The code ids, in file order. */
    public List<String> codeIds() {
        List<String> out = new ArrayList<>(codes.size());
        codes.forEach(c -> out.add(c.id()));
        return out;
    }

    /** Every language some code has cues or examples in. */
    public Set<String> languages() {
        Set<String> out = new TreeSet<>();
        for (Code c : codes) {
            out.addAll(c.cues().keySet());
            out.addAll(c.positive().keySet());
            out.addAll(c.negative().keySet());
        }
        return out;
    }

    /** The codes by id. */
    public Map<String, Code> byId() {
        Map<String, Code> out = new LinkedHashMap<>();
        codes.forEach(c -> out.put(c.id(), c));
        return out;
    }

    /**
     * The codes of {@code found} that some other code of {@code found} covers: found on the same segment, only
     * the covering code is kept.
     */
    public Set<String> covered(Collection<String> found) {
        Set<String> out = new TreeSet<>();
        for (Code c : codes) {
            if (found.contains(c.id())) {
                for (String covered : c.covers()) { // a loop, not a stream: asked of every segment with two codes
                    if (found.contains(covered)) {
                        out.add(covered);
                    }
                }
            }
        }
        return out;
    }

    /** {@code id@version}, as model files and messages name a codebook. */
    public String label() {
        return id + "@" + version;
    }

    private static final class Holder {
        static final Codebook STANDARD = CodebookReader.classpath(DEFAULT_RESOURCE);
    }
}
