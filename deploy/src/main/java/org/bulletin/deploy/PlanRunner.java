package org.bulletin.deploy;

import java.io.IOException;
import org.bulletin.generator.BuildListener;

/**
 * Carries out a {@link DeployPlan} in its order, reporting progress in files and bytes (a line at every
 * tenth of the bytes for deploys of 20 files or 1 MB and more). When the network fails midway (after
 * the SDK's retries), nothing has been deleted yet and pages still point at files that are there:
 * the failure says to run the command again, which uploads only what is still missing.
 */
final class PlanRunner {

    private static final int MANY_FILES = 20;
    private static final long MANY_BYTES = 1024 * 1024;

    private final SiteStore store;
    private final BuildListener listener;

    PlanRunner(SiteStore store, BuildListener listener) {
        this.store = store;
        this.listener = listener;
    }

    void run(DeployPlan plan, String where) throws DeployFailure, IOException {
        int files = plan.uploads().size();
        long total = plan.uploadBytes();
        if (plan.empty()) {
            listener.info("Nothing to upload or delete at " + where + " (" + plan.unchanged() + " files unchanged)");
            return;
        }
        listener.info("Uploading " + files + (files == 1 ? " file (" : " files (") + DeployResult.size(total) + ") to " + where
                + (plan.deletes().isEmpty() ? "" : ", then deleting " + plan.deletes().size()) + "…");
        boolean report = files >= MANY_FILES || total >= MANY_BYTES;
        int done = 0;
        long bytes = 0;
        int step = 0;
        for (DeployPlan.Upload u : plan.uploads()) {
            try {
                store.put(u);
            } catch (DeployFailure e) {
                throw new DeployFailure(e.getMessage() + ". " + done + " of " + files + " files were uploaded and "
                        + "nothing was deleted: the site there still works; run the same command again to finish "
                        + "(only what is still missing is uploaded)", e.getCause());
            }
            done++;
            bytes += u.file().size();
            listener.debug("  uploaded " + u.file().path() + " (" + DeployResult.size(u.file().size()) + ", "
                    + u.contentType() + ", " + u.cacheControl() + ")");
            int now = total == 0 ? 10 : (int) (bytes * 10 / total);
            if (report && now > step) {
                step = now;
                listener.info("  " + now * 10 + "%: " + done + "/" + files + " files, " + DeployResult.size(bytes)
                        + " of " + DeployResult.size(total));
            }
        }
        if (!plan.deletes().isEmpty()) {
            store.delete(plan.deletes());
            plan.deletes().forEach(p -> listener.debug("  deleted " + p));
        }
    }
}
