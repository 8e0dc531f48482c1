package org.bulletin.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletin.config.SiteConfig;
import org.bulletin.files.FileStamp;
import org.bulletin.source.SiteSources;
import org.bulletin.text.Sha256;

/**
 * The fingerprint of everything besides documents whose change makes a build render every page: the
 * generator, the configuration, the set of published files, the site's templates (their bytes), and the
 * {@linkplain FileStamp#withIdentity stamps} of the assets, photos and data files.
 */
public final class InputsFingerprint {

    private InputsFingerprint() {
    }

    /**
     * @param identity the generator's identity
     * @param files    site path → file of the site's static files
     * @param outputs  every path the build publishes
     */
    public static String of(String identity, SiteConfig config, SiteSources sources, Map<String, Path> files,
                            Set<String> outputs) throws IOException {
        return Sha256.hex(identity + '\n' + sourceFiles(sources) + inputs(config, sources, files, outputs));
    }

    /**
     * Path, size and modification time of every source file besides the documents (assets and photos
     * included, and the data folder), for the inputs fingerprint.
     */
    private static String sourceFiles(SiteSources sources) throws IOException {
        StringBuilder s = new StringBuilder();
        for (List<org.bulletin.source.SourceFile> list : List.of(sources.assets(), sources.contentAssets(),
                sources.data())) {
            for (org.bulletin.source.SourceFile f : list) {
                s.append(f.relative()).append('=').append(stamp(f.path())).append('\n');
            }
        }
        return s.append('\n').toString();
    }

    /** Everything besides documents whose change makes a rebuild render every page. */
    private static String inputs(SiteConfig config, SiteSources sources, Map<String, Path> files,
                                 Set<String> outputs) throws IOException {
        StringBuilder s = new StringBuilder(describe(config)).append('\n').append(outputs).append('\n');
        if (sources.templates() != null && Files.isDirectory(sources.templates())) {
            try (var walk = Files.walk(sources.templates())) {
                for (Path t : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                    s.append(t).append('=').append(Sha256.hex(Files.readAllBytes(t))).append('\n');
                }
            }
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
            s.append(f.getKey()).append('=').append(stamp(f.getValue())).append('\n');
        }
        return s.toString();
    }

    /** The {@linkplain FileStamp#withIdentity stamp} of an input file; it must be there. */
    private static String stamp(Path file) throws IOException {
        String stamp = FileStamp.identityText(file);
        if (stamp == null) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a regular file");
        }
        return stamp;
    }

    /**
     * Every component of a record, by name, nested records included: what its {@code toString} gives,
     * without the method handles the JDK builds for that on its first call in a process (30 ms for the
     * site configuration).
     */
    static String describe(Record record) {
        StringBuilder s = new StringBuilder(record.getClass().getSimpleName()).append('[');
        java.lang.reflect.RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value;
            try {
                value = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i], e);
            }
            s.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(value instanceof Record r ? describe(r) : String.valueOf(value));
        }
        return s.append(']').toString();
    }
}
