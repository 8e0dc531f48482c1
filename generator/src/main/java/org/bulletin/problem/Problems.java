package org.bulletin.problem;

import java.util.ArrayList;
import java.util.List;

import org.bulletin.problem.Problem;
/** A thread-safe collector of {@link Problem}s: every stage reports here and the build goes on. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

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
