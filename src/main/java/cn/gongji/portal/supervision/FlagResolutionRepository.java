package cn.gongji.portal.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Append and read only, like the flags it resolves (D27). */
interface FlagResolutionRepository extends Repository<FlagResolution, Long> {

    FlagResolution saveAndFlush(FlagResolution resolution);

    Optional<FlagResolution> findByFlagId(long flagId);

    List<FlagResolution> findByFlagIdIn(Collection<Long> flagIds);
}
