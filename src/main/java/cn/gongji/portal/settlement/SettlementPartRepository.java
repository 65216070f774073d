package cn.gongji.portal.settlement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettlementPartRepository extends JpaRepository<SettlementPart, Long> {

    List<SettlementPart> findBySettlementIdOrderBySeqAsc(String settlementId);
}
