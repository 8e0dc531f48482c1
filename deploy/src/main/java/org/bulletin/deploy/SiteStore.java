package org.bulletin.deploy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Where the deployer puts files: a bucket ({@link S3Store}) or a folder ({@link FolderStore}). */
interface SiteStore extends AutoCloseable {

    /** Site path → MD5 (or ETag) of every file there now. */
    Map<String, String> list() throws DeployFailure, IOException;

    /** Uploads one file with its headers. */
    void put(DeployPlan.Upload upload) throws DeployFailure, IOException;

    /** Deletes these site paths. */
    void delete(List<String> paths) throws DeployFailure, IOException;

    /** After every upload and delete: makes the new site the live one (the folder's swap). */
    default void commit(List<LocalFile> all) throws DeployFailure, IOException {
    }

    @Override
    void close() throws IOException;
}
