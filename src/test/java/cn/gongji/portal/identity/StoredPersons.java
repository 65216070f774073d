package cn.gongji.portal.identity;

import java.util.Optional;

import org.springframework.boot.test.context.TestComponent;

/**
 * Issue 13: what tests outside {@code identity} need of the person rows beyond {@link People} — a look-up by the raw
 * column value, so that a test can show that a malformed ID number (D1) was never stored. {@link PersonRepository}
 * itself stays inside this package.
 */
@TestComponent
public class StoredPersons {

    private final PersonRepository persons;

    StoredPersons(PersonRepository persons) {
        this.persons = persons;
    }

    /** The person stored under exactly this ID number, valid or not. */
    public Optional<Person> findByIdNumberValue(String idNumber) {
        return persons.findByIdNumberValue(idNumber);
    }

    public Optional<Person> findById(long personId) {
        return persons.findById(personId);
    }
}
