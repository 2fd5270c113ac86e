package org.retour.store.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths given to ingest into inputs: a file as it is, a folder into the readable files
 * under it (recursively, in name order, hidden files left out), a glob ({@code corpus/**}{@code /*.txt})
 * into the files it matches, and {@code -} into standard input.
 */
public final class InputExpander {

    private InputExpander() {
    }

    /** The inputs, in the order given. */
    public static List<InputSource> expand(List<String> args, Path cwd) {
        List<InputSource> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new InputSource.Stdin());
                continue;
            }
            Path p = cwd.resolve(a);
            if (Files.isDirectory(p)) {
                walk(p, null, out);
            } else if (Files.exists(p)) {
                out.add(new InputSource.File(p.normalize()));
            } else if (isGlob(a)) {
                int before = out.size();
                glob(a, cwd, out);
                if (out.size() == before) {
                    out.add(new InputSource.Missing(a, "no file matches this pattern"));
                }
            } else {
                out.add(new InputSource.Missing(a, "no such file or folder"));
            }
        }
        return out;
    }

    static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static void glob(String pattern, Path cwd, List<InputSource> out) {
        String norm = pattern.replace('\\', '/');
        int firstMeta = firstMeta(norm);
        int slash = norm.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? cwd : cwd.resolve(norm.substring(0, slash + 1));
        if (!Files.isDirectory(base)) {
            return;
        }
        String full = base.toAbsolutePath().normalize() + "/" + norm.substring(slash + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + full);
        walk(base.toAbsolutePath().normalize(), m, out);
    }

    private static int firstMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static void walk(Path dir, PathMatcher matcher, List<InputSource> out) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !hidden(dir, f))
                    .filter(f -> matcher != null ? matcher.matches(f.toAbsolutePath().normalize())
                            : InputFormat.byName(f.getFileName().toString()) != null)
                    .sorted()
                    .forEach(f -> out.add(new InputSource.File(f.normalize())));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add(new InputSource.Missing(dir.toString(), "cannot list the folder (" + e.getMessage() + ")"));
        }
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
