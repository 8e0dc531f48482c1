package org.bulletin.deploy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.bulletin.generator.BuildListener;
import org.bulletin.problem.Text;

/**
 * Carries out a {@link DeployPlan} in its order: each phase (assets; pages, feed and sitemap; the home
 * and 404 pages) is uploaded completely, {@link #WORKERS} files at a time, before the next starts, and
 * deletions come last. Reports progress in files and bytes (a line at every tenth of the bytes for
 * deploys of 20 files or 1 MB and more). When the network fails midway (after the SDK's retries),
 * nothing has been deleted yet and pages still point at files that are there: the failure says to run
 * the command again, which uploads only what is still missing.
 */
final class PlanRunner {

    /** Uploads at a time (the round trips to a far-away region, not the bandwidth, make a deploy slow). */
    static final int WORKERS = 4;
    private static final int MANY_FILES = 20;
    private static final long MANY_BYTES = 1024 * 1024;

    private final SiteStore store;
    private final BuildListener listener;
    private final java.util.Locale language;
    private int files;
    private long total;
    private boolean report;
    private int done;
    private long bytes;
    private int step;

    PlanRunner(SiteStore store, BuildListener listener, java.util.Locale language) {
        this.store = store;
        this.listener = listener;
        this.language = language;
    }

    void run(DeployPlan plan, String where, Set<String> last) throws DeployFailure, IOException {
        files = plan.uploads().size();
        total = plan.uploadBytes();
        if (plan.empty()) {
            listener.info(Text.of("deploy.nothing-to-do", where, plan.unchanged()).in(language));
            return;
        }
        String size = DeployResult.size(total);
        listener.info((plan.deletes().isEmpty()
                ? files == 1 ? Text.of("deploy.uploading-one", size, where) : Text.of("deploy.uploading", files, size, where)
                : files == 1 ? Text.of("deploy.uploading-one-then-deleting", size, where, plan.deletes().size())
                : Text.of("deploy.uploading-then-deleting", files, size, where, plan.deletes().size())).in(language));
        report = files >= MANY_FILES || total >= MANY_BYTES;
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "bulletin-deploy");
            t.setDaemon(true);
            return t;
        });
        try {
            for (List<DeployPlan.Upload> phase : phases(plan, last)) {
                upload(phase, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        if (!plan.deletes().isEmpty()) {
            store.delete(plan.deletes());
            plan.deletes().forEach(p -> listener.debug("  deleted " + p));
        }
    }

    /** The uploads split where the plan's order moves on: assets, then pages, then the last ones. */
    private static List<List<DeployPlan.Upload>> phases(DeployPlan plan, Set<String> last) {
        List<List<DeployPlan.Upload>> phases = new ArrayList<>();
        int previous = -1;
        for (DeployPlan.Upload u : plan.uploads()) {
            int phase = last.contains(u.file().path()) ? 2 : FileHeaders.NO_CACHE.equals(u.cacheControl()) ? 1 : 0;
            if (phase != previous) {
                phases.add(new ArrayList<>());
                previous = phase;
            }
            phases.get(phases.size() - 1).add(u);
        }
        return phases;
    }

    private void upload(List<DeployPlan.Upload> phase, ExecutorService pool) throws DeployFailure, IOException {
        AtomicReference<Exception> failed = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>();
        for (DeployPlan.Upload u : phase) {
            futures.add(pool.submit(() -> {
                if (failed.get() != null) {
                    return; // one failure (after the SDK's retries) is enough to stop
                }
                try {
                    store.put(u);
                    uploaded(u);
                } catch (DeployFailure | IOException e) {
                    failed.compareAndSet(null, e);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeployFailure(Text.of("deploy.interrupted"), e);
            } catch (ExecutionException e) {
                failed.compareAndSet(null, new IOException(String.valueOf(e.getCause().getMessage()), e.getCause()));
            }
        }
        Exception e = failed.get();
        if (e instanceof DeployFailure d) {
            throw new DeployFailure(Text.of("deploy.stopped-midway", d.text(), uploadedSoFar(), files), d.getCause());
        }
        if (e instanceof IOException io) {
            throw io;
        }
    }

    private synchronized int uploadedSoFar() {
        return done;
    }

    private synchronized void uploaded(DeployPlan.Upload u) {
        done++;
        bytes += u.file().size();
        listener.debug("  uploaded " + u.file().path() + " (" + DeployResult.size(u.file().size()) + ", "
                + u.contentType() + ", " + u.cacheControl() + ")");
        int now = total == 0 ? 10 : (int) (bytes * 10 / total);
        if (report && now > step) {
            step = now;
            listener.info("  " + Text.of("deploy.progress", now * 10, done, files, DeployResult.size(bytes),
                    DeployResult.size(total)).in(language));
        }
    }
}
