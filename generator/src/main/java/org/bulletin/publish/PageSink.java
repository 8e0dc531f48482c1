package org.bulletin.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletin.files.AtomicFiles;
import org.bulletin.files.FileStamp;

/** Where a build's finished pages go: the publisher's staging folder, or the output folder in place. */
public interface PageSink {

    /** Writes a page; returns its {@linkplain FileStamp#withIdentity stamp}, or null when it is not written yet. */
    String write(String sitePath, byte[] bytes) throws IOException;

    /**
     * Publishes the last build's unchanged file of a page; returns its stamp.
     *
     * @param stamp the old file's stamp, just read
     */
    default String keep(Path old, String sitePath, String stamp) throws IOException {
        return write(sitePath, Files.readAllBytes(old));
    }

    /** Into the staging folder; unchanged files are hard-linked there where the file system allows. */
    static PageSink staging(SitePublisher publisher) {
        return new PageSink() {
            @Override
            public String write(String sitePath, byte[] bytes) throws IOException {
                publisher.write(sitePath, bytes);
                return FileStamp.identityText(publisher.resolve(sitePath));
            }

            @Override
            public String keep(Path old, String sitePath, String stamp) throws IOException {
                // a hard link is the same file: same size, time and inode
                return publisher.link(old, sitePath) ? stamp : FileStamp.identityText(publisher.resolve(sitePath));
            }
        };
    }

    /** In place, each file replaced by a rename so the server never sends half a page. */
    static PageSink inPlace(Path output) {
        return (sitePath, bytes) -> {
            Path target = output.resolve(sitePath).normalize();
            if (!target.startsWith(output)) {
                throw new IllegalArgumentException("output path outside the site: " + sitePath);
            }
            AtomicFiles.replace(target, bytes);
            return FileStamp.identityText(target);
        };
    }
}
