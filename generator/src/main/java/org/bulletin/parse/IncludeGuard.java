package org.bulletin.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.source.SiteScanner;
import org.bulletin.text.TextFiles;

/**
 * Checks every {@code include::} directive of a document, and of the files it includes, before
 * Asciidoctor sees it. Asciidoctor's SAFE mode alone is not enough: it silently "recovers" a path
 * that climbs out of the site into a different file inside it, turns an {@code include::https://…[]}
 * into a link to a third-party host without a word, and follows include loops until its depth limit
 * (exponentially, when a file includes another twice).
 *
 * <p>Rules: a target is relative to the file that includes it (as in every AsciiDoc tool) and must
 * stay inside the site folder; web addresses and absolute paths are refused; the included file must
 * exist and be UTF-8; loops are refused. A refused directive is removed from the text Asciidoctor
 * reads, so nothing from outside the site can reach a page. Targets with attribute references
 * ({@code {name}}) are left to Asciidoctor, whose jail is the site folder.
 */
final class IncludeGuard {

    /** Asciidoctor's own pattern for the directive (2.0.x {@code IncludeDirectiveRx}). */
    private static final Pattern DIRECTIVE = Pattern.compile("^(\\\\)?include::([^\\s\\[](?:[^\\[]*[^\\s\\[])?)\\[(.*)\\]$");
    private static final Pattern URI = Pattern.compile("^\\p{Alpha}[\\p{Alnum}.+-]+:/{0,2}.*");
    /** Antora's resource ids: {@code [[version@]component:][module:]family$path}. */
    private static final Pattern ANTORA = Pattern.compile(
            "^(?:[\\w.-]+@)?(?:[\\w.-]+:){0,2}(?:partial|example|page|image|attachment)\\$.+");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** More expansions than any real site needs: beyond this a DAG of includes is a blow-up. */
    static final int MAX_EXPANSIONS = 2_000;
    static final int MAX_DEPTH = 16;

    private final Path siteDir;
    private final Problems problems;
    private int expansions;
    private final java.util.Set<String> included = new java.util.LinkedHashSet<>();
    private boolean fatal;

    private IncludeGuard(Path siteDir, Problems problems) {
        this.siteDir = siteDir;
        this.problems = problems;
    }

    /**
     * The result of checking a document.
     *
     * @param text   the text for Asciidoctor: targets rewritten relative to the site folder (Asciidoctor's
     *               base), refused directives blanked (line numbers stay the same)
     * @param usable false when Asciidoctor must not read the document at all (an include loop or blow-up)
     * @param included the files it includes, directly or not, relative to the site folder (for messages)
     */
    record Checked(String text, boolean usable, java.util.List<String> included) {
    }

    /** Checks {@code text} (the content of {@code file}, site-relative {@code relative}). */
    static Checked check(Path siteDir, Path file, String relative, String text, Problems problems) {
        if (!text.contains("include::")) {
            return new Checked(text, true, java.util.List.of());
        }
        IncludeGuard guard = new IncludeGuard(siteDir, problems);
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(file.toAbsolutePath().normalize());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DIRECTIVE.matcher(lines[i]);
            if (!m.matches() || m.group(1) != null) {
                continue;
            }
            Path target = guard.target(file, relative, i + 1, m.group(2), stack);
            if (target == null) {
                lines[i] = m.group(2).contains("{") ? lines[i] : "";
            } else {
                String rel = SiteScanner.relative(siteDir, target);
                lines[i] = "include::" + rel + "[" + m.group(3) + "]";
            }
        }
        return new Checked(String.join("\n", lines), !guard.fatal, java.util.List.copyOf(guard.included));
    }

    /**
     * Resolves and checks one directive's target; null when refused (reported) or left to Asciidoctor
     * (attribute references). Follows the target's own includes.
     */
    private Path target(Path from, String relative, int line, String target, Deque<Path> stack) {
        if (target.contains("{")) {
            return null;
        }
        String shown = "include::" + target + "[]";
        if (ANTORA.matcher(target).matches()) {
            problems.warning(relative, line, Text.of("include.antora", shown,
                    target.substring(target.indexOf('$') + 1)));
            return null;
        }
        if (URI.matcher(target).matches() && !DRIVE.matcher(target).matches()) {
            problems.error(relative, line, Text.of("include.url", shown));
            return null;
        }
        if (target.startsWith("/") || target.startsWith("\\") || target.startsWith("~")
                || DRIVE.matcher(target).matches()) {
            problems.error(relative, line, Text.of("include.absolute", shown));
            return null;
        }
        Path resolved;
        try {
            resolved = from.toAbsolutePath().getParent().resolve(target.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            problems.error(relative, line, Text.of("include.invalid-path", shown));
            return null;
        }
        if (!resolved.startsWith(siteDir)) {
            problems.error(relative, line, Text.of("include.outside", shown));
            return null;
        }
        String rel = SiteScanner.relative(siteDir, resolved);
        if (!Files.isRegularFile(resolved)) {
            problems.warning(relative, line, Text.of("include.not-found", shown, rel));
            return null;
        }
        try {
            if (!resolved.toRealPath().startsWith(siteDir.toRealPath())) {
                problems.error(relative, line, Text.of("include.link-outside", shown));
                return null;
            }
        } catch (IOException e) {
            problems.error(relative, line, Text.of("include.unreadable", shown, rel));
            return null;
        }
        if (stack.contains(resolved)) {
            problems.error(relative, line, Text.of("include.loop", shown, rel));
            fatal = true;
            return null;
        }
        if (stack.size() > MAX_DEPTH) {
            problems.error(relative, line, Text.of("include.too-deep", shown, MAX_DEPTH));
            fatal = true;
            return null;
        }
        int total = ++expansions;
        if (total > MAX_EXPANSIONS) {
            if (total == MAX_EXPANSIONS + 1) {
                problems.error(relative, line, Text.of("include.too-many", shown, MAX_EXPANSIONS));
            }
            fatal = true;
            return null;
        }
        included.add(rel);
        follow(resolved, rel, stack);
        return resolved;
    }

    /** Checks the includes inside an included file (reported against that file). */
    private void follow(Path file, String rel, Deque<Path> stack) {
        String text;
        try {
            text = TextFiles.readUtf8(file);
        } catch (CharacterCodingException e) {
            int bad;
            try {
                bad = TextFiles.firstBadLine(file);
            } catch (IOException io) {
                bad = 1;
            }
            problems.error(rel, bad, Text.of("include.not-utf8"));
            return;
        } catch (IOException e) {
            problems.error(rel, 0, Text.of("include.unreadable-file"));
            return;
        }
        if (!text.contains("include::")) {
            return;
        }
        stack.push(file);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && !fatal; i++) {
            Matcher m = DIRECTIVE.matcher(lines[i]);
            if (m.matches() && m.group(1) == null) {
                target(file, rel, i + 1, m.group(2), stack);
            }
        }
        stack.pop();
    }
}
