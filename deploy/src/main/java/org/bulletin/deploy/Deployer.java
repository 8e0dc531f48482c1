package org.bulletin.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.generator.BuildListener;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;

/**
 * {@code bulletin deploy}: puts a built site into a bucket of S3-compatible storage or a folder,
 * incrementally and safely, like {@code hugo deploy}. Compares each file's MD5 with the ETag there,
 * uploads only what changed in {@link DeployPlan}'s order, deletes what is gone (at most
 * {@code maxDeletes} without {@code force}), then fetches the site as a visitor would
 * ({@link SiteVerifier}). The command line and the Maven goal both make this one call.
 */
public final class Deployer {

    private Deployer() {
    }

    /** Deploys; failures are results with messages for people, never exceptions. */
    public static DeployResult deploy(DeployRequest request) throws InterruptedException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        DeploySettings settings;
        try {
            SiteConfig config = ConfigLoader.load(request.site(), request.overrides(), new Problems());
            settings = DeploySettings.resolve(config, request.site(), request.options(), problems);
            if (settings != null) {
                checkFolders(request.output(), settings, config, problems);
            }
        } catch (IOException e) {
            return DeployResult.of(DeployResult.Status.FAILED, List.of("cannot read the site folder "
                    + request.site() + ": " + e.getMessage()));
        }
        if (settings == null || problems.hasErrors()) {
            return DeployResult.of(DeployResult.Status.BAD_SETTINGS,
                    problems.sorted().stream().filter(Problem::isError).map(Problem::format).toList());
        }
        BuildListener listener = request.listener();
        settings.warnings().forEach(w -> listener.info("warning: " + w));
        try (SiteStore store = settings.target().bucketTarget()
                ? new S3Store(settings.target(), settings.endpoint(), settings.region(), settings.pathStyle(),
                request.environment())
                : new FolderStore(settings.target().folder())) {
            List<LocalFile> local = LocalFile.scan(request.output());
            Map<String, String> remote = store.list();
            DeployPlan plan = DeployPlan.of(local, remote, settings.headers(), settings.lastPaths());
            if (plan.deletes().size() > settings.maxDeletes() && !settings.force() && !settings.dryRun()) {
                return DeployResult.of(DeployResult.Status.REFUSED, List.of("this deploy would delete "
                        + plan.deletes().size() + " files from " + settings.target() + ", more than --max-deletes "
                        + settings.maxDeletes() + ": check --to and its prefix (--dry-run lists them); --force "
                        + "deletes them"));
            }
            if (settings.dryRun()) {
                return dryRun(plan, settings, millisSince(start));
            }
            new PlanRunner(store, listener).run(plan, settings.target().toString(), settings.lastPaths());
            if (!plan.empty()) {
                store.commit(local);
            }
            DeployResult done = new DeployResult(DeployResult.Status.DEPLOYED, List.of(), plan.uploads().size(),
                    plan.unchanged(), plan.deletes().size(), plan.uploadBytes(), millisSince(start));
            listener.info("Deployed to " + settings.target() + ": " + done.summary());
            return settings.verify() ? verify(settings, request.output(), plan, local, done, listener) : done;
        } catch (DeployFailure e) {
            listener.debug(stackTrace(e));
            return DeployResult.of(DeployResult.Status.FAILED, List.of(e.getMessage()));
        } catch (IOException e) {
            listener.debug(stackTrace(e));
            return DeployResult.of(DeployResult.Status.FAILED, List.of("cannot deploy to " + settings.target()
                    + ": " + (e.getMessage() == null ? e.toString() : e.getMessage())));
        }
    }

    private static void checkFolders(Path output, DeploySettings settings, SiteConfig config, Problems problems) {
        if (!Files.isRegularFile(output.resolve(config.folders().index()))) {
            problems.error("", 0, output + " has no " + config.folders().index() + ": give the folder a build wrote "
                    + "(bulletin build SITE -o OUT), and build it first");
        }
        Path folder = settings.target().folder();
        if (folder != null) {
            Path out = output.toAbsolutePath().normalize();
            Path to = folder.toAbsolutePath().normalize();
            if (to.startsWith(out) || out.startsWith(to)) {
                problems.error("", 0, "--to " + folder + " and the output " + output + " overlap: deploy to a "
                        + "folder outside the output (e.g. /var/www/meiting)");
            }
        }
        if (settings.verify() && !settings.dryRun() && !config.properties().containsKey("site.host")) {
            problems.error("", 0, "site.host is not set: the check after deploying fetches the site there; set "
                    + "site.host in jbake.properties (or -D site.host=URL), or skip the check with --no-verify");
        }
    }

    private static DeployResult dryRun(DeployPlan plan, DeploySettings settings, long millis) {
        List<String> lines = new ArrayList<>();
        for (DeployPlan.Upload u : plan.uploads()) {
            lines.add("upload " + u.file().path() + " (" + (u.isNew() ? "new" : "changed") + ", "
                    + DeployResult.size(u.file().size()) + ", " + u.contentType() + ", " + u.cacheControl() + ")");
        }
        plan.deletes().forEach(p -> lines.add("delete " + p));
        if (plan.deletes().size() > settings.maxDeletes() && !settings.force()) {
            lines.add("(more than --max-deletes " + settings.maxDeletes() + " deletions: without --dry-run this "
                    + "deploy is refused unless --force is given)");
        }
        lines.add("Dry run, nothing changed at " + settings.target() + ": would upload " + plan.uploads().size()
                + " (" + DeployResult.size(plan.uploadBytes()) + "), delete " + plan.deletes().size() + "; "
                + plan.unchanged() + " unchanged");
        return new DeployResult(DeployResult.Status.DEPLOYED, lines, plan.uploads().size(), plan.unchanged(),
                plan.deletes().size(), plan.uploadBytes(), millis);
    }

    private static DeployResult verify(DeploySettings settings, Path output, DeployPlan plan, List<LocalFile> local,
                                       DeployResult done, BuildListener listener) throws InterruptedException {
        String index = settings.config().folders().index();
        List<String> pages = pagesToCheck(plan, local, settings);
        listener.info("Checking " + settings.config().host() + " and " + pages.size() + " more page(s)…");
        List<String> problems = new SiteVerifier().verify(settings.config().host(), output, pages, index);
        if (problems.isEmpty()) {
            listener.info("The site is served as uploaded at " + settings.config().host());
            return done;
        }
        return new DeployResult(DeployResult.Status.CHECK_FAILED, problems, done.uploaded(), done.unchanged(),
                done.deleted(), done.bytes(), done.millis());
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
