package org.bulletin.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a deploy does, in order: new and changed assets first, then pages (with the feed and the
 * sitemap), then the home page and the 404 page, deletions last, so that a visitor never gets a page
 * whose images or styles are not there yet, and an interrupted deploy leaves the old site working.
 *
 * @param uploads   files to upload, in upload order
 * @param deletes   site paths to delete, after every upload
 * @param unchanged how many files are already there with the same content
 */
public record DeployPlan(List<Upload> uploads, List<String> deletes, int unchanged) {

    /**
     * One file to upload.
     *
     * @param file         the local file
     * @param isNew        true when the remote has no file at that path
     * @param contentType  its Content-Type
     * @param cacheControl its Cache-Control
     */
    public record Upload(LocalFile file, boolean isNew, String contentType, String cacheControl) {
    }

    /**
     * @param local   the built site's files
     * @param remote  site path → MD5 (lower-case hex, or an ETag that is not one) of the files there now
     * @param headers the headers of each path
     * @param last    site paths that go last (the home page, the 404 page)
     */
    public static DeployPlan of(List<LocalFile> local, Map<String, String> remote, FileHeaders headers,
                                Set<String> last) {
        List<Upload> uploads = new ArrayList<>();
        int unchanged = 0;
        for (LocalFile f : local) {
            String there = remote.get(f.path());
            if (f.md5().equalsIgnoreCase(there == null ? "" : there)) {
                unchanged++;
            } else {
                uploads.add(new Upload(f, there == null, headers.contentType(f.path()),
                        headers.cacheControl(f.path())));
            }
        }
        uploads.sort(Comparator.comparingInt((Upload u) -> rank(u, last)).thenComparing(u -> u.file().path()));
        Set<String> keep = new java.util.HashSet<>();
        local.forEach(f -> keep.add(f.path()));
        List<String> deletes = remote.keySet().stream().filter(p -> !keep.contains(p)).sorted().toList();
        return new DeployPlan(List.copyOf(uploads), deletes, unchanged);
    }

    private static int rank(Upload u, Set<String> last) {
        String path = u.file().path();
        if (last.contains(path)) {
            return 2;
        }
        return FileHeaders.NO_CACHE.equals(u.cacheControl()) ? 1 : 0;
    }

    /** Bytes to upload. */
    public long uploadBytes() {
        return uploads.stream().mapToLong(u -> u.file().size()).sum();
    }

    /** True when there is nothing to do. */
    public boolean empty() {
        return uploads.isEmpty() && deletes.isEmpty();
    }
}
