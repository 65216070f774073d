package cn.gongji.portal.identity;

import org.springframework.stereotype.Service;

/**
 * Issue 13: the one way a person comes into the portal — the registry's enrolment feed (D22) and the demo data. An
 * existing enrolment changes through the managed {@link Person} itself ({@link Person#updateEnrolment},
 * {@link Person#issuePassword}) in the caller's transaction, which also decides what the change means (D5, D22).
 */
@Service
public class Enrolments {

    private final PersonRepository persons;

    Enrolments(PersonRepository persons) {
        this.persons = persons;
    }

    /** Stores a new person, written at once in the caller's transaction; the ID number is unique (D1). */
    public Person enrol(Person person) {
        return persons.saveAndFlush(person);
    }
}
