package cn.gongji.portal.family;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.KinshipScope;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionPolicies;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Parties;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * What sharers and recipients do with relations: bind (D3, D4, D5, D6, D7), request and confirm or decline (D8),
 * dissolve (D21), and the registry's automatic dissolution (D22). Each refusal names exactly one reason (P4).
 */
@Service
@Transactional
public class FamilyService {

    private static final EnumSet<RelationStatus> OPEN = EnumSet.of(RelationStatus.PENDING, RelationStatus.LIVE);

    private final RelationRepository relations;
    private final CommitmentRepository commitments;
    private final People people;
    private final RegionPolicies policies;
    private final CommitmentLetter letter;
    private final LedgerService ledger;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VerbalCommitmentRepository verbals;
    private final Duration verbalValidFor;

    FamilyService(RelationRepository relations, CommitmentRepository commitments, People people,
                  RegionPolicies policies, CommitmentLetter letter, LedgerService ledger,
                  NotificationService notifications, ApplicationEventPublisher events, Clock clock,
                  VerbalCommitmentRepository verbals,
                  @Value("${portal.family.verbal-commitment-valid-for:P7D}") Duration verbalValidFor) {
        this.verbals = verbals;
        this.verbalValidFor = verbalValidFor;
        this.relations = relations;
        this.commitments = commitments;
        this.people = people;
        this.policies = policies;
        this.letter = letter;
        this.ledger = ledger;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The sharer binds a relative, signing the commitment letter (D7). The relation is live at once.
     *
     * @param letterAccepted whether the sharer ticked that he accepts the letter shown to him in full
     */
    public Relation bind(long sharerId, String recipientIdNumber, Kinship kinship, boolean letterAccepted,
                         Actor actor) {
        Binding binding = binding(sharerId, recipientIdNumber, letterAccepted);
        return bindChecked(binding.sharer(), binding.recipient(), kinship, actor, null);
    }

    /** The two persons of a binding the sharer asks for, before the rules of the pair ({@link #checkPair}). */
    private record Binding(Person sharer, Person recipient) {
    }

    /**
     * D7, D5: what a binding by the sharer needs before the pair is looked at — the letter accepted (or, on the phone,
     * the relation declared), the sharer an active employee, and the relative named by ID number (D1) insured and not
     * the sharer himself. The one place for these checks, both for {@link #bind} and for
     * {@link #recordVerbalCommitment}; their order is the order of the refusals a caller hears.
     */
    private Binding binding(long sharerId, String recipientIdNumber, boolean letterAccepted) {
        refuseWithoutLetter(letterAccepted);
        Person sharer = person(sharerId);
        requireSharer(sharer);
        IdNumber recipientId = IdNumber.parse(recipientIdNumber);
        if (recipientId.equals(sharer.idNumber())) {
            throw new RefusedException(Refusal.SAME_PERSON);
        }
        Person recipient = people.find(recipientId)
                .orElseThrow(() -> new RefusedException(Refusal.RECIPIENT_NOT_INSURED));
        return new Binding(sharer, recipient);
    }

    /** D3, D4, D5, D6, D7, D10 for an active employee sharer: a live relation, signed, recorded and told. */
    private Relation bindChecked(Person sharer, Person recipient, Kinship kinship, Actor actor, Long verbalId) {
        checkPair(sharer, recipient, kinship);
        Relation relation = save(new Relation(sharer.getId(), recipient.getId(), kinship,
                SharingMode.between(sharer.region(), recipient.region()), Initiator.SHARER, now()));
        sign(relation, sharer, actor, verbalId);
        ledger.record(LedgerKind.RELATION_BOUND, parties(relation), actor, null);
        events.publishEvent(RelationStarted.of(relation));
        notifications.notify(recipient.getId(), NotificationKind.RELATION_BOUND, sharer.getId(), relation.getId(),
                null, null);
        return relation;
    }

    /** D8: the recipient asks a sharer, where the sharer's region allows it. Pending until the sharer acts. */
    public Relation request(long recipientId, String sharerIdNumber, Kinship kinship, Actor actor) {
        Person recipient = person(recipientId);
        if (!recipient.isActive()) {
            throw new RefusedException(Refusal.RECIPIENT_INSURANCE_ENDED);
        }
        IdNumber sharerId = IdNumber.parse(sharerIdNumber);
        if (sharerId.equals(recipient.idNumber())) {
            throw new RefusedException(Refusal.SAME_PERSON);
        }
        Person sharer = people.find(sharerId)
                .orElseThrow(() -> new RefusedException(Refusal.SHARER_NOT_EMPLOYEE_INSURED));
        requireSharer(sharer);
        if (!policies.of(sharer.region()).recipientMayInitiate()) {
            throw new RefusedException(Refusal.RECIPIENT_CANNOT_INITIATE);
        }
        checkPair(sharer, recipient, kinship);

        Relation relation = save(new Relation(sharer.getId(), recipient.getId(), kinship,
                SharingMode.between(sharer.region(), recipient.region()), Initiator.RECIPIENT, now()));
        ledger.record(LedgerKind.RELATION_REQUESTED, parties(relation), actor, null);
        notifications.notify(sharer.getId(), NotificationKind.RELATION_REQUESTED, recipient.getId(),
                relation.getId(), null, null);
        return relation;
    }

    /** D8: only the sharer confirms a pending request, and only by signing the letter. The rules are checked again. */
    public Relation confirm(long sharerId, long relationId, boolean letterAccepted, Actor actor) {
        Relation relation = lockedFor(sharerId, relationId);
        if (relation.getSharerId() != sharerId) {
            throw new RefusedException(Refusal.NOT_THE_SHARER);
        }
        if (relation.getStatus() != RelationStatus.PENDING) {
            throw new RefusedException(Refusal.RELATION_NOT_PENDING);
        }
        refuseWithoutLetter(letterAccepted);
        Person sharer = person(sharerId);
        Person recipient = person(relation.getRecipientId());
        requireSharer(sharer);
        checkEligibility(sharer, recipient, relation.getKinship());
        relation.confirm(now());
        sign(relation, sharer, actor, null);
        ledger.record(LedgerKind.RELATION_CONFIRMED, parties(relation), actor, null);
        events.publishEvent(RelationStarted.of(relation));
        notifications.notify(recipient.getId(), NotificationKind.RELATION_CONFIRMED, sharerId, relationId, null,
                null);
        return relation;
    }

    /** D8: the sharer declines a pending request. */
    public Relation decline(long sharerId, long relationId, Actor actor) {
        Relation relation = lockedFor(sharerId, relationId);
        if (relation.getSharerId() != sharerId) {
            throw new RefusedException(Refusal.NOT_THE_SHARER);
        }
        if (relation.getStatus() != RelationStatus.PENDING) {
            throw new RefusedException(Refusal.RELATION_NOT_PENDING);
        }
        relation.end(RelationStatus.DECLINED, EndReason.DECLINED_BY_SHARER, now());
        ledger.record(LedgerKind.RELATION_DECLINED, parties(relation), actor, EndReason.DECLINED_BY_SHARER.name());
        notifications.notify(relation.getRecipientId(), NotificationKind.RELATION_DECLINED, sharerId, relationId,
                null, EndReason.DECLINED_BY_SHARER.name());
        return relation;
    }

    /** D21: either party ends a relation at any time; unused quota returns to the sharer at once. */
    public Relation dissolve(long personId, long relationId, Actor actor) {
        Relation relation = lockedFor(personId, relationId);
        if (!relation.getStatus().isOpen()) {
            throw new RefusedException(Refusal.RELATION_NOT_LIVE);
        }
        EndReason reason = relation.getSharerId() == personId ? EndReason.DISSOLVED_BY_SHARER
                : relation.isLive() ? EndReason.DISSOLVED_BY_RECIPIENT : EndReason.WITHDRAWN_BY_RECIPIENT;
        end(relation, reason, actor);
        notifications.notify(relation.otherParty(personId), NotificationKind.RELATION_DISSOLVED, personId, relationId,
                null, reason.name());
        return relation;
    }

    /**
     * D22: the registry reports that a person's insurance ended or moved, or that he left the employee scheme;
     * every open relation he is party to ends now, in the caller's transaction, and both sides are told.
     *
     * @param asSharer    the reason for relations where he is the sharer, or {@code null} to keep those
     * @param asRecipient the reason for relations where he is the recipient, or {@code null} to keep those
     * @return how many relations ended
     */
    public int dissolveAllOf(long personId, EndReason asSharer, EndReason asRecipient, Actor actor) {
        int ended = 0;
        for (Relation relation : relations.findOpenOfPersonLocked(personId, OPEN)) {
            EndReason reason = relation.getSharerId() == personId ? asSharer : asRecipient;
            if (reason == null) {
                continue;
            }
            end(relation, reason, actor);
            for (long party : new long[] {relation.getSharerId(), relation.getRecipientId()}) {
                notifications.notify(party, NotificationKind.RELATION_DISSOLVED, relation.otherParty(party),
                        relation.getId(), null, reason.name());
            }
            ended++;
        }
        return ended;
    }

    /**
     * P1: the recipient sets the order in which his sharers' money is used, as relation ids, first first. Live
     * relations not listed keep D17's default order after the listed ones; an empty list restores the default.
     */
    public void setOrderOfUse(long recipientId, List<Long> relationIdsFirstFirst) {
        List<Relation> live = relations.findByRecipientIdAndStatusIn(recipientId, EnumSet.of(RelationStatus.LIVE));
        for (Long id : relationIdsFirstFirst) {
            if (live.stream().noneMatch(r -> r.getId().equals(id))) {
                throw new RefusedException(Refusal.RELATION_NOT_FOUND);
            }
        }
        for (Relation relation : live) {
            int index = relationIdsFirstFirst.indexOf(relation.getId());
            relation.setRecipientOrder(index < 0 ? null : index + 1);
        }
    }

    /**
     * D7, issue 12: a call-centre agent records what the sharer declared on the phone — this relative, this kinship —
     * as a pending proposal that moves no money and creates no relation. The rules of a binding (D3, D4, D5, D6, D10's
     * recipient wallet) are checked now so that the caller hears at once what would be refused; they are all checked
     * again when he confirms. At most one pending proposal per pair; it expires after
     * {@code portal.family.verbal-commitment-valid-for} (7 days).
     *
     * @param identityCheckId the passed identity check of this call the agent relied on
     * @param declared        whether the caller declared on the phone that the stated relation is true
     */
    public VerbalCommitment recordVerbalCommitment(long sharerId, String recipientIdNumber, Kinship kinship,
                                                   boolean declared, long identityCheckId, Actor actor) {
        if (actor.channel() != Channel.CALL_CENTRE || actor.agent() == null) {
            throw new IllegalArgumentException("a verbal commitment is recorded by a call-centre agent");
        }
        Binding binding = binding(sharerId, recipientIdNumber, declared);
        Person recipient = binding.recipient();
        checkPair(binding.sharer(), recipient, kinship);
        Instant now = now();
        Optional<VerbalCommitment> earlier = verbals.findPendingLocked(Pairing.pairKey(sharerId,
                recipient.getId()));
        if (earlier.isPresent()) {
            if (earlier.get().isPendingAt(now)) {
                throw new RefusedException(Refusal.VERBAL_COMMITMENT_PENDING);
            }
            expire(earlier.get());
        }
        try {
            return verbals.save(new VerbalCommitment(sharerId, recipient.getId(), kinship, now,
                    now.plus(verbalValidFor), actor.agent(), actor.reason(), identityCheckId, letter.version()));
        } catch (DataIntegrityViolationException e) {
            // The same declaration recorded twice at the same moment: the unique pending-pair key let one through.
            throw new RefusedException(Refusal.VERBAL_COMMITMENT_PENDING);
        }
    }

    /**
     * D7, issue 12: the sharer himself confirms what he declared on the phone and signs the letter — online
     * ({@link Actor#citizen}, channel ONLINE) or at a service hall (an agent, channel SERVICE_HALL, the letter signed
     * there). Every rule of a binding (D3, D4, D5, D6, D10) is checked again now; the relation is live from here on,
     * and its signature names the verbal commitment. A telephone cannot confirm: that is the point.
     */
    public Relation confirmVerbalCommitment(long sharerId, long verbalId, boolean letterAccepted, Actor actor) {
        if (actor.channel() != Channel.ONLINE && actor.channel() != Channel.SERVICE_HALL) {
            throw new IllegalArgumentException("a verbal commitment is confirmed online or at the service hall");
        }
        VerbalCommitment verbal = pendingVerbalFor(sharerId, verbalId);
        refuseWithoutLetter(letterAccepted);
        Person sharer = person(sharerId);
        requireSharer(sharer);
        Relation relation = bindChecked(sharer, person(verbal.getRecipientId()), verbal.getKinship(), actor,
                verbal.getId());
        verbal.resolve(VerbalCommitmentStatus.CONFIRMED, now(), actor.channel(), actor.agent(), relation.getId());
        return relation;
    }

    /** Issue 12: the sharer says no to what was recorded on the phone, online or at the hall. Nothing else changes. */
    public VerbalCommitment declineVerbalCommitment(long sharerId, long verbalId, Actor actor) {
        VerbalCommitment verbal = pendingVerbalFor(sharerId, verbalId);
        verbal.resolve(VerbalCommitmentStatus.DECLINED, now(), actor.channel(), actor.agent(), null);
        return verbal;
    }

    /** Issue 12: the sharer's verbal commitments that he can still confirm, oldest first. */
    @Transactional(readOnly = true)
    public List<VerbalCommitment> pendingVerbalCommitments(long sharerId) {
        return verbals.findBySharerIdAndStatusAndExpiresAtGreaterThanOrderByIdAsc(sharerId,
                VerbalCommitmentStatus.PENDING, now());
    }

    /** Issue 12: every verbal commitment of the sharer, newest first (for the agent's case). */
    @Transactional(readOnly = true)
    public List<VerbalCommitment> verbalCommitmentsOf(long sharerId) {
        return verbals.findBySharerIdOrderByIdDesc(sharerId);
    }

    /** Issue 12: a verbal commitment, e.g. the one a signature confirmed. */
    @Transactional(readOnly = true)
    public Optional<VerbalCommitment> verbalCommitment(long verbalId) {
        return verbals.findById(verbalId);
    }

    /**
     * Issue 12: marks verbal commitments past their period as expired (the screens already treat them so). Each in
     * the job's one transaction under its row lock; a second node finds them resolved and does nothing.
     *
     * @return how many expired now
     */
    @Scheduled(fixedDelayString = "${portal.quota-expiry-interval:PT5M}", initialDelayString = "PT20S")
    public int expireVerbalCommitments() {
        Instant now = now();
        int expired = 0;
        for (long id : verbals.findDueIds(now)) {
            VerbalCommitment verbal = verbals.findLocked(id).orElseThrow();
            if (verbal.getStatus() == VerbalCommitmentStatus.PENDING && !now.isBefore(verbal.getExpiresAt())) {
                expire(verbal);
                expired++;
            }
        }
        return expired;
    }

    private void expire(VerbalCommitment verbal) {
        verbal.resolve(VerbalCommitmentStatus.EXPIRED, verbal.getExpiresAt(), Channel.SYSTEM, null, null);
        // Flushed now: a new proposal for the same pair may be inserted next, under the same unique pending key.
        verbals.saveAndFlush(verbal);
    }

    /** The sharer's own verbal commitment, locked, if it can still be confirmed or declined. */
    private VerbalCommitment pendingVerbalFor(long sharerId, long verbalId) {
        VerbalCommitment verbal = verbals.findLocked(verbalId)
                .filter(v -> v.getSharerId() == sharerId)
                .orElseThrow(() -> new RefusedException(Refusal.RELATION_NOT_FOUND));
        if (verbal.getStatus() != VerbalCommitmentStatus.PENDING) {
            throw new RefusedException(Refusal.VERBAL_COMMITMENT_NOT_PENDING);
        }
        if (!verbal.isPendingAt(now())) {
            throw new RefusedException(Refusal.VERBAL_COMMITMENT_EXPIRED);
        }
        return verbal;
    }

    /** The relation if {@code viewerId} is one of its parties; anyone else is told it does not exist. */
    @Transactional(readOnly = true)
    public Relation relationFor(long viewerId, long relationId) {
        return relations.findById(relationId)
                .filter(r -> r.hasParty(viewerId))
                .orElseThrow(() -> new RefusedException(Refusal.RELATION_NOT_FOUND));
    }

    /** For services acting on a relation they already know the parties of (wallet, settlement). */
    @Transactional(readOnly = true)
    public Optional<Relation> find(long relationId) {
        return relations.findById(relationId);
    }

    /** Locks a relation row so that a grant and a dissolution of it cannot interleave. */
    public Relation lock(long relationId) {
        return relations.findLocked(relationId).orElseThrow(() -> new RefusedException(Refusal.RELATION_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public List<Relation> asSharer(long personId) {
        return relations.findBySharerIdOrderByRequestedAtDesc(personId);
    }

    @Transactional(readOnly = true)
    public List<Relation> asRecipient(long personId) {
        return relations.findByRecipientIdOrderByRequestedAtDesc(personId);
    }

    @Transactional(readOnly = true)
    public List<Relation> liveAsRecipient(long personId) {
        return relations.findByRecipientIdAndStatus(personId, RelationStatus.LIVE);
    }

    @Transactional(readOnly = true)
    public List<Relation> liveAsSharer(long personId) {
        return relations.findBySharerIdAndStatus(personId, RelationStatus.LIVE);
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> commitmentOf(long relationId) {
        return commitments.findFirstByRelationIdOrderByIdDesc(relationId);
    }

    /** D2: how another person is named to the viewer (张*明), e.g. in a notification about a relative. */
    @Transactional(readOnly = true)
    public String maskedNameOf(long personId) {
        return people.maskedName(personId);
    }

    /** D2: another person's ID number as the viewer may see it ({@code 4101**********0134}). */
    @Transactional(readOnly = true)
    public String maskedIdNumberOf(long personId) {
        return people.maskedIdNumber(personId);
    }

    /** P6: the relation's events, oldest first, for one of its parties. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> timeline(long viewerId, long relationId) {
        relationFor(viewerId, relationId);
        return ledger.timeline(relationId);
    }

    private void checkPair(Person sharer, Person recipient, Kinship kinship) {
        checkEligibility(sharer, recipient, kinship);
        if (relations.existsOpen(sharer.getId(), recipient.getId(), OPEN)) {
            throw new RefusedException(Refusal.ALREADY_BOUND);
        }
        // D10: across provinces the recipient spends through his own wallet, which only he can open.
        if (SharingMode.between(sharer.region(), recipient.region()) == SharingMode.WALLET
                && !recipient.isWalletOpen()) {
            throw new RefusedException(Refusal.RECIPIENT_WALLET_NOT_OPENED);
        }
    }

    /** D3, D4, D5 for a sharer already known to be an active employee. */
    private void checkEligibility(Person sharer, Person recipient, Kinship kinship) {
        if (!recipient.isActive()) {
            throw new RefusedException(Refusal.RECIPIENT_INSURANCE_ENDED);
        }
        if (isSpousesParent(sharer.getId(), recipient.getId())) {
            throw new RefusedException(Refusal.KINSHIP_NOT_ELIGIBLE);
        }
        boolean sameProvince = sharer.region().sameProvinceAs(recipient.region());
        if (sameProvince && policies.of(sharer.region()).scope() == KinshipScope.SCOPE_2021
                && !Kinship.SCOPE_2021.contains(kinship)) {
            throw new RefusedException(Refusal.KINSHIP_OUTSIDE_REGION_SCOPE);
        }
    }

    /** D3: the records show the recipient is a parent of someone who is the sharer's live spouse. */
    private boolean isSpousesParent(long sharerId, long recipientId) {
        return Stream.concat(relations.childrenBindingAsParent(recipientId).stream(),
                        relations.childrenBoundAsChild(recipientId).stream())
                .anyMatch(child -> child != sharerId && relations.areLiveSpouses(sharerId, child));
    }

    private static void requireSharer(Person sharer) {
        if (!sharer.isActive()) {
            throw new RefusedException(Refusal.SHARER_INSURANCE_ENDED);
        }
        if (!sharer.isActiveEmployee()) {
            throw new RefusedException(Refusal.SHARER_NOT_EMPLOYEE_INSURED);
        }
    }

    private static void refuseWithoutLetter(boolean letterAccepted) {
        if (!letterAccepted) {
            throw new RefusedException(Refusal.COMMITMENT_NOT_ACCEPTED);
        }
    }

    private void end(Relation relation, EndReason reason, Actor actor) {
        boolean wasLive = relation.isLive();
        relation.end(RelationStatus.DISSOLVED, reason, now());
        relations.flush();
        ledger.record(LedgerKind.RELATION_DISSOLVED, parties(relation), actor, reason.name());
        if (wasLive) {
            events.publishEvent(new RelationEnded(relation.getId(), relation.getSharerId(),
                    relation.getRecipientId(), reason, actor));
        }
    }

    private void sign(Relation relation, Person signer, Actor actor, Long verbalId) {
        commitments.save(new Commitment(relation.getId(), signer.getId(), now(), letter.version(),
                letter.textHash(), actor.channel(), actor.agent(), actor.reason(), verbalId));
    }

    private Relation save(Relation relation) {
        try {
            return relations.saveAndFlush(relation);
        } catch (DataIntegrityViolationException e) {
            // Two requests for the same pair at the same moment: the unique open-pair key let one through (D6).
            throw new RefusedException(Refusal.ALREADY_BOUND);
        }
    }

    private Relation lockedFor(long personId, long relationId) {
        return relations.findLocked(relationId)
                .filter(r -> r.hasParty(personId))
                .orElseThrow(() -> new RefusedException(Refusal.RELATION_NOT_FOUND));
    }

    private Person person(long id) {
        return people.require(id);
    }

    private static Parties parties(Relation relation) {
        return Parties.relation(relation.getSharerId(), relation.getRecipientId(), relation.getId());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
