package cn.gongji.portal.family;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RelationRepository extends JpaRepository<Relation, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Relation r where r.id = :id")
    Optional<Relation> findLocked(long id);

    List<Relation> findBySharerIdOrderByRequestedAtDesc(long sharerId);

    List<Relation> findByRecipientIdOrderByRequestedAtDesc(long recipientId);

    List<Relation> findByRecipientIdAndStatusIn(long recipientId, Collection<RelationStatus> statuses);

    /**
     * One status, not a collection: Hibernate caches the SQL of a query without a multi-valued parameter, and
     * every settlement asks this (re-translating the IN-list form cost a settlement about a tenth of its CPU).
     */
    List<Relation> findByRecipientIdAndStatus(long recipientId, RelationStatus status);

    List<Relation> findBySharerIdAndStatus(long sharerId, RelationStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Relation r where (r.sharerId = :personId or r.recipientId = :personId)"
            + " and r.status in :statuses order by r.id")
    List<Relation> findOpenOfPersonLocked(long personId, Collection<RelationStatus> statuses);

    @Query("select count(r) > 0 from Relation r where r.sharerId = :sharerId and r.recipientId = :recipientId"
            + " and r.status in :statuses")
    boolean existsOpen(long sharerId, long recipientId, Collection<RelationStatus> statuses);

    /** D3: is {@code a} the live spouse of {@code b}, in either direction of sharing? */
    @Query("select count(r) > 0 from Relation r where r.kinship = cn.gongji.portal.family.Kinship.SPOUSE"
            + " and r.status = cn.gongji.portal.family.RelationStatus.LIVE"
            + " and ((r.sharerId = :a and r.recipientId = :b) or (r.sharerId = :b and r.recipientId = :a))")
    boolean areLiveSpouses(long a, long b);

    /**
     * The people the records show as children of {@code parentId}: those who bound him as their live PARENT,
     * and those he bound as his live CHILD.
     */
    @Query("select r.sharerId from Relation r where r.recipientId = :parentId"
            + " and r.kinship = cn.gongji.portal.family.Kinship.PARENT"
            + " and r.status = cn.gongji.portal.family.RelationStatus.LIVE")
    List<Long> childrenBindingAsParent(long parentId);

    @Query("select r.recipientId from Relation r where r.sharerId = :parentId"
            + " and r.kinship = cn.gongji.portal.family.Kinship.CHILD"
            + " and r.status = cn.gongji.portal.family.RelationStatus.LIVE")
    List<Long> childrenBoundAsChild(long parentId);
}
