package org.bulletin.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.generator.BuildListener;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * {@code bulletin deploy}: puts a built site into a bucket of S3-compatible storage or a folder,
 * incrementally and safely, like {@code hugo deploy}. Compares each file's MD5 with the ETag there,
 * uploads only what changed in {@link DeployPlan}'s order, deletes what is gone (at most
 * {@code maxDeletes} without {@code force}), then fetches the site as a visitor would
 * ({@link SiteVerifier}). The command line and the Maven goal both make this one call. Its messages and
 * progress lines are in the site's language ({@code site.locale}) unless the request asks for another.
 */
public final class Deployer {

    private Deployer() {
    }

    /** Deploys; failures are results with messages for people, never exceptions. */
    public static DeployResult deploy(DeployRequest request) throws InterruptedException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        DeploySettings settings;
        Locale language = request.language();
        try {
            SiteConfig config = ConfigLoader.load(request.site(), request.overrides(), new Problems());
            if (language == null) {
                language = config.language();
            }
            settings = DeploySettings.resolve(config, request.site(), request.options(), problems);
            if (settings != null) {
                checkFolders(request.output(), settings, config, problems);
            }
        } catch (IOException e) {
            return DeployResult.of(DeployResult.Status.FAILED, List.of(Text.of("deploy.cannot-read-site",
                    request.site(), e.getMessage())), language);
        }
        if (settings == null || problems.hasErrors()) {
            return DeployResult.of(DeployResult.Status.BAD_SETTINGS,
                    problems.sorted().stream().filter(Problem::isError).map(Deployer::text).toList(), language);
        }
        BuildListener listener = request.listener();
        Locale lang = language;
        settings.warnings().forEach(w -> listener.info(Text.of("problem.warning", w).in(lang)));
        try (SiteStore store = settings.target().bucketTarget()
                ? new S3Store(settings.target(), settings.endpoint(), settings.region(), settings.pathStyle(),
                request.environment())
                : new FolderStore(settings.target().folder())) {
            List<LocalFile> local = LocalFile.scan(request.output());
            Map<String, String> remote = store.list();
            DeployPlan plan = DeployPlan.of(local, remote, settings.headers(), settings.lastPaths());
            if (plan.deletes().size() > settings.maxDeletes() && !settings.force() && !settings.dryRun()) {
                return DeployResult.of(DeployResult.Status.REFUSED, List.of(Text.of("deploy.too-many-deletes",
                        plan.deletes().size(), settings.target(), settings.maxDeletes())), language);
            }
            if (settings.dryRun()) {
                return dryRun(plan, settings, millisSince(start), language);
            }
            new PlanRunner(store, listener, language).run(plan, settings.target().toString(), settings.lastPaths());
            if (!plan.empty()) {
                store.commit(local);
            }
            DeployResult done = new DeployResult(DeployResult.Status.DEPLOYED, List.of(), plan.uploads().size(),
                    plan.unchanged(), plan.deletes().size(), plan.uploadBytes(), millisSince(start), language);
            listener.info(Text.of("deploy.deployed", settings.target(), done.summaryText()).in(language));
            return settings.verify() ? verify(settings, request.output(), plan, local, done, listener) : done;
        } catch (DeployFailure e) {
            listener.debug(stackTrace(e));
            return DeployResult.of(DeployResult.Status.FAILED, List.of(e.text()), language);
        } catch (IOException e) {
            listener.debug(stackTrace(e));
            return DeployResult.of(DeployResult.Status.FAILED, List.of(Text.of("deploy.cannot-deploy", settings.target(),
                    e.getMessage() == null ? e.toString() : e.getMessage())), language);
        }
    }

    private static void checkFolders(Path output, DeploySettings settings, SiteConfig config, Problems problems) {
        if (!Files.isRegularFile(output.resolve(config.folders().index()))) {
            problems.error("", 0, Text.of("deploy.no-index", output, config.folders().index()));
        }
        Path folder = settings.target().folder();
        if (folder != null) {
            Path out = output.toAbsolutePath().normalize();
            Path to = folder.toAbsolutePath().normalize();
            if (to.startsWith(out) || out.startsWith(to)) {
                problems.error("", 0, Text.of("deploy.overlap", folder, output));
            }
        }
        if (settings.verify() && !settings.dryRun() && !config.properties().containsKey("site.host")) {
            problems.error("", 0, Text.of("deploy.no-host"));
        }
    }

    /** A problem as {@code path:line: message} in any language. */
    private static Text text(Problem p) {
        return p.file().isEmpty() ? p.text()
                : Text.of("deploy.at", p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.text());
    }

    private static DeployResult dryRun(DeployPlan plan, DeploySettings settings, long millis, Locale language) {
        List<Text> lines = new ArrayList<>();
        for (DeployPlan.Upload u : plan.uploads()) {
            lines.add(Text.of(u.isNew() ? "deploy.dry-run.upload-new" : "deploy.dry-run.upload-changed", u.file().path(),
                    DeployResult.size(u.file().size()), u.contentType(), u.cacheControl()));
        }
        plan.deletes().forEach(p -> lines.add(Text.of("deploy.dry-run.delete", p)));
        if (plan.deletes().size() > settings.maxDeletes() && !settings.force()) {
            lines.add(Text.of("deploy.dry-run.too-many-deletes", settings.maxDeletes()));
        }
        lines.add(Text.of("deploy.dry-run.summary", settings.target(), plan.uploads().size(),
                DeployResult.size(plan.uploadBytes()), plan.deletes().size(), plan.unchanged()));
        return new DeployResult(DeployResult.Status.DEPLOYED, lines, plan.uploads().size(), plan.unchanged(),
                plan.deletes().size(), plan.uploadBytes(), millis, language);
    }

    private static DeployResult verify(DeploySettings settings, Path output, DeployPlan plan, List<LocalFile> local,
                                       DeployResult done, BuildListener listener) throws InterruptedException {
        String index = settings.config().folders().index();
        List<String> pages = pagesToCheck(plan, local, settings);
        listener.info(Text.of("deploy.verifying", settings.config().host(), pages.size()).in(done.language()));
        List<Text> problems = new SiteVerifier().verify(settings.config().host(), output, pages, index);
        if (problems.isEmpty()) {
            listener.info(Text.of("deploy.verified", settings.config().host()).in(done.language()));
            return done;
        }
        return new DeployResult(DeployResult.Status.CHECK_FAILED, problems, done.uploaded(), done.unchanged(),
                done.deleted(), done.bytes(), done.millis(), done.language());
    }

    /** Up to three pages: changed ones first, else the first pages of the site. */
    static List<String> pagesToCheck(DeployPlan plan, List<LocalFile> local, DeploySettings settings) {
        List<String> pages = new ArrayList<>();
        plan.uploads().stream().map(u -> u.file().path()).filter(FileHeaders::isPage)
                .filter(p -> !settings.lastPaths().contains(p)).limit(3).forEach(pages::add);
        if (pages.isEmpty()) {
            local.stream().map(LocalFile::path).filter(FileHeaders::isPage)
                    .filter(p -> !settings.lastPaths().contains(p)).limit(2).forEach(pages::add);
        }
        return pages;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
