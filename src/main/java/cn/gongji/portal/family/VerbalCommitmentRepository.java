package cn.gongji.portal.family;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Issue 12: no delete is exposed; a verbal commitment's outcome is set once, in {@link FamilyService}. */
interface VerbalCommitmentRepository extends Repository<VerbalCommitment, Long> {

    VerbalCommitment save(VerbalCommitment commitment);

    VerbalCommitment saveAndFlush(VerbalCommitment commitment);

    Optional<VerbalCommitment> findById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from VerbalCommitment v where v.id = :id")
    Optional<VerbalCommitment> findLocked(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from VerbalCommitment v where v.pendingPair = :pair")
    Optional<VerbalCommitment> findPendingLocked(String pair);

    List<VerbalCommitment> findBySharerIdOrderByIdDesc(long sharerId);

    List<VerbalCommitment> findBySharerIdAndStatusAndExpiresAtGreaterThanOrderByIdAsc(
            long sharerId, VerbalCommitmentStatus status, Instant now);

    @Query("select v.id from VerbalCommitment v where v.status = cn.gongji.portal.family.VerbalCommitmentStatus.PENDING"
            + " and v.expiresAt <= :now order by v.id")
    List<Long> findDueIds(Instant now);
}
