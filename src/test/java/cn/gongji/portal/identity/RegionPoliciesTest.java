package cn.gongji.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionPoliciesTest {

    private final RegionPolicies policies = new RegionPolicies();

    @Test
    void coversThe31ProvincesAndTheXpcc_D4_D8_D18() {
        assertThat(policies.all()).hasSize(32);
        assertThat(policies.of(new RegionCode("660100")).nameZh()).isEqualTo("新疆生产建设兵团");
    }

    @Test
    void recipientsMayInitiateOnlyInFujianXinjiangAndXpcc_D8() {
        assertThat(policies.all().stream().filter(RegionPolicy::recipientMayInitiate).map(RegionPolicy::province))
                .containsExactlyInAnyOrder("35", "65", "66");
    }

    @Test
    void bothCodesOnlyInGuangxiAndSichuan_D18() {
        assertThat(policies.all().stream().filter(RegionPolicy::bothCodesRequired).map(RegionPolicy::province))
                .containsExactlyInAnyOrder("45", "51");
    }

    @Test
    void henanIsOnTheCurrentScopeAndBeijingOn2021_D4() {
        assertThat(policies.of(new RegionCode("410100")).scope()).isEqualTo(KinshipScope.CURRENT);
        assertThat(policies.of(new RegionCode("110105")).scope()).isEqualTo(KinshipScope.SCOPE_2021);
    }
}
