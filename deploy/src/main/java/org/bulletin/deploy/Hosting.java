package org.bulletin.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulletin.problem.Text;

/**
 * What Bulletin knows about hosting in mainland China: which addresses are there (the regions of Aliyun
 * OSS, Tencent COS and Huawei OBS in the mainland, {@code .cn} domains), and which are a bucket's default
 * domain, from which both clouds serve HTML as a download.
 */
final class Hosting {

    private Hosting() {
    }

    /** The warnings for this site address, storage endpoint host (or null) and ICP number. */
    static List<Text> warnings(String siteHost, String endpointHost, String icp) {
        List<Text> warnings = new ArrayList<>();
        String host = URI.create(siteHost).getHost().toLowerCase(Locale.ROOT);
        if (defaultDomain(host)) {
            warnings.add(Text.of("deploy.default-domain", siteHost));
        }
        if ((mainland(host) || (endpointHost != null && mainland(endpointHost.toLowerCase(Locale.ROOT))))
                && (icp == null || icp.isBlank())) {
            warnings.add(Text.of("deploy.no-icp"));
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
