package cn.gongji.portal.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.family.VerbalCommitment;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.Notification;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.security.CurrentStaff;
import cn.gongji.portal.security.StaffCoSign;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.CounterActionTaken;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.supervision.FlagService;
import cn.gongji.portal.wallet.WalletService;

/**
 * What agents do (D26, D7, D25): find a case for a stated reason, open it — logged — and act for the citizen at the
 * counter. Every method needs the agent role (supervisors hold it too); the access log is for supervisors only.
 *
 * <p>Reading a case's data or acting on it needs an opening of that case by the same agent within
 * {@code portal.casework.opening-valid-for}: so no service call can read a case without the opening being logged.
 *
 * <p>Counter actions are taken in the service hall (channel SERVICE_HALL): the commitment letter is signed there on
 * paper (D7). Each goes through the same family and wallet services as the citizen's own action, with
 * {@link Actor#agentFor} so the ledger names the agent and the channel, and is also recorded as a
 * {@link CounterAction} with the agent's reason. There is deliberately no way here to spend money or settle a bill.
 */
@Service
@Transactional
@PreAuthorize(CurrentStaff.AGENT)
public class CaseworkService {

    /** The reason column holds 500 characters. */
    static final int MAX_REASON = 500;
    /** A search shows at most this many matches; a narrower query finds the rest. */
    static final int MAX_MATCHES = 20;
    /** The case shows the latest notifications; older ones stay in the person's own list. */
    static final int LATEST_NOTIFICATIONS = 30;

    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private final People people;
    private final FamilyService family;
    private final WalletService wallet;
    private final LedgerService ledger;
    private final NotificationService notifications;
    private final FlagService flags;
    private final CaseAccessRepository accesses;
    private final CounterActionRepository actions;
    private final StaffCoSign coSigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration openingValidFor;
    private final Money coSignAbove;
    private final Duration phoneCheckValidFor;

    CaseworkService(People people, FamilyService family, WalletService wallet, LedgerService ledger,
                    NotificationService notifications, FlagService flags, CaseAccessRepository accesses,
                    CounterActionRepository actions, StaffCoSign coSigns, ApplicationEventPublisher events,
                    Clock clock, @Value("${portal.casework.opening-valid-for:PT8H}") Duration openingValidFor,
                    @Value("${portal.casework.co-sign-above:1000.00}") String coSignAbove,
                    @Value("${portal.casework.phone-check-valid-for:PT30M}") Duration phoneCheckValidFor) {
        this.phoneCheckValidFor = phoneCheckValidFor;
        this.people = people;
        this.family = family;
        this.wallet = wallet;
        this.ledger = ledger;
        this.notifications = notifications;
        this.flags = flags;
        this.accesses = accesses;
        this.actions = actions;
        this.clock = clock;
        this.openingValidFor = openingValidFor;
        this.coSigns = coSigns;
        this.events = events;
        this.coSignAbove = Money.of(coSignAbove);
    }

