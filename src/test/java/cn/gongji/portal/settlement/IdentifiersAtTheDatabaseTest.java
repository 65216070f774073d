package cn.gongji.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.support.TestProfiles;

/**
 * Issue 11: identifiers are stored whole and compared exactly on every database. On MySQL/MariaDB a column takes the
 * database's default collation unless told otherwise, and the server's default ({@code utf8mb4_general_ci}) makes
 * {@code abc} and {@code ABC} one key: a second bill under a request id that differs only in case would be taken for
 * a repeat and never charged (D19).
 */
class IdentifiersAtTheDatabaseTest extends InstitutionApiTestBase {

    @Test
    void anInstitutionWithTheLongestCodeApi_mdAllowsSettlesAndRefunds_D19() throws Exception {
        // api.md: institution codes are [A-Za-z0-9_-]{1,32}; "institution:" + code is the idempotency client name.
        String code = ("HO-" + UUID.randomUUID().toString().replace("-", "")).substring(0, 32);
        String key = "test-key-" + UUID.randomUUID();
        institutions.register(code, "三十二位编码医院", InstitutionKind.HOSPITAL, new RegionCode("410100"),
                InstitutionStatus.ACTIVE, key);
        Inst hospital = new Inst(code, "三十二位编码医院", key);
        Person patient = people.employee(HENAN, "100.00");
        Bill bill = bill(patient, "30.00");

        String settlementId = body(settle(hospital, bill).andExpect(status().isCreated()))
                .get("settlementId").asString();
        settle(hospital, bill).andExpect(status().isOk());
        String refundId = newRequestId();
        refund(hospital, settlementId, refundId, "10.00").andExpect(status().isCreated());
        refund(hospital, settlementId, refundId, "10.00").andExpect(status().isOk());

        assertThat(balance(patient)).isEqualTo(Money.of("80.00"));
        assertThat(conserved(patient)).isTrue();
    }

    @Test
    void requestIdsThatDifferOnlyInCaseAreTwoBills_D19() throws Exception {
        Inst hospital = hospital();
        Person patient = people.employee(HENAN, "100.00");
        String lower = "his-case-" + UUID.randomUUID();
        String upper = lower.toUpperCase(Locale.ROOT);

        settle(hospital, bill(patient, "30.00").with("requestId", lower)).andExpect(status().isCreated());
        settle(hospital, bill(patient, "30.00").with("requestId", upper)).andExpect(status().isCreated());

        assertThat(settlementsStored(hospital, lower)).isEqualTo(1);
        assertThat(settlementsStored(hospital, upper)).isEqualTo(1);
        assertThat(balance(patient)).isEqualTo(Money.of("40.00"));
        assertThat(conserved(patient)).isTrue();
    }

    @Test
    void refundRequestIdsThatDifferOnlyInCaseAreTwoRefunds_D19_D20() throws Exception {
        Inst hospital = hospital();
        Person patient = people.employee(HENAN, "100.00");
        String settlementId = body(settle(hospital, bill(patient, "60.00")).andExpect(status().isCreated()))
                .get("settlementId").asString();
        String lower = "his-refund-" + UUID.randomUUID();

        refund(hospital, settlementId, lower, "10.00").andExpect(status().isCreated());
        refund(hospital, settlementId, lower.toUpperCase(Locale.ROOT), "10.00").andExpect(status().isCreated());

        assertThat(balance(patient)).isEqualTo(Money.of("60.00"));
        assertThat(conserved(patient)).isTrue();
    }

    /** Every text column of the portal's tables compares exactly, so that a table added later cannot forget it. */
    @Test
    void everyTextColumnOnMysqlHasABinaryCollation() {
        assumeTrue(TestProfiles.onMysql(), "H2 compares text exactly unless told otherwise");
        List<String> caseBlind = jdbc.queryForList("""
                select concat(table_name, '.', column_name, ' ', collation_name) from information_schema.columns
                where table_schema = database() and collation_name is not null
                  and collation_name not like '%\\_bin' and table_name not like 'flyway%'""", String.class);
        assertThat(caseBlind).isEmpty();
    }
}
