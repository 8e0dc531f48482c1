package org.bulletin.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Bulletin knows about hosting in mainland China: which addresses are there (the regions of Aliyun
 * OSS, Tencent COS and Huawei OBS in the mainland, {@code .cn} domains), and which are a bucket's default
 * domain, from which both clouds serve HTML as a download.
 */
final class Hosting {

    private Hosting() {
    }

    /** The warnings for this site address, storage endpoint host (or null) and ICP number. */
    static List<String> warnings(String siteHost, String endpointHost, String icp) {
        List<String> warnings = new ArrayList<>();
        String host = URI.create(siteHost).getHost().toLowerCase(Locale.ROOT);
        if (defaultDomain(host)) {
            warnings.add("site.host " + siteHost + " is a bucket's default domain: Tencent COS (buckets created "
                    + "since 2024-01-01) and Aliyun OSS serve HTML there as a download, so visitors get a file "
                    + "instead of the page; use a custom domain with ICP filing (备案) (manual, 'Publishing and deploy')");
        }
        if ((mainland(host) || (endpointHost != null && mainland(endpointHost.toLowerCase(Locale.ROOT))))
                && (icp == null || icp.isBlank())) {
            warnings.add("the site is hosted in mainland China but site.icp is empty: such a site must show its "
                    + "ICP filing number (备案号) in the footer; set site.icp in jbake.properties and build again");
        }
        return warnings;
    }

    /** A bucket's own address at Aliyun OSS or Tencent COS (not a custom domain). */
    static boolean defaultDomain(String host) {
        return host.endsWith(".aliyuncs.com") || host.endsWith(".myqcloud.com");
    }

    /** An address in mainland China: a mainland region of OSS, COS or OBS, or a .cn domain. */
    static boolean mainland(String host) {
        if (host.endsWith(".cn")) {
            return true;
        }
        if (host.endsWith(".aliyuncs.com")) { // oss-cn-hangzhou…, but not oss-cn-hongkong
            return host.matches("(.*\\.)?oss-cn-[a-z0-9-]+\\.aliyuncs\\.com") && !host.contains("oss-cn-hongkong");
        }
        if (host.endsWith(".myqcloud.com")) { // cos.ap-guangzhou…, not ap-hongkong, ap-singapore…
            return host.matches(".*\\.ap-(beijing|shanghai|guangzhou|chengdu|chongqing|nanjing|shenzhen-fsi|"
                    + "shanghai-fsi|beijing-fsi)[a-z0-9-]*\\.myqcloud\\.com");
        }
        if (host.endsWith(".myhuaweicloud.com")) { // obs.cn-north-4…, not ap-southeast-1 (Hong Kong)
            return host.matches(".*\\.cn-[a-z]+-[0-9]+\\.myhuaweicloud\\.com");
        }
        return false;
    }
}
