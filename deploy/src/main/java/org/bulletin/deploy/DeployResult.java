package org.bulletin.deploy;

import java.util.List;
import java.util.Locale;

/**
 * How a deploy went.
 *
 * @param status    what happened
 * @param messages  for people: the problems (for a failure) or the plan (for a dry run)
 * @param uploaded  files uploaded (or, in a dry run, that would be)
 * @param unchanged files already there with the same content
 * @param deleted   files deleted (or that would be)
 * @param bytes     bytes uploaded (or that would be)
 * @param millis    time taken
 */
public record DeployResult(Status status, List<String> messages, int uploaded, int unchanged, int deleted,
                           long bytes, long millis) {

    /** What happened; the CLI maps each to an exit code. */
    public enum Status {
        /** Deployed (and checked, unless told not to), or a dry run listed the plan. */
        DEPLOYED,
        /** The settings are wrong ({@code jbake.properties:LINE: …} or an option); nothing was done. */
        BAD_SETTINGS,
        /** More deletions than {@code --max-deletes}: nothing was done; {@code --force} allows it. */
        REFUSED,
        /** The storage or folder failed (credentials, network, disk); a rerun finishes the job. */
        FAILED,
        /** Deployed, but the site as visitors get it is wrong (a download, another address, old pages). */
        CHECK_FAILED
    }

    public DeployResult {
        messages = List.copyOf(messages);
    }

    static DeployResult of(Status status, List<String> messages) {
        return new DeployResult(status, messages, 0, 0, 0, 0, 0);
    }

    /** The one-line summary: uploaded, unchanged, deleted, bytes, time. */
    public String summary() {
        return String.format(Locale.ROOT, "%d uploaded (%s), %d unchanged, %d deleted in %.1f s", uploaded,
                size(bytes), unchanged, deleted, millis / 1000.0);
    }

    /** A size for people: 512 B, 1.5 KB, 2.3 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
