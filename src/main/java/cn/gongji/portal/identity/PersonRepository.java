package cn.gongji.portal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Issue 13: package-private on purpose — other features come in through {@link People} (reading),
 * {@link Enrolments} (the registry's writes) and {@link SignInLocks} (the sign-in counters), never here.
 */
interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p where p.idNumber = :idNumber")
    Optional<Person> findByIdNumberValue(String idNumber);

    default Optional<Person> findByIdNumber(IdNumber idNumber) {
        return findByIdNumberValue(idNumber.value());
    }

    List<Person> findByPhone(String phone, Pageable page);

    List<Person> findByNameContaining(String name, Pageable page);

    /**
     * Sign-in (issue 11): one more wrong password, counted by the database itself so that two at the same moment
     * both count (the row lock of the UPDATE orders them). A count whose last failure ({@code lockedUntil}, the
     * moment the last delay ended) is older than {@code forgetBefore} starts again at one.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Person p set p.failedLogins = case when p.lockedUntil is not null and p.lockedUntil < :forgetBefore
                then 1 else p.failedLogins + 1 end
            where p.id = :id""")
    int countLoginFailure(long id, Instant forgetBefore);

    @Query("select p.failedLogins from Person p where p.id = :id")
    int loginFailures(long id);

    /** No sign-in attempt of this person is looked at before {@code notBefore}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Person p set p.lockedUntil = :notBefore where p.id = :id")
    int delaySignIn(long id, Instant notBefore);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Person p set p.failedLogins = 0, p.lockedUntil = null where p.id = :id"
            + " and (p.failedLogins <> 0 or p.lockedUntil is not null)")
    int clearLoginFailures(long id);
}
