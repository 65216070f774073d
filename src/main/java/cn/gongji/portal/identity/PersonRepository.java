package cn.gongji.portal.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p where p.idNumber = :idNumber")
    Optional<Person> findByIdNumberValue(String idNumber);

    default Optional<Person> findByIdNumber(IdNumber idNumber) {
        return findByIdNumberValue(idNumber.value());
    }

    List<Person> findByPhone(String phone, Pageable page);

    List<Person> findByNameContaining(String name, Pageable page);
}
