package cn.gongji.portal.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    /** As {@code identity.SignInLocks.countFailure}: counted atomically by the database. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StaffAccount s set s.failedLogins = case when s.lockedUntil is not null
                and s.lockedUntil < :forgetBefore then 1 else s.failedLogins + 1 end
            where s.username = :username""")
    int countLoginFailure(String username, Instant forgetBefore);

    @Query("select s.failedLogins from StaffAccount s where s.username = :username")
    int loginFailures(String username);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StaffAccount s set s.lockedUntil = :notBefore where s.username = :username")
    int delaySignIn(String username, Instant notBefore);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StaffAccount s set s.failedLogins = 0, s.lockedUntil = null where s.username = :username"
            + " and (s.failedLogins <> 0 or s.lockedUntil is not null)")
    int clearLoginFailures(String username);
}
