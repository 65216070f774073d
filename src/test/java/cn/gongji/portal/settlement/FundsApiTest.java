package cn.gongji.portal.settlement;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.support.TestPeople;

/** GET /api/v1/patients/{idNumber}/funds: two sums, no names, each look-up logged (api.md, D9, D10, D18). */
class FundsApiTest extends InstitutionApiTestBase {

    @Autowired
    FundsService fundsService;

    @Test
    void fundsAreTheOwnAccountAndAllLiveSharedMoneyWithoutNames_D9_D10_D18() throws Exception {
        Person patient = people.employee(GUANGXI, "50.00");
        Person son = people.employee(BEIJING, "1000.00");
        Person daughter = people.employee(GUANGXI, "200.00");  // Guangxi asks for her code at settlement: still counted
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        bind(daughter, patient, Kinship.PARENT);
        grant(son, fromSon, "300.00");
        Inst pharmacy = pharmacy();

        String answer = funds(pharmacy, patient.idNumber().value())
                .andExpect(status().isOk())
                .andExpect(content().json("{\"ownAccount\":\"50.00\",\"shared\":\"500.00\"}", true))
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain(son.getName(), daughter.getName(), son.idNumber().value(),
                daughter.idNumber().value());
        assertThat(fundsService.lookupsOf(patient.getId())).singleElement().satisfies(l -> {
            assertThat(l.getInstitutionCode()).isEqualTo(pharmacy.code());
            assertThat(l.getLookedUpAt()).isNotNull();
        });
    }

    @Test
    void aResidentHasNoOwnAccount() throws Exception {
        Person patient = people.resident(HENAN);
        funds(hospital(), patient.idNumber().value())
                .andExpect(content().json("{\"ownAccount\":\"0.00\",\"shared\":\"0.00\"}", true));
    }

    @Test
    void unknownEndedOrMalformedPatientsAreRefused() throws Exception {
        Inst hospital = hospital();
        funds(hospital, TestPeople.idNumber(HENAN)).andExpect(problem(404, "PERSON_NOT_FOUND"));
        String valid = TestPeople.idNumber(HENAN);
        funds(hospital, valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'))
                .andExpect(problem(400, "INVALID_ID_NUMBER"));
        funds(hospital, "not-an-id").andExpect(problem(400, "INVALID_ID_NUMBER"));

        Person ended = people.employee(HENAN, "100.00");
        people.terminate(ended);
        funds(hospital, ended.idNumber().value()).andExpect(problem(422, "PATIENT_NOT_INSURED"));
        assertThat(fundsService.lookupsOf(ended.getId())).as("the refused look-up is logged too").hasSize(1);
    }
}
