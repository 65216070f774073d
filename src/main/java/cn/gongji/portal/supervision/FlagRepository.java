package cn.gongji.portal.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: flags and resolutions are never updated or deleted (D27). */
interface FlagRepository extends Repository<Flag, Long> {

    Flag save(Flag flag);

    Optional<Flag> findById(long id);

    @Query(value = """
            select f from Flag f where (:rule is null or f.rule = :rule)
              and not exists (select r.id from FlagResolution r where r.flagId = f.id)
            order by f.raisedAt desc, f.id desc""",
            countQuery = """
            select count(f) from Flag f where (:rule is null or f.rule = :rule)
              and not exists (select r.id from FlagResolution r where r.flagId = f.id)""")
    Page<Flag> findOpen(FlagRule rule, Pageable page);

    @Query(value = """
            select f from Flag f where (:rule is null or f.rule = :rule)
              and exists (select r.id from FlagResolution r where r.flagId = f.id)
            order by f.raisedAt desc, f.id desc""",
            countQuery = """
            select count(f) from Flag f where (:rule is null or f.rule = :rule)
              and exists (select r.id from FlagResolution r where r.flagId = f.id)""")
    Page<Flag> findResolved(FlagRule rule, Pageable page);

    @Query(value = "select f from Flag f where (:rule is null or f.rule = :rule) order by f.raisedAt desc, f.id desc",
            countQuery = "select count(f) from Flag f where (:rule is null or f.rule = :rule)")
    Page<Flag> findAll(FlagRule rule, Pageable page);

    @Query("""
            select f from Flag f where f.personId = :personId or f.otherPersonId = :personId
            order by f.raisedAt desc, f.id desc""")
    List<Flag> concerning(long personId);

    long count();
}
