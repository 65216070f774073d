package cn.gongji.portal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * Reference data: the policy of every province-level region, read from {@code region-policies.csv} — the one
 * place to change them.
 */
@Component
public class RegionPolicies {

    private final Map<String, RegionPolicy> byProvince;

    public RegionPolicies() {
        this.byProvince = load("region-policies.csv");
    }

    private static Map<String, RegionPolicy> load(String resource) {
        Map<String, RegionPolicy> policies = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("Bad line in " + resource + ": " + line);
                }
                policies.put(f[0], new RegionPolicy(f[0], f[1], f[2], KinshipScope.valueOf(f[3]),
                        Boolean.parseBoolean(f[4]), Boolean.parseBoolean(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(policies);
    }

    /** The policy of the region's province; an unknown province is refused as an invalid region code. */
    public RegionPolicy of(RegionCode region) {
        RegionPolicy policy = byProvince.get(region.province());
        if (policy == null) {
            throw new RefusedException(Refusal.INVALID_REGION_CODE);
        }
        return policy;
    }

    public boolean isKnown(RegionCode region) {
        return byProvince.containsKey(region.province());
    }

    public Collection<RegionPolicy> all() {
        return byProvince.values();
    }
}
