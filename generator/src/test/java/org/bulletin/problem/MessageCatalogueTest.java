package org.bulletin.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue is complete: every key in English and Chinese with the same arguments, every key
 * the code asks for is there, every key there is asked for, and Bulletin's own words do not bypass it.
 * Reads the main sources of every module but the collector (which has its own, smaller catalogue).
 */
class MessageCatalogueTest {

    private static final Pattern ASKED = Pattern.compile("Text\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");
    /**
     * A problem written in English right where it is found, not through the catalogue: a string literal with
     * a space in it (words, not a key or an attribute's name) among the arguments of a problem.
     */
    private static final Pattern OWN_WORDS = Pattern.compile(
            "(?:\\b(?:error|warning)\\(|new Problem\\()[^;]*?,\\s*\"[A-Za-z'][^\"\\n]*? |Text\\.plain\\(\\s*\"");

    private final Map<String, String> english = Catalogue.of(Locale.ENGLISH).messages();
    private final Map<String, String> chinese = Catalogue.of(Locale.SIMPLIFIED_CHINESE).messages();

    @Test
    void everyKeyIsInBothLanguagesWithTheSameArguments() {
        assertThat(chinese.keySet()).as("keys of bulletin_zh.properties").isEqualTo(english.keySet());
        List<String> differ = new ArrayList<>();
        english.forEach((key, pattern) -> {
            if (!arguments(pattern).equals(arguments(chinese.getOrDefault(key, "")))) {
                differ.add(key + ": " + pattern + " / " + chinese.get(key));
            }
        });
        assertThat(differ).as("messages whose {n} differ between the languages").isEmpty();
    }

    @Test
    void everyKeyAskedForIsThereAndEveryKeyThereIsAskedFor() throws IOException {
        Set<String> asked = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        for (Path file : sources()) {
            String code = Files.readString(file);
            Matcher m = ASKED.matcher(code);
            while (m.find()) {
                asked.add(m.group(1));
            }
            Matcher l = LITERAL.matcher(code);
            while (l.find()) {
                literals.add(l.group(1));
            }
        }
        assertThat(new TreeSet<>(asked)).as("keys the code asks for that the catalogue lacks")
                .isSubsetOf(english.keySet());
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(literals);
        assertThat(unused).as("keys of the catalogue no code names").isEmpty();
    }

    @Test
    void bulletinsOwnWordsGoThroughTheCatalogue() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            String code = String.join("\n", lines);
            Matcher m = OWN_WORDS.matcher(code);
            while (m.find()) {
                int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(file + ":" + line + ": " + lines.get(line - 1).strip());
            }
        }
        assertThat(found).as("problems written in English in the code: use Text.of(key, args) and the catalogue")
                .isEmpty();
    }

    @Test
    void argumentsAreSubstitutedAndTheRestIsLiteral() {
        assertThat(Catalogue.substitute("'{0}' is {1}; {2} and {x}", List.of("a", "b")))
                .isEqualTo("'a' is b; {2} and {x}");
        assertThat(Text.of("problem.error", "x.adoc:3: bad").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("错误：x.adoc:3: bad");
        assertThat(Text.of("no.such.key", 1).english()).isEqualTo("no.such.key [1]");
        assertThat(Text.plain("{0} as it is").in(Locale.CHINESE)).isEqualTo("{0} as it is");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    /** The main Java sources of every module of the repository but the collector's. */
    private static List<Path> sources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().toList()) {
                if (module.getFileName().toString().equals("collect")) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(module.resolve("src/main/java"))) {
                    s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}
