package org.bulletin.incremental;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.bulletin.parse.DocumentStore;
import org.bulletin.source.SourceFile;

/**
 * The {@link DocumentStore} of a build with a cache folder: documents read through {@link DocumentReads}
 * (whose stamps, kept in {@value DocumentReads#FILE}, spare reading unchanged files), entries kept in the
 * {@link ConversionCache} (its pack file in {@code documents/}).
 *
 * @param cache    the conversion cache of the cache folder
 * @param reads    what the generator knows of its documents (kept across its builds)
 * @param stamps   the stamp file in the cache folder
 */
public record CachedDocuments(ConversionCache cache, DocumentReads reads, Path stamps) implements DocumentStore {

    /** The conversion cache's folder in a build's cache folder. */
    public static Path cacheDir(Path cacheFolder) {
        return cacheFolder.resolve("documents");
    }

    /** The stamp file in a build's cache folder. */
    public static Path stampFile(Path cacheFolder) {
        return cacheFolder.resolve(DocumentReads.FILE);
    }

    @Override
    public boolean empty() {
        return !Files.isDirectory(cache.dir());
    }

    @Override
    public void preload() {
        cache.preload(); // decodes the stored entries on another core while the site is scanned
    }

    @Override
    public Read[] read(List<SourceFile> files, Inputs inputs) {
        String salt = ConversionCache.salt(inputs.generator(), inputs.attributes(), inputs.config(), inputs.siteDir());
        reads.load(stamps);
        Read[] result = new Read[files.size()];
        long now = System.currentTimeMillis();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            DocumentReads.Read read = reads.read(files.get(i), salt, now);
            result[i] = new Read(read.readable(), read.text(), read.key(),
                    read.readable() ? cache.get(read.key()) : null);
        });
        reads.retain(files);
        reads.save(stamps, files, salt);
        return result;
    }

    @Override
    public void put(String key, Entry entry) {
        cache.put(key, entry);
    }

    @Override
    public void prune(Set<String> used) {
        cache.prune(used);
    }
}
