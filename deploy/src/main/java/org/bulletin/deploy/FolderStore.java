package org.bulletin.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.files.FolderSwap;

/**
 * A folder on this machine (e.g. nginx's root), replaced with the same atomic swap as a build's output
 * ({@link FolderSwap}): the new site is written beside it and takes its place by two renames, so a
 * visitor sees the old site or the new one, never half of each.
 */
final class FolderStore implements SiteStore {

    private final Path folder;
    private FolderSwap swap;

    FolderStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public Map<String, String> list() throws IOException {
        Map<String, String> there = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            for (LocalFile f : LocalFile.scan(folder)) {
                there.put(f.path(), f.md5());
            }
        }
        return there;
    }

    @Override
    public void put(DeployPlan.Upload upload) throws IOException {
        copy(upload.file());
    }

    @Override
    public void delete(List<String> paths) {
        // files not in the new site are simply not in the staging folder
    }

    @Override
    public void commit(List<LocalFile> all) throws IOException {
        for (LocalFile f : all) {
            if (!Files.exists(staging().resolve(f.path()))) {
                copy(f);
            }
        }
        staging(); // a deploy that only deletes still needs its staging folder
        swap.commit();
    }

    private void copy(LocalFile f) throws IOException {
        Path to = staging().resolve(f.path());
        Files.createDirectories(to.getParent());
        Files.copy(f.file(), to);
    }

    private synchronized Path staging() throws IOException { // uploads run on several threads
        if (swap == null) {
            swap = FolderSwap.open(folder);
        }
        return swap.staging();
    }

    @Override
    public void close() throws IOException {
        if (swap != null) {
            swap.close();
        }
    }
}
