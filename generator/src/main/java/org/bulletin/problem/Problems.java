package org.bulletin.problem;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector of {@link Problem}s: every stage reports here and the build goes on. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    /** An error at {@code file:line}: {@code key} of the message catalogue with {@code args}. */
    public void error(String file, int line, Text text) {
        add(Problem.error(file, line, text));
    }

    /** A warning at {@code file:line}: {@code key} of the message catalogue with {@code args}. */
    public void warning(String file, int line, Text text) {
        add(Problem.warning(file, line, text));
    }

    /** An error in somebody else's words; Bulletin's own use {@link #error(String, int, Text)}. */
    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    /** A warning in somebody else's words; Bulletin's own use {@link #warning(String, int, Text)}. */
    public void warning(String file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public synchronized void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, sorted by file and line, without duplicates. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
