package cn.gongji.portal.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** D26: append and read only — no method to update or delete an access is exposed, here or anywhere. */
interface CaseAccessRepository extends Repository<CaseAccess, Long> {

    CaseAccess save(CaseAccess access);

    Page<CaseAccess> findAllByOrderByAccessedAtDescIdDesc(Pageable page);

    List<CaseAccess> findByPersonIdOrderByIdDesc(long personId);

    boolean existsByAgentAndPersonIdAndAccessedAtGreaterThanEqual(String agent, long personId, Instant since);

    long count();
}
