package org.bulletin.incremental;

import org.bulletin.generator.BuildRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFingerprintTest {

    @TempDir
    Path dir;

    private Path site;
    private Path target;
    private BuildRequest request;

    @BeforeEach
    void writeSite() throws IOException {
        site = dir.resolve("site");
        target = site.resolve("target");
        write("jbake.properties", "site.title=Week\n");
        write("content/articles/a.adoc", "= A\n\nText.\n");
        write("assets/images/logo.svg", "<svg/>");
        request = BuildRequest.of(site, target.resolve("bulletin-site"));
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private BuildFingerprint fingerprint(BuildRequest r) throws IOException {
        return BuildFingerprint.of(r.fingerprintInputs(), List.of(target));
    }

    @Test
    void staysTheSameWhenNothingChanged() throws IOException {
        assertThat(fingerprint(request)).isEqualTo(fingerprint(request));
    }

    @Test
    void changesWhenAFileChanges() throws IOException {
        BuildFingerprint before = fingerprint(request);
        write("content/articles/a.adoc", "= A\n\nText!\n");
        assertThat(fingerprint(request).value()).isNotEqualTo(before.value());
    }

    @Test
    void changesWhenAFileIsAddedOrRenamed() throws IOException {
        BuildFingerprint before = fingerprint(request);
        write("content/articles/b.adoc", "= B\n");
        BuildFingerprint added = fingerprint(request);
        Files.move(site.resolve("content/articles/b.adoc"), site.resolve("content/articles/c.adoc"));

        assertThat(added.value()).isNotEqualTo(before.value());
        assertThat(fingerprint(request).value()).isNotEqualTo(added.value()).isNotEqualTo(before.value());
    }

    @Test
    void ignoresModificationTimesHiddenFilesAndTheBuildFolder() throws IOException {
        BuildFingerprint before = fingerprint(request);
        Files.setLastModifiedTime(site.resolve("jbake.properties"), java.nio.file.attribute.FileTime.fromMillis(0));
        write(".git/HEAD", "ref: refs/heads/main\n");
        write("content/.a.adoc.swp", "x");
        write("target/bulletin-site/index.html", "<html>");

        assertThat(fingerprint(request).value()).isEqualTo(before.value());
    }

    @Test
    void changesWithTheOverridesAndStrict() throws IOException {
        BuildFingerprint plain = fingerprint(request);
        BuildFingerprint staging = fingerprint(request.withOverride("site.host", "https://staging.example.org/"));
        BuildFingerprint strict = fingerprint(new BuildRequest(site, request.outputDir(), request.overrides(), true));

        assertThat(List.of(plain.value(), staging.value(), strict.value())).doesNotHaveDuplicates();
    }

    @Test
    void isUpToDateOnlyAfterSavingAndWhileTheOutputExists() throws IOException {
        BuildFingerprint fingerprint = fingerprint(request);
        Path state = BuildFingerprint.stateFile(target, request.outputDir());
        Files.createDirectories(request.outputDir());
        assertThat(fingerprint.upToDate(state)).isFalse();

        fingerprint.save(state);
        assertThat(fingerprint.upToDate(state)).isTrue();

        Files.delete(request.outputDir());
        assertThat(fingerprint.upToDate(state)).isFalse();
    }

    @Test
    void keepsOneStateFilePerOutputFolder() {
        Path production = BuildFingerprint.stateFile(target, target.resolve("site"));
        Path staging = BuildFingerprint.stateFile(target, target.resolve("staging/site"));

        assertThat(production).isNotEqualTo(staging);
        assertThat(production.getParent()).isEqualTo(target);
        assertThat(production.getFileName().toString()).startsWith("bulletin-site-").endsWith(".fingerprint");
    }

    @Test
    void usesTheFileHashesKeptInTheStateFile() throws IOException {
        Path state = BuildFingerprint.stateFile(target, request.outputDir());
        BuildFingerprint fresh = fingerprint(request);
        Path article = site.resolve("content/articles/a.adoc");
        FileHashes hashes = new FileHashes(Map.of(), System.currentTimeMillis() + 60_000);
        hashes.hash(article);
        // the kept hash of a.adoc is not its real one: a fingerprint that reads the state file must differ
        String kept = hashes.remembered().values().iterator().next().stamp() + "\t" + "0".repeat(64) + "\t"
                + article.toAbsolutePath().normalize();
        new BuildFingerprint(fresh.value(), fresh.output(), List.of(kept)).save(state);

        assertThat(BuildFingerprint.of(request.fingerprintInputs(), List.of(target), state).value()).isNotEqualTo(fresh.value());
        assertThat(BuildFingerprint.of(request.fingerprintInputs(), List.of(target), null).value()).isEqualTo(fresh.value());
        assertThat(BuildFingerprint.of(request.fingerprintInputs(), List.of(target), target.resolve("missing")).value())
                .isEqualTo(fresh.value());
    }

    @Test
    void keepsTheFileHashesAfterTheValueAndStaysUpToDate() throws IOException {
        Path state = BuildFingerprint.stateFile(target, request.outputDir());
        Files.createDirectories(request.outputDir());
        BuildFingerprint fingerprint = fingerprint(request);
        BuildFingerprint withHashes = new BuildFingerprint(fingerprint.value(), fingerprint.output(),
                List.of("1 2 3\t" + "a".repeat(64) + "\t/site/a.adoc"));
        withHashes.save(state);

        assertThat(Files.readAllLines(state)).containsExactly(fingerprint.value(), withHashes.hashes().get(0));
        assertThat(fingerprint.upToDate(state)).isTrue();
    }

    @Test
    void remembersNewHashesOnlyForTheSameFingerprint() throws IOException {
        Path state = BuildFingerprint.stateFile(target, request.outputDir());
        BuildFingerprint fingerprint = fingerprint(request);
        new BuildFingerprint(fingerprint.value(), fingerprint.output(), List.of()).save(state);
        List<String> learned = List.of("1 2 3\t" + "a".repeat(64) + "\t/site/a.adoc");

        new BuildFingerprint("other", fingerprint.output(), learned).remember(state);
        assertThat(Files.readAllLines(state)).containsExactly(fingerprint.value());

        new BuildFingerprint(fingerprint.value(), fingerprint.output(), learned).remember(state);
        assertThat(Files.readAllLines(state)).containsExactly(fingerprint.value(), learned.get(0));
    }
}
