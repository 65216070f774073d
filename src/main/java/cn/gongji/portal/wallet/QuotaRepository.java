package cn.gongji.portal.wallet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuotaRepository extends JpaRepository<Quota, Long> {

    List<Quota> findByRelationIdOrderByIdAsc(long relationId);

    @Query("select q.id from Quota q where q.endDate < :today and q.amount > q.used + q.returned")
    List<Long> findExpiredWithUnused(LocalDate today);

    /**
     * P2, P3: quotas whose last day is between {@code today} and {@code lastDay} with money left and no reminder yet.
     * {@code reminded_at} is not mapped: only {@link #markReminded} writes it.
     */
    @Query(nativeQuery = true, value = """
            SELECT id FROM quota
            WHERE end_date >= :today AND end_date <= :lastDay AND amount > used + returned AND reminded_at IS NULL
            ORDER BY id""")
    List<Long> findEndingSoonNotReminded(LocalDate today, LocalDate lastDay);

    /**
     * P2, P3: marks the quota reminded, only if no one has yet and it still ends within the window with money left.
     * Returns 1 for the one caller that marked it — of two portal nodes at once, the other gets 0 (it waited for the
     * row lock and then found the marker set).
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE quota SET reminded_at = :now
            WHERE id = :quotaId AND reminded_at IS NULL AND end_date >= :today AND end_date <= :lastDay
              AND amount > used + returned""")
    int markReminded(long quotaId, LocalDateTime now, LocalDate today, LocalDate lastDay);

    @Query("select q from Quota q where q.sharerId = :sharerId and q.amount > q.used + q.returned")
    List<Quota> findUnusedOfSharer(long sharerId);
}
