package cn.gongji.portal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * Issue 13: the read side of persons, the one way every other feature looks a person up. Each method is one query
 * and joins the caller's transaction (it opens none of its own), so a {@link Person} it returns stays managed there:
 * the wallet's opening, a password's change and the registry's update still change the row when the caller commits.
 * Other people are shown masked as D2 says ({@link #maskedName}, {@link #maskedNames}, {@link #maskedIdNumber}).
 */
@Service
public class People {

    private final PersonRepository persons;

    People(PersonRepository persons) {
        this.persons = persons;
    }

    public Optional<Person> find(long personId) {
        return persons.findById(personId);
    }

    /** @throws RefusedException PERSON_NOT_FOUND */
    public Person require(long personId) {
        return persons.findById(personId).orElseThrow(() -> new RefusedException(Refusal.PERSON_NOT_FOUND));
    }

    /** D1: the person with this resident ID number, if enrolled. */
    public Optional<Person> find(IdNumber idNumber) {
        return persons.findByIdNumber(idNumber);
    }

    /** @throws RefusedException PERSON_NOT_FOUND */
    public Person require(IdNumber idNumber) {
        return persons.findByIdNumber(idNumber).orElseThrow(() -> new RefusedException(Refusal.PERSON_NOT_FOUND));
    }

    /** D2: how another person is named to the viewer (张*明); an unknown one is {@code *}. */
    public String maskedName(long personId) {
        return persons.findById(personId).map(Person::maskedName).orElse(Masking.name(null));
    }

    /** D2: the masked names of these persons, in one query; an unknown id has no entry. */
    public Map<Long, String> maskedNames(Collection<Long> personIds) {
        return persons.findAllById(personIds).stream().collect(Collectors.toMap(Person::getId, Person::maskedName));
    }

    /** D2: another person's ID number as the viewer may see it ({@code 4101**********0134}). */
    public String maskedIdNumber(long personId) {
        return persons.findById(personId).map(p -> p.idNumber().masked()).orElse(Masking.idNumber(null));
    }

    /** An agent's search (D26): the persons with exactly this phone number, a page of them. */
    public List<Person> withPhone(String phone, Pageable page) {
        return persons.findByPhone(phone, page);
    }

    /** An agent's search (D26): the persons whose name contains this part, a page of them. */
    public List<Person> withNameContaining(String namePart, Pageable page) {
        return persons.findByNameContaining(namePart, page);
    }

    public long count() {
        return persons.count();
    }
}
