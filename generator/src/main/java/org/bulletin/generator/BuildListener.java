package org.bulletin.generator;

/** Where a build reports what it is doing: the CLI prints it, the Maven plugin logs it. */
public interface BuildListener {

    BuildListener SILENT = new BuildListener() {
    };

    /** A stage started or finished ("Converting 120 documents"). */
    default void info(String message) {
    }

    /** Detail for --verbose / mvn -X. */
    default void debug(String message) {
    }

    /** Progress of a long stage: {@code done} of {@code total} items. */
    default void progress(String stage, int done, int total) {
    }
}
