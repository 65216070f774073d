package cn.gongji.portal.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.security.CurrentStaff;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * What staff do with flags (D27): supervisors see and filter them and resolve one with a note; agents see the flags
 * of a case they opened. Roles are checked here as well as on the views.
 */
@Service
@Transactional(readOnly = true)
public class FlagService {

    /** A note long enough to say what was checked; the column holds 1000 characters. */
    static final int MAX_NOTE = 1000;

    private final FlagRepository flags;
    private final FlagResolutionRepository resolutions;
    private final People people;
    private final Clock clock;

    FlagService(FlagRepository flags, FlagResolutionRepository resolutions, People people, Clock clock) {
        this.flags = flags;
        this.resolutions = resolutions;
        this.people = people;
        this.clock = clock;
    }

    /** The flags of a status (and rule, if given), newest first. */
    @PreAuthorize(CurrentStaff.SUPERVISOR)
    public Page<FlagLine> flags(FlagStatus status, FlagRule rule, Pageable page) {
        Page<Flag> found = switch (status) {
            case OPEN -> flags.findOpen(rule, page);
            case RESOLVED -> flags.findResolved(rule, page);
            case ALL -> flags.findAll(rule, page);
        };
        List<FlagLine> lines = lines(found.getContent());
        return found.map(flag -> lines.stream().filter(l -> l.flag().getId().equals(flag.getId())).findFirst()
                .orElseThrow());
    }

    /** The flags about a person, open and resolved, newest first — shown on his case. */
    @PreAuthorize(CurrentStaff.AGENT)
    public List<FlagLine> concerning(long personId) {
        return lines(flags.concerning(personId));
    }

    /** D27: a supervisor resolves an open flag with a note; the flag stays in history with its resolution. */
    @PreAuthorize(CurrentStaff.SUPERVISOR)
    @Transactional
    public FlagLine resolve(long flagId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            throw new RefusedException(Refusal.NOTE_REQUIRED);
        }
        Flag flag = flags.findById(flagId).orElseThrow(() -> new RefusedException(Refusal.FLAG_NOT_FOUND));
        if (resolutions.findByFlagId(flagId).isPresent()) {
            throw new RefusedException(Refusal.FLAG_ALREADY_RESOLVED);
        }
        try {
            resolutions.saveAndFlush(new FlagResolution(flagId, Instant.now(clock), CurrentStaff.username(), text));
        } catch (DataIntegrityViolationException e) {
            // Two supervisors resolving the same flag at the same moment: the unique key let one through.
            throw new RefusedException(Refusal.FLAG_ALREADY_RESOLVED);
        }
        return lines(List.of(flag)).getFirst();
    }

    private List<FlagLine> lines(List<Flag> page) {
        Map<Long, FlagResolution> resolved = resolutions.findByFlagIdIn(page.stream().map(Flag::getId).toList())
                .stream().collect(Collectors.toMap(FlagResolution::getFlagId, Function.identity()));
        return page.stream().map(flag -> {
            Person person = flag.getPersonId() == null ? null : people.find(flag.getPersonId()).orElse(null);
            Person other = flag.getOtherPersonId() == null ? null
                    : people.find(flag.getOtherPersonId()).orElse(null);
            return new FlagLine(flag, resolved.get(flag.getId()),
                    person == null ? Masking.name(null) : person.maskedName(),
                    person == null ? "" : person.idNumber().masked(),
                    person == null ? null : person.idNumber().value(),
                    other == null ? null : other.maskedName());
        }).toList();
    }
}