    /**
     * Finds people by ID number (exact), phone (exact) or name (part of it), for a stated reason. Results are masked
     * (D2); only opening one shows the person in full, and that is logged.
     */
    @Transactional(readOnly = true)
    public List<CaseMatch> search(String query, String reason) {
        requireReason(reason);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new RefusedException(Refusal.CASE_QUERY_REQUIRED);
        }
        Pageable first = PageRequest.of(0, MAX_MATCHES, Sort.by("name", "id"));
        List<Person> found;
        if (q.matches("[0-9]{17}[0-9xX]")) {
            found = people.find(IdNumber.parse(q)).stream().toList();
        } else if (q.matches("[0-9]{17}.*|[0-9]{15,}")) {
            // Looks like a mistyped ID number: say so rather than finding nobody.
            throw new RefusedException(Refusal.INVALID_ID_NUMBER);
        } else if (q.matches("\\+?[0-9][0-9 -]{4,19}")) {
            found = people.withPhone(q.replaceAll("[ -]", "").replaceFirst("^\\+86", ""), first);
        } else {
            found = people.withNameContaining(q, first);
        }
        return found.stream().map(CaseMatch::of).toList();
    }

    /** D26: opens a person's case, logging who, whom, when and why first. */
    public CaseFile open(String idNumber, String reason) {
        String why = requireReason(reason);
        Person person = people.require(IdNumber.parse(idNumber));
        accesses.save(new CaseAccess(now(), CurrentStaff.username(), person.getId(), why));
        return caseFile(person);
    }

    /** The case again after a counter action, for the agent who opened it (no new opening is logged). */
    @Transactional(readOnly = true)
    public CaseFile reload(long personId) {
        return caseFile(opened(personId));
    }

    /** The person's ledger, newest first, with the other party of each relation masked (D2). */
    @Transactional(readOnly = true)
    public Page<LedgerLine> ledger(long personId, Pageable page) {
        opened(personId);
        return ledger.history(personId, Instant.EPOCH, FAR_FUTURE, EnumSet.allOf(LedgerKind.class), page)
                .map(entry -> new LedgerLine(entry, counterparty(personId, entry)));
    }

    /** P6: a relation's events, with actor, channel, agent and reason, for a relation of the case's person. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> timeline(long personId, long relationId) {
        opened(personId);
        return family.timeline(personId, relationId);
    }

    /** Check your answers before binding: who the relative is (masked) and how they will share. */
    @Transactional(readOnly = true)
    public BindPreview previewBind(long sharerId, String recipientIdNumber) {
        Person sharer = opened(sharerId);
        IdNumber id = IdNumber.parse(recipientIdNumber);
        Person recipient = people.find(id)
                .orElseThrow(() -> new RefusedException(Refusal.RECIPIENT_NOT_INSURED));
        return new BindPreview(recipient.maskedName(), id.masked(),
                SharingMode.between(sharer.region(), recipient.region()));
    }

    /**
     * D7: binds a relative for the sharer at the counter; the sharer signed the commitment letter in the hall, which
     * the agent confirms with {@code letterSignedInHall}. All of D3, D4, D5, D6 apply as online.
     */
    public Relation bind(long sharerId, String recipientIdNumber, Kinship kinship, boolean letterSignedInHall,
                         String reason) {
        String why = requireReason(reason);
        opened(sharerId);
        Relation relation = family.bind(sharerId, recipientIdNumber, kinship, letterSignedInHall,
                actor(sharerId, why));
        record(sharerId, CounterActionKind.BIND, relation.getId(), null, why, null);
        return relation;
    }

    /** Whether a counter grant of this amount needs a second staff member's co-signature (maker–checker). */
    @Transactional(readOnly = true)
    public boolean needsCoSign(Money amount) {
        return amount != null && amount.compareTo(coSignAbove) > 0;
    }

    /**
     * D10, D11: grants a quota from the sharer's own account, for the sharer. Above
     * {@code portal.casework.co-sign-above} a second staff member co-signs on the agent's screen ({@code coSign});
     * without a valid co-signature nothing is granted.
     */
    public void grant(long sharerId, long relationId, Money amount, String reason, CoSign coSign) {
        String why = requireReason(reason);
        opened(sharerId);
        String checker = null;
        if (needsCoSign(amount)) {
            if (coSign == null || coSign.isEmpty()) {
                throw new RefusedException(Refusal.CO_SIGN_REQUIRED);
            }
            checker = coSigns.checker(coSign.username(), coSign.password())
                    .orElseThrow(() -> new RefusedException(Refusal.CO_SIGN_INVALID));
        }
        wallet.grantQuota(sharerId, relationId, amount, null, actor(sharerId, why));
        record(sharerId, CounterActionKind.GRANT, relationId, amount, why, checker);
    }

    /** D10: takes back unused quota, for the sharer. */
    public void revoke(long sharerId, long relationId, Money amount, String reason) {
        String why = requireReason(reason);
        opened(sharerId);
        wallet.revokeQuota(sharerId, relationId, amount, actor(sharerId, why));
        record(sharerId, CounterActionKind.REVOKE, relationId, amount, why, null);
    }

    /** D21: ends a relation for either of its parties. */
    public void dissolve(long personId, long relationId, String reason) {
        String why = requireReason(reason);
        opened(personId);
        family.dissolve(personId, relationId, actor(personId, why));
        record(personId, CounterActionKind.DISSOLVE, relationId, null, why, null);
    }

    /** D10: opens the person's wallet. */
    public void openWallet(long personId, String reason) {
        String why = requireReason(reason);
        opened(personId);
        wallet.openWallet(personId, actor(personId, why));
        record(personId, CounterActionKind.OPEN_WALLET, null, null, why, null);
    }

    // ---------- issue 12: the call-centre channel (D7) ----------

    /**
     * Issue 12: records the agent's identity check of a caller who says he is the case's person — which checks he
     * passed, by this agent, now, with the reason for the call — passed or not (failed checks are kept for
     * supervisors). A telephone action needs the latest check of this agent on this person to have passed within
     * {@code portal.casework.phone-check-valid-for} (30 minutes, one call).
     */
    public PhoneIdentity checkCallerIdentity(long personId, Set<PhoneCheck> passed, String reason) {
        String why = requireReason(reason);
        Person person = opened(personId);
        Set<PhoneCheck> checks = passed == null || passed.isEmpty() ? EnumSet.noneOf(PhoneCheck.class)
                : EnumSet.copyOf(passed);
        if (checks.contains(PhoneCheck.REGISTERED_PHONE) && (person.getPhone() == null || person.getPhone().isBlank())) {
            // No number is registered, so a call cannot come from it.
            throw new RefusedException(Refusal.INVALID_REQUEST);
        }
        boolean enough = PhoneCheck.suffice(checks);
        CounterAction check = actions.save(new CounterAction(now(), CurrentStaff.username(), personId,
                enough ? CounterActionKind.IDENTITY_CHECKED : CounterActionKind.IDENTITY_FAILED, Channel.CALL_CENTRE,
                null, null, why, checks.stream().map(Enum::name).collect(Collectors.joining(",")), null, null));
        return identity(check);
    }

    /** Issue 12: the latest identity check of a caller on this case by the signed-in agent, within the call's window. */
    @Transactional(readOnly = true)
    public Optional<PhoneIdentity> callerIdentity(long personId) {
        opened(personId);
        return latestCheck(personId).map(CaseworkService::identity);
    }

    /** Issue 12, D10: takes back unused quota for the sharer on the phone, after a passed identity check. */
    public void revokeByPhone(long sharerId, long relationId, Money amount, String reason) {
        String why = requireReason(reason);
        opened(sharerId);
        long check = requirePassedCheck(sharerId);
        wallet.revokeQuota(sharerId, relationId, amount, phoneActor(sharerId, why));
        recordByPhone(sharerId, CounterActionKind.REVOKE, relationId, amount, why, check, null);
    }

    /** Issue 12, D21: ends a relation for either party on the phone, after a passed identity check. */
    public void dissolveByPhone(long personId, long relationId, String reason) {
        String why = requireReason(reason);
        opened(personId);
        long check = requirePassedCheck(personId);
        family.dissolve(personId, relationId, phoneActor(personId, why));
        recordByPhone(personId, CounterActionKind.DISSOLVE, relationId, null, why, check, null);
    }

    /**
     * Issue 12, D7: records the sharer's spoken declaration (this relative, this kinship) after a passed identity
     * check, as a pending proposal. It moves no money and creates no relation; the sharer is told and confirms it
     * himself online or at a service hall. Grants are never offered on the phone: they give money to a person.
     */
    public VerbalCommitment recordVerbalCommitment(long sharerId, String recipientIdNumber, Kinship kinship,
                                                   boolean declared, String reason) {
        String why = requireReason(reason);
        opened(sharerId);
        long check = requirePassedCheck(sharerId);
        VerbalCommitment verbal = family.recordVerbalCommitment(sharerId, recipientIdNumber, kinship, declared, check,
                phoneActor(sharerId, why));
        recordByPhone(sharerId, CounterActionKind.VERBAL_BIND, null, null, why, check, verbal);
        return verbal;
    }

    /** Issue 12: the sharer's verbal commitments on his case, newest first, relatives masked (D2). */
    @Transactional(readOnly = true)
    public List<VerbalLine> verbalCommitments(long sharerId) {
        opened(sharerId);
        Instant now = now();
        return family.verbalCommitmentsOf(sharerId).stream().map(v -> {
            Person relative = people.find(v.getRecipientId()).orElseThrow();
            return new VerbalLine(v.getId(), relative.maskedName(), relative.idNumber().masked(), v.getKinship(),
                    v.getRecordedAt(), v.getExpiresAt(), v.getAgent(), v.statusAt(now), v.getResolvedChannel(),
                    v.getRelationId());
        }).toList();
    }

    /**
     * Issue 12, D7: the sharer at the service hall confirms what he declared on the phone, signing the letter in the
     * hall; every rule of a binding is checked again. Recorded as a counter BIND at SERVICE_HALL naming the verbal
     * commitment.
     */
    public Relation confirmVerbalAtHall(long sharerId, long verbalId, boolean letterSignedInHall, String reason) {
        String why = requireReason(reason);
        opened(sharerId);
        Relation relation = family.confirmVerbalCommitment(sharerId, verbalId, letterSignedInHall,
                actor(sharerId, why));
        record(new CounterAction(now(), CurrentStaff.username(), sharerId, CounterActionKind.BIND,
                Channel.SERVICE_HALL, relation.getId(), null, why, null, null, verbalId), relation.getRecipientId());
        return relation;
    }

    private long requirePassedCheck(long personId) {
        return latestCheck(personId).filter(c -> c.getKind() == CounterActionKind.IDENTITY_CHECKED)
                .map(CounterAction::getId)
                .orElseThrow(() -> new RefusedException(Refusal.PHONE_IDENTITY_NOT_CHECKED));
    }

    private Optional<CounterAction> latestCheck(long personId) {
        return actions.findFirstByAgentAndPersonIdAndKindInAndActedAtGreaterThanEqualOrderByIdDesc(
                CurrentStaff.username(), personId,
                EnumSet.of(CounterActionKind.IDENTITY_CHECKED, CounterActionKind.IDENTITY_FAILED),
                now().minus(phoneCheckValidFor));
    }

    private static PhoneIdentity identity(CounterAction check) {
        String names = check.getIdentityChecks();
        Set<PhoneCheck> passed = names == null || names.isEmpty() ? EnumSet.noneOf(PhoneCheck.class)
                : Arrays.stream(names.split(",")).map(PhoneCheck::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PhoneCheck.class)));
        return new PhoneIdentity(check.getId(), check.getActedAt(), check.getAgent(), passed,
                check.getKind() == CounterActionKind.IDENTITY_CHECKED);
    }

    private Actor phoneActor(long personId, String reason) {
        return Actor.agentFor(personId, CurrentStaff.username(), Channel.CALL_CENTRE, reason);
    }

    /** As {@link #record}, through the call centre, naming the identity check relied on (and a verbal commitment). */
    private void recordByPhone(long personId, CounterActionKind kind, Long relationId, Money amount, String reason,
                               long identityCheckId, VerbalCommitment verbal) {
        record(new CounterAction(now(), CurrentStaff.username(), personId, kind, Channel.CALL_CENTRE, relationId,
                amount, reason, null, identityCheckId, verbal == null ? null : verbal.getId()),
                verbal != null ? verbal.getRecipientId() : relativeIn(relationId, personId));
    }

    /** D26: the access log, newest first, for supervisors. Read only: nothing can change or delete an entry. */
    @PreAuthorize(CurrentStaff.SUPERVISOR)
    @Transactional(readOnly = true)
    public Page<AccessLine> accessLog(Pageable page) {
        return accesses.findAllByOrderByAccessedAtDescIdDesc(page).map(access -> {
            Optional<Person> person = people.find(access.getPersonId());
            return new AccessLine(access, person.map(Person::maskedName).orElse(Masking.name(null)),
                    person.map(p -> p.idNumber().masked()).orElse(""),
                    person.map(p -> p.idNumber().value()).orElse(null));
        });
    }

    private CaseFile caseFile(Person person) {
        long id = person.getId();
        return new CaseFile(id, person.idNumber().value(), person.getName(), person.getPhone(), person.getScheme(),
                person.getStatus(), person.region().value(), person.getWalletOpenedAt(),
                ledger.hasAccount(id) ? ledger.balances(id) : null,
                family.asSharer(id).stream().map(r -> line(r, true)).toList(),
                family.asRecipient(id).stream().map(r -> line(r, false)).toList(),
                notifications.latest(id, Pageable.ofSize(LATEST_NOTIFICATIONS)).stream().map(this::line).toList(),
                flags.concerning(id),
                actions.findByPersonIdOrderByIdDesc(id));
    }

    private RelationLine line(Relation r, boolean asSharer) {
        Person relative = people.find(asSharer ? r.getRecipientId() : r.getSharerId()).orElseThrow();
        return new RelationLine(r.getId(), asSharer, relative.maskedName(), relative.idNumber().masked(),
                r.getKinship(), r.getMode(), r.getStatus(), r.getEndReason(),
                r.getConfirmedAt() != null ? r.getConfirmedAt() : r.getRequestedAt(),
                r.getMode() == SharingMode.WALLET ? wallet.summary(r.getId()) : null);
    }

    private NotificationLine line(Notification n) {
        return new NotificationLine(n.getCreatedAt(), n.getKind(),
                n.getOtherPersonId() == null ? null : maskedName(n.getOtherPersonId()),
                n.getAmount() == null ? null : new Money(n.getAmount()),
                n.getUseKind(), n.getReason(), n.getAgent(), n.getChannel(), n.isRead());
    }

    private String counterparty(long personId, LedgerEntry entry) {
        Long other = personId == nullToZero(entry.getSharerId()) ? entry.getRecipientId() : entry.getSharerId();
        return other == null || other == personId ? null : maskedName(other);
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    private String maskedName(long personId) {
        return people.maskedName(personId);
    }

    /** The person, if the signed-in agent opened his case (a logged opening, D26) recently enough. */
    private Person opened(long personId) {
        if (!accesses.existsByAgentAndPersonIdAndAccessedAtGreaterThanEqual(CurrentStaff.username(), personId,
                now().minus(openingValidFor))) {
            throw new RefusedException(Refusal.CASE_NOT_OPENED);
        }
        return people.require(personId);
    }

    private Actor actor(long personId, String reason) {
        return Actor.agentFor(personId, CurrentStaff.username(), Channel.SERVICE_HALL, reason);
    }

    /**
     * Records the action with the agent's reason (D7, D25), tells the citizen it was done for him, by whom and
     * where (P3; the action, not the agent's words, D24), and lets supervision look at the agent's activity (D27).
     */
    /** A counter action at the service hall, the relative named from the relation if there is one. */
    private void record(long personId, CounterActionKind kind, Long relationId, Money amount, String reason,
                        String checker) {
        record(new CounterAction(now(), CurrentStaff.username(), personId, kind, Channel.SERVICE_HALL, relationId,
                amount, reason, checker), relativeIn(relationId, personId));
    }

    /**
     * D7, P3: stores what the agent did, tells the citizen (naming the relative it concerned, if any), and lets
     * supervision count it (D27). The one place every counter and phone action is recorded.
     */
    private void record(CounterAction action, Long relative) {
        actions.save(action);
        notifications.notifyCounterAction(action.getPersonId(), action.getKind().name(), action.getAgent(),
                action.getChannel(), relative, action.getRelationId(), action.getAmount());
        events.publishEvent(new CounterActionTaken(action.getAgent(), action.getPersonId(),
                action.getKind().movesMoney(), action.getActedAt()));
    }

    private Long relativeIn(Long relationId, long personId) {
        return relationId == null ? null : family.find(relationId).map(r -> r.otherParty(personId)).orElse(null);
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new RefusedException(Refusal.REASON_REQUIRED);
        }
        return why;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
