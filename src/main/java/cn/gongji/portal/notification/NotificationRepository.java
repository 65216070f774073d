package cn.gongji.portal.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByPersonIdAndReadAtIsNull(long personId);

    List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(long personId, Pageable page);
}
