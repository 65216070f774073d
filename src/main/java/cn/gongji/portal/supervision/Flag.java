package cn.gongji.portal.supervision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A pattern worth review (D27). Never changed once raised: its resolution is a separate, append-only record, so a
 * resolved flag stays in history exactly as it was raised.
 */
@Entity
@Immutable
@Table(name = "flag")
public class Flag {

    /** Facts are stored language-neutral, joined with this; the view words them in the reader's language. */
    static final String FACT_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag_rule", nullable = false)
    private FlagRule rule;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** The person the flag is about: the sharer, or the patient of an impersonation attempt; null if unknown. */
    @Column(name = "person_id")
    private Long personId;

    /** The other person concerned (the recipient, the card holder), where known. */
    @Column(name = "other_person_id")
    private Long otherPersonId;

    @Column(name = "relation_id")
    private Long relationId;

    @Column(nullable = false)
    private String facts;

    protected Flag() {
    }

    Flag(FlagRule rule, Instant raisedAt, Long personId, Long otherPersonId, Long relationId, List<String> facts) {
        this.rule = rule;
        this.raisedAt = raisedAt;
        this.personId = personId;
        this.otherPersonId = otherPersonId;
        this.relationId = relationId;
        this.facts = String.join(FACT_SEPARATOR, facts);
    }

    public Long getId() {
        return id;
    }

    public FlagRule getRule() {
        return rule;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getOtherPersonId() {
        return otherPersonId;
    }

    public Long getRelationId() {
        return relationId;
    }

    /** The facts that raised it, in the order the rule's message expects them. */
    public List<String> facts() {
        return Arrays.asList(facts.split("\\" + FACT_SEPARATOR, -1));
    }
}
