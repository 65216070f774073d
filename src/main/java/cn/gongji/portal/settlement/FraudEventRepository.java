package cn.gongji.portal.settlement;

import java.util.List;

import org.springframework.data.repository.Repository;

interface FraudEventRepository extends Repository<FraudEvent, Long> {

    FraudEvent save(FraudEvent event);

    List<FraudEvent> findByPatientIdNumberOrderByIdDesc(String patientIdNumber);

}
