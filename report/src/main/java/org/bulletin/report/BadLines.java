package org.bulletin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulletin.problem.Text;

/** Input lines that were skipped: counted, with the first few as {@code file:line: why} examples. */
public final class BadLines {

    public static final int EXAMPLES = 10;
    private long count;
    private final List<Text> examples = new ArrayList<>();

    public void add(String file, long line, Text why) {
        count++;
        if (examples.size() < EXAMPLES) {
            examples.add(Text.of("report.at", file + ":" + line, why));
        }
    }

    public long count() {
        return count;
    }

    /** The first few, {@code file:line: why}, in English. */
    public List<String> examples() {
        return examples(Locale.ENGLISH);
    }

    /** The first few in the language of {@code locale} (the report page's and the console's). */
    public List<String> examples(Locale locale) {
        return examples.stream().map(t -> t.in(locale)).toList();
    }
}
