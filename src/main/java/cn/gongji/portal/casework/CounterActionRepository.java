package cn.gongji.portal.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** D7, D25: append and read only. */
interface CounterActionRepository extends Repository<CounterAction, Long> {

    CounterAction save(CounterAction action);

    List<CounterAction> findByPersonIdOrderByIdDesc(long personId);

    /** Issue 12: the agent's latest identity check of this person's caller since a moment (the call's window). */
    Optional<CounterAction> findFirstByAgentAndPersonIdAndKindInAndActedAtGreaterThanEqualOrderByIdDesc(
            String agent, long personId, Collection<CounterActionKind> kinds, Instant since);
}
