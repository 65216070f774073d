package cn.gongji.portal.settlement;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SettlementRepository extends JpaRepository<Settlement, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Settlement s where s.id = :id")
    Optional<Settlement> findLocked(String id);
}

interface SettlementPartRepository extends JpaRepository<SettlementPart, Long> {

    List<SettlementPart> findBySettlementIdOrderBySeqAsc(String settlementId);
}

interface FraudEventRepository extends Repository<FraudEvent, Long> {

    FraudEvent save(FraudEvent event);

    List<FraudEvent> findByPatientIdNumberOrderByIdDesc(String patientIdNumber);

    List<FraudEvent> findTop100ByOrderByIdDesc();
}

interface FundsLookupRepository extends Repository<FundsLookup, Long> {

    FundsLookup save(FundsLookup lookup);

    List<FundsLookup> findByPatientIdOrderByIdDesc(long patientId);
}
