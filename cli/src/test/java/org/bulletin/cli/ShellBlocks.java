package org.bulletin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell code blocks of a Markdown page (```sh, ```bash, ```shell), for the documentation tests: each
 * is run unless the line before its fence marks it
 * {@code <!-- doc-test: skip: REASON -->} (a server that runs until Ctrl-C, the network, Maven on this
 * repository …: the reason is printed) or expects another exit code, {@code <!-- doc-test: exit N -->}.
 */
final class ShellBlocks {

    private static final Pattern FENCE = Pattern.compile("^```(sh|bash|shell)\\s*$");
    private static final Pattern MARK = Pattern.compile("^<!--\\s*doc-test:\\s*(skip:\\s*(.+?)|exit\\s+(\\d+))\\s*-->$");

    /**
     * @param file the page's name, for messages
     * @param line the line of the opening fence (1-based)
     * @param skip why the block is not run, or null
     * @param exit the exit code the block must end with
     */
    record Block(String file, int line, String code, String skip, int exit) {
        String where() {
            return file + ":" + line;
        }
    }

    private ShellBlocks() {
    }

    static List<Block> of(String file, String markdown) {
        String[] lines = markdown.split("\r?\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```") && !FENCE.matcher(lines[i]).matches()) {
                i = close(lines, i); // another language's block: skip to its end
                continue;
            }
            if (!FENCE.matcher(lines[i]).matches()) {
                continue;
            }
            int end = close(lines, i);
            String skip = null;
            int exit = 0;
            int before = i - 1;
            while (before >= 0 && lines[before].isBlank()) {
                before--;
            }
            Matcher m = before >= 0 ? MARK.matcher(lines[before].strip()) : null;
            if (m != null && m.matches()) {
                if (m.group(2) != null) {
                    skip = m.group(2).strip();
                } else {
                    exit = Integer.parseInt(m.group(3));
                }
            }
            blocks.add(new Block(file, i + 1, String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, end)) + "\n",
                    skip, exit));
            i = end;
        }
        return blocks;
    }

    private static int close(String[] lines, int open) {
        for (int j = open + 1; j < lines.length; j++) {
            if (lines[j].startsWith("```")) {
                return j;
            }
        }
        throw new IllegalArgumentException("line " + (open + 1) + ": code block without an end");
    }

    /** Lines of plain (``` without a language) blocks that look like commands: they would escape the tests. */
    static List<String> unfencedCommands(String file, String markdown) {
        String[] lines = markdown.split("\r?\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```")) {
                boolean plain = lines[i].strip().equals("```");
                int end = close(lines, i);
                for (int j = i + 1; plain && j < end; j++) {
                    String l = lines[j].strip();
                    boolean synopsis = l.contains(" [-"); // a usage line (bulletin collect --data DIR [--port N]), not a command
                    if (!synopsis && (l.startsWith("bulletin ") || l.startsWith("java -jar") || l.startsWith("mvn ")
                            || l.startsWith("bin/bulletin"))) {
                        found.add(file + ":" + (j + 1) + ": " + l);
                    }
                }
                i = end;
            }
        }
        return found;
    }
}
