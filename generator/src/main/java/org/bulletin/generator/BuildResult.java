package org.bulletin.generator;

import java.nio.file.Path;
import java.util.List;
import org.bulletin.model.Problem;

/**
 * The outcome of a build.
 *
 * @param problems  every error and warning, sorted by file and line
 * @param published true when the output folder was replaced
 * @param output    the output folder
 * @param pages     number of HTML pages written
 * @param files     number of files written in all
 * @param millis    wall time of the build
 */
public record BuildResult(List<Problem> problems, boolean published, Path output, int pages, int files,
                          long millis) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return !published;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
