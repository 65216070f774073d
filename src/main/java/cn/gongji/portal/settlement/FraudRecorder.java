package cn.gongji.portal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records suspected fraud in its own transaction: the settlement that revealed it is refused and rolled back,
 * but the record of the attempt must stay (D16, D27).
 */
@Service
public class FraudRecorder {

    private final FraudEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    FraudRecorder(FraudEventRepository events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void impersonation(String institutionCode, String requestId, String patientIdNumber,
                              String cardHolderIdNumber) {
        FraudEvent event = events.save(new FraudEvent(Instant.now(clock), institutionCode, requestId, patientIdNumber,
                cardHolderIdNumber));
        // Supervision raises a flag once this record is committed (D27); the refused settlement does not wait for it.
        publisher.publishEvent(new ImpersonationAttempted(event.getId(), institutionCode, patientIdNumber,
                cardHolderIdNumber));
    }

    @Transactional(readOnly = true)
    public List<FraudEvent> ofPatient(String patientIdNumber) {
        return events.findByPatientIdNumberOrderByIdDesc(patientIdNumber);
    }
}
