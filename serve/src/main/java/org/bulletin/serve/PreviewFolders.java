package org.bulletin.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.files.FileTrees;
import org.bulletin.text.Sha256;

/**
 * The folders of {@code bulletin serve} without {@code --output}, under the system's temporary folder:
 * the preview's output ({@code bulletin-serve-preview-*}, one per running server, deleted when it stops;
 * a folder whose server was killed outright, kill -9 or a power cut, is deleted by the next server's
 * start) and the conversion cache of each site ({@code bulletin-serve-cache/HASH}, kept, so that the
 * next {@code serve} of the same site converts only what changed).
 */
public final class PreviewFolders {

    static final String PREFIX = "bulletin-serve-preview-";
    static final String OWNER = "server.pid";

    private PreviewFolders() {
    }

    /** A new output folder for this process, after deleting those of servers that no longer run. */
    public static Path create(Path tempRoot) throws IOException {
        deleteStale(tempRoot);
        Path dir = Files.createTempDirectory(tempRoot, PREFIX);
        Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        return dir;
    }

    /** The conversion cache of the site in {@code siteDir}: the same folder every time for the same site. */
    public static Path cache(Path tempRoot, Path siteDir) {
        String key = Sha256.hex(siteDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        return tempRoot.resolve("bulletin-serve-cache").resolve(key.substring(0, 16));
    }

    /** Deletes the preview folders whose server process has ended; returns how many. */
    static int deleteStale(Path tempRoot) {
        int n = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tempRoot, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (!running(dir.resolve(OWNER))) {
                    try {
                        FileTrees.delete(dir);
                        n++;
                    } catch (IOException | RuntimeException e) {
                        // another user's, or in use: left alone
                    }
                }
            }
        } catch (IOException e) {
            // no temporary folder to tidy
        }
        return n;
    }

    /** True when the owner file names a running process (or cannot be read: a server still starting). */
    private static boolean running(Path owner) {
        try {
            long pid = Long.parseLong(Files.readString(owner, StandardCharsets.US_ASCII).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (java.nio.file.NoSuchFileException e) {
            try { // written right after the folder: only a folder some seconds old without one is stale
                return Files.getLastModifiedTime(owner.getParent()).toMillis() > System.currentTimeMillis() - 60_000;
            } catch (IOException gone) {
                return true;
            }
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }
}
