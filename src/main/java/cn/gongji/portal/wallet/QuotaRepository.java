package cn.gongji.portal.wallet;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuotaRepository extends JpaRepository<Quota, Long> {

    List<Quota> findByRelationIdOrderByIdAsc(long relationId);

    @Query("select q.id from Quota q where q.endDate < :today and q.amount > q.used + q.returned")
    List<Long> findExpiredWithUnused(LocalDate today);

    @Query("select q from Quota q where q.sharerId = :sharerId and q.amount > q.used + q.returned")
    List<Quota> findUnusedOfSharer(long sharerId);
}
