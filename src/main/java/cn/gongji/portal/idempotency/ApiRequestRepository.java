package cn.gongji.portal.idempotency;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiRequestRepository extends JpaRepository<ApiRequest, Long> {

    Optional<ApiRequest> findByClientAndRequestId(String client, String requestId);
}
