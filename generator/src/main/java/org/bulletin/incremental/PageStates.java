package org.bulletin.incremental;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bulletin.files.AtomicFiles;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;

/**
 * Keeps what a published build rendered ({@link PageState}: the fingerprint of each page's
 * inputs, the hash and stamp of the file written for it) in {@code pages.txt} of the cache folder, so the
 * next build in a new process renders only pages whose inputs changed and takes the others from the
 * output folder, each checked against its stored stamp or hash first. A missing, damaged, cut-short or
 * foreign file counts as no state at all (everything is rendered).
 *
 * <p>The file is plain text, one record per line, tab-separated, sorted (the same state gives the same
 * bytes), with {@code \}, tab and line breaks escaped, and ends with an {@code end} line; a hand-written
 * format because a JSON library's start-up cost more than the rest of a build with nothing changed.
 */
public final class PageStates {

    /** First line; bump when the format or the meaning of a fingerprint changes. */
    static final String FORMAT = "bulletin-page-state-4";
    /** The file in the build's cache folder. */
    public static final String FILE = "pages.txt";

    private PageStates() {
    }

    /** The state stored in {@code file}, or null when there is none that can be used. */
    public static PageState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    private static PageState read(BufferedReader in) throws IOException {
        if (!FORMAT.equals(in.readLine())) {
            return null;
        }
        Map<String, String> head = new HashMap<>();
        Map<String, String> documents = new HashMap<>();
        Map<String, List<Problem>> problems = new HashMap<>();
        Map<String, Set<String>> styles = new HashMap<>();
        Map<String, String> rules = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> stamps = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "output", "inputs", "skeleton", "lists", "site" -> head.put(f[0], f[1]);
                case "document" -> documents.put(f[1], f[2]);
                case "page" -> {
                    problems.put(f[1], new ArrayList<>());
                    hashes.put(f[1], f[2]);
                    if (!f[3].isEmpty()) {
                        stamps.put(f[1], f[3]);
                    }
                    styles.put(f[1], f[4].isEmpty() ? Set.of() : Set.of(f[4].split(" ")));
                }
                case "problem" -> problems.get(f[1]).add(new Problem(Severity.valueOf(f[2]), f[3],
                        Integer.parseInt(f[4]), new Text(f[5], List.of(f).subList(6, f.length))));
                case "rule" -> rules.put(f[1], f[2]);
                case "end" -> {
                    if (head.size() != 5) {
                        return null;
                    }
                    return new PageState(head.get("output"), head.get("inputs"), head.get("skeleton"),
                            head.get("lists"), head.get("site"), documents, problems, styles, rules, hashes,
                            stamps);
                }
                default -> {
                    return null;
                }
            }
        }
        return null; // cut short
    }

    /** Stores {@code state} (best effort: a state that cannot be written only makes the next build slower). */
    public static void save(Path file, PageState state) {
        try {
            AtomicFiles.replaceText(file, out -> write(out, state));
        } catch (IOException | RuntimeException e) {
            delete(file);
        }
    }

    private static void write(BufferedWriter out, PageState s) throws IOException {
        out.write(FORMAT);
        out.write('\n');
        line(out, "output", s.output());
        line(out, "inputs", s.inputs());
        line(out, "skeleton", s.skeleton());
        line(out, "lists", s.lists());
        line(out, "site", s.site());
        for (Map.Entry<String, String> e : new TreeMap<>(s.documents()).entrySet()) {
            line(out, "document", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, List<Problem>> e : new TreeMap<>(s.pageProblems()).entrySet()) {
            String page = e.getKey();
            String stamp = s.stamps().get(page);
            line(out, "page", page, s.hashes().get(page), stamp == null ? "" : stamp,
                    String.join(" ", new TreeSet<>(s.pageStyles().get(page))));
            for (Problem p : e.getValue()) {
                List<String> fields = new ArrayList<>(List.of("problem", page, p.severity().name(), p.file(),
                        String.valueOf(p.line()), p.text().key()));
                fields.addAll(p.text().args());
                line(out, fields.toArray(String[]::new));
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(s.styleRules()).entrySet()) {
            line(out, "rule", e.getKey(), e.getValue());
        }
        out.write("end\n");
    }

    private static void line(BufferedWriter out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(escape(fields[i]));
        }
        out.write('\n');
    }

    static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Removes a stored state (before a build that will not write one). */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale state is still checked page by page
        }
    }
}
