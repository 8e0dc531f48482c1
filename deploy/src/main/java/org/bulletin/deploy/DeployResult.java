package org.bulletin.deploy;

import java.util.List;
import java.util.Locale;
import org.bulletin.problem.Text;

/**
 * How a deploy went.
 *
 * @param status    what happened
 * @param texts     for people: the problems (for a failure) or the plan (for a dry run)
 * @param uploaded  files uploaded (or, in a dry run, that would be)
 * @param unchanged files already there with the same content
 * @param deleted   files deleted (or that would be)
 * @param bytes     bytes uploaded (or that would be)
 * @param millis    time taken
 * @param language  the language the messages are shown in: the site's ({@code site.locale}) unless the
 *                  request asks for another
 */
public record DeployResult(Status status, List<Text> texts, int uploaded, int unchanged, int deleted,
                           long bytes, long millis, Locale language) {

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
        texts = List.copyOf(texts);
        language = language == null ? Locale.ENGLISH : language;
    }

    static DeployResult of(Status status, List<Text> texts, Locale language) {
        return new DeployResult(status, texts, 0, 0, 0, 0, 0, language);
    }

    /** The messages in English. */
    public List<String> messages() {
        return messages(Locale.ENGLISH);
    }

    /** The messages in the language of {@code locale}. */
    public List<String> messages(Locale locale) {
        return texts.stream().map(t -> t.in(locale)).toList();
    }

    /** The messages in the result's language, as the command line and the Maven log show them. */
    public List<String> shown() {
        return messages(language);
    }

    /** The one-line summary in English: uploaded, unchanged, deleted, bytes, time. */
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    /** The one-line summary in the language of {@code locale}. */
    public String summary(Locale locale) {
        return summaryText().in(locale);
    }

    Text summaryText() {
        return Text.of("deploy.summary", uploaded, size(bytes), unchanged, deleted,
                String.format(Locale.ROOT, "%.1f", millis / 1000.0));
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
