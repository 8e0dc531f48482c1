package org.bulletin.report;

import java.util.ArrayList;
import java.util.List;

/** Input lines that were skipped: counted, with the first few as {@code file:line: why} examples. */
public final class BadLines {

    public static final int EXAMPLES = 10;
    private long count;
    private final List<String> examples = new ArrayList<>();

    public void add(String file, long line, String why) {
        count++;
        if (examples.size() < EXAMPLES) {
            examples.add(file + ":" + line + ": " + why);
        }
    }

    public long count() {
        return count;
    }

    public List<String> examples() {
        return List.copyOf(examples);
    }
}
