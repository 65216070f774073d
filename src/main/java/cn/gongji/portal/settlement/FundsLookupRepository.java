package cn.gongji.portal.settlement;

import java.util.List;

import org.springframework.data.repository.Repository;

interface FundsLookupRepository extends Repository<FundsLookup, Long> {

    FundsLookup save(FundsLookup lookup);

    List<FundsLookup> findByPatientIdOrderByIdDesc(long patientId);
}
