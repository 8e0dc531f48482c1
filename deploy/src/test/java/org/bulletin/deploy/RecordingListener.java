package org.bulletin.deploy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bulletin.generator.BuildListener;

/** Keeps what a deploy reports, and the paths it uploaded and deleted (from its --verbose lines). */
final class RecordingListener implements BuildListener {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void debug(String message) {
        lines.add(message);
    }

    List<String> uploaded() {
        return paths("  uploaded ");
    }

    List<String> deleted() {
        return paths("  deleted ");
    }

    private List<String> paths(String start) {
        return lines.stream().filter(l -> l.startsWith(start))
                .map(l -> l.substring(start.length()).split(" \\(")[0]).sorted().toList();
    }
}
