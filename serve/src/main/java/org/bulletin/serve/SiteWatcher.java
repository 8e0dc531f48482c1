package org.bulletin.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches a site folder (recursively, new folders included) and reports changed files in batches:
 * an editor's save often touches a file several times, so changes are collected until the folder has
 * been quiet for a moment.
 */
public final class SiteWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 120;

    private final WatchService watch;
    private final Predicate<Path> ignored;
    private final Thread thread;

    public SiteWatcher(Path siteDir, Predicate<Path> ignored, Consumer<Set<Path>> onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        register(siteDir);
        this.thread = new Thread(() -> loop(onChange), "bulletin-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).filter(d -> !ignored.test(d)).toList()) {
                d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                changed.removeIf(ignored);
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(dir);
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            changed.add(p);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p) && !ignored.test(p)) {
                try {
                    register(p);
                } catch (IOException e) {
                    // vanished again
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
