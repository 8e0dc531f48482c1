package org.bulletin.generator;

import java.util.Optional;

/**
 * Turns {@link BuildListener#progress} calls into a line every 10 % for stages of 100 items or more,
 * so the CLI and the Maven log show the same progress of a long build.
 */
public final class ProgressLines {

    private static final int MIN_ITEMS = 100;
    private int lastStep = -1;
    private String lastStage = "";

    /** The line to print for this call, or empty when nothing new is worth a line. */
    public synchronized Optional<String> line(String stage, int done, int total) {
        if (total < MIN_ITEMS) {
            return Optional.empty();
        }
        if (!stage.equals(lastStage)) {
            lastStage = stage;
            lastStep = -1;
        }
        int percent = done * 100 / total;
        if (percent / 10 <= lastStep && done != total) { // calls from several threads may come out of order
            return Optional.empty();
        }
        lastStep = percent / 10;
        return Optional.of("  " + stage + ": " + percent + "% (" + done + "/" + total + ")");
    }
}
