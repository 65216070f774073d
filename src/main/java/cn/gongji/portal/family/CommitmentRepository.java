package cn.gongji.portal.family;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CommitmentRepository extends Repository<Commitment, Long> {

    Commitment save(Commitment commitment);

    Optional<Commitment> findFirstByRelationIdOrderByIdDesc(long relationId);
}
