package org.bulletin.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates the robustness suite's cases: each one a tiny site (configuration, one document, one image)
 * with one or two mutations applied. Case {@code i} of seed {@code s} depends only on {@code (s, i)}, so
 * a single case can be rerun alone.
 */
final class FuzzCases {

    /** A generated case: a complete site as files. */
    record FuzzCase(int index, long seed, String description, Map<String, byte[]> files) {
        @Override
        public String toString() {
            return "#" + index + " " + description;
        }
    }

    static final String PROPERTIES = "jbake.properties";
    static final String IMAGE = "assets/images/social-work-day.svg";
    private static final List<String> TEMPLATE_DOCS = List.of("content/about.adoc",
            "content/articles/annual-review.adoc", "content/articles/service-hours.adoc",
            "content/articles/volunteer-draft.adoc", "content/articles/what-social-workers-do.adoc",
            "content/articles/world-social-work-day.adoc");
    static final List<String> QUIZZES = List.of("social-work-quiz.adoc", "volunteer-quiz.adoc");
    private static final String[] OPERATORS = {"truncate", "shuffle", "delete", "duplicate", "header", "date",
        "bytes", "odd", "enormous", "nesting", "encoding", "empty", "loop", "outside", "image", "attribute", "markup",
        "name"};

    private final Map<String, String> corpus = new TreeMap<>();
    private final String properties;

    /** @param withQuizzes include the quiz fixtures (only once the generator parses quizzes) */
    FuzzCases(boolean withQuizzes) {
        TEMPLATE_DOCS.forEach(d -> corpus.put(d, SiteFiles.templateText(d)));
        if (withQuizzes) {
            QUIZZES.forEach(q -> corpus.put("content/quiz/" + q, quiz(q)));
        }
        properties = SiteFiles.templateText(PROPERTIES);
    }

    static String quiz(String name) {
        try (InputStream in = FuzzCases.class.getResourceAsStream("quizzes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<FuzzCase> cases(long seed, int count) {
        List<FuzzCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(generate(seed, i));
        }
        return cases;
    }

    FuzzCase generate(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        List<String> docs = new ArrayList<>(corpus.keySet());
        String doc = docs.get(r.nextInt(docs.size()));
        Map<String, byte[]> files = new TreeMap<>();
        files.put(PROPERTIES, TextMutations.utf8(properties));
        files.put(IMAGE, SiteFiles.template(IMAGE));
        files.put(doc, TextMutations.utf8(corpus.get(doc)));
        List<String> done = new ArrayList<>();
        int rounds = r.nextInt(5) == 0 ? 2 : 1;
        for (int round = 0; round < rounds; round++) {
            boolean onProperties = r.nextInt(7) == 0;
            String target = onProperties ? PROPERTIES : doc;
            Mutation m = onProperties ? properties(files.get(PROPERTIES), r) : document(target, files.get(target), r);
            for (Map.Entry<String, byte[]> e : m.files().entrySet()) {
                if (e.getValue() == null) {
                    files.remove(e.getKey());
                } else {
                    files.put(e.getKey(), e.getValue());
                }
            }
            if (!onProperties && !m.files().containsKey(doc)) {
                files.remove(doc); // renamed
                doc = m.files().keySet().iterator().next();
            }
            done.add(m.description());
        }
        return new FuzzCase(index, seed, String.join(", then ", done), files);
    }

    private static Mutation properties(byte[] bytes, Random r) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (r.nextInt(7)) {
            case 0 -> Mutation.of("bad value in jbake.properties", PROPERTIES,
                    TextMutations.utf8(PropertyMutations.badValue(text, r)));
            case 1 -> Mutation.of("odd syntax in jbake.properties", PROPERTIES,
                    TextMutations.utf8(PropertyMutations.oddSyntax(text, r)));
            case 2 -> Mutation.of("truncated jbake.properties", PROPERTIES, TextMutations.truncate(bytes, r));
            case 3 -> Mutation.of("random bytes in jbake.properties", PROPERTIES, TextMutations.randomBytes(bytes, r));
            case 4 -> {
                String cs = TextMutations.ENCODINGS.get(r.nextInt(TextMutations.ENCODINGS.size()));
                yield Mutation.of("jbake.properties in " + cs, PROPERTIES, TextMutations.encode(text, cs));
            }
            case 5 -> Mutation.of("shuffled jbake.properties", PROPERTIES,
                    TextMutations.utf8(TextMutations.shuffleLines(text, r)));
            default -> {
                Map<String, byte[]> gone = new TreeMap<>();
                gone.put(PROPERTIES, null);
                yield new Mutation("no jbake.properties", gone);
            }
        };
    }

    private static Mutation document(String path, byte[] bytes, Random r) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String op = OPERATORS[r.nextInt(OPERATORS.length)];
        String what = op + " " + path;
        return switch (op) {
            case "truncate" -> Mutation.of("truncated " + path, path, TextMutations.truncate(bytes, r));
            case "shuffle" -> text(what, path, TextMutations.shuffleLines(text, r));
            case "delete" -> text(what, path, TextMutations.deleteLines(text, r));
            case "duplicate" -> text(what, path, TextMutations.duplicateLines(text, r));
            case "header" -> text("broken header " + path, path, AsciidocMutations.brokenHeader(text, r));
            case "date" -> text("bad date " + path, path, AsciidocMutations.badDate(text, r));
            case "bytes" -> Mutation.of("random bytes in " + path, path, TextMutations.randomBytes(bytes, r));
            case "odd" -> text("odd characters in " + path, path, TextMutations.oddCharacters(text, r));
            case "enormous" -> text("enormous line in " + path, path, TextMutations.enormousLine(text, r));
            case "nesting" -> text("deep nesting in " + path, path, AsciidocMutations.deepNesting(text, r));
            case "encoding" -> {
                String cs = TextMutations.ENCODINGS.get(r.nextInt(TextMutations.ENCODINGS.size()));
                yield Mutation.of(path + " in " + cs, path, TextMutations.encode(text, cs));
            }
            case "empty" -> Mutation.of("empty " + path, path, TextMutations.empty(r));
            case "loop" -> AsciidocMutations.includeLoop(path, text, r);
            case "outside" -> text("include outside the site in " + path, path, AsciidocMutations.includeOutside(text, r));
            case "image" -> text("missing or foreign image in " + path, path, AsciidocMutations.missingImage(text, r));
            case "attribute" -> text("odd attribute in " + path, path, AsciidocMutations.attributeChaos(text, r));
            case "markup" -> text("broken markup in " + path, path, AsciidocMutations.markupChaos(text, r));
            default -> {
                String renamed = AsciidocMutations.awkwardName(path, r);
                yield Mutation.of(path + " renamed to " + renamed, renamed, bytes);
            }
        };
    }

    private static Mutation text(String description, String path, String text) {
        return Mutation.of(description, path, TextMutations.utf8(text));
    }
}
