package org.jointboard.assessment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jointboard.assessment.AssessmentInputs.CreateFrameworkInput;
import org.jointboard.assessment.AssessmentInputs.PublishFrameworkInput;
import org.jointboard.assessment.AssessmentInputs.UpdateFrameworkInput;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.NotFoundException;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** Assessment frameworks: everyone may read them (a return is answered against one); board admins write and publish editions. */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD','VIEWER')")
public class FrameworkService {

    private final FrameworkRepository frameworks;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(FrameworkRepository frameworks, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /** Every edition, or every edition of one code; newest edition first. */
    public List<Framework> list(String code) {
        Sort order = Sort.by(Sort.Order.asc("code"), Sort.Order.desc("edition"));
        return frameworks.findAll(order).stream().filter(f -> code == null || f.getCode().equals(code)).toList();
    }

    public Framework find(String id) {
        return frameworks.findById(id).orElse(null);
    }

    public Map<String, Framework> byIds(Collection<String> ids) {
        return frameworks.findAllById(ids).stream().collect(Collectors.toMap(Framework::getId, Function.identity()));
    }

    Framework require(String id, String field) {
        return frameworks.findById(id).orElseThrow(() -> new org.jointboard.common.RejectedCommand(field, "There is no framework " + id));
    }

    /** A new draft edition: the first of its code, or the one after the latest. */
    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Framework create(@Valid CreateFrameworkInput input) {
        int edition = frameworks.findFirstByCodeOrderByEditionDesc(input.code()).map(Framework::getEdition).orElse(0) + 1;
        Framework saved = frameworks.insert(new Framework(input.code(), edition, input.framework().toContent()));
        events.publishEvent(new FrameworkChanged("createFramework", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Framework update(@Valid UpdateFrameworkInput input) {
        Framework framework = frameworks.findById(input.id()).orElseThrow(() -> new NotFoundException("Framework", input.id()));
        var before = snapshots.of(framework);
        framework.revise(input.framework().toContent());
        framework.expectVersion(input.version());
        Framework saved = frameworks.save(framework);
        events.publishEvent(new FrameworkChanged("updateFramework", before, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Framework publish(@Valid PublishFrameworkInput input) {
        Framework framework = frameworks.findById(input.id()).orElseThrow(() -> new NotFoundException("Framework", input.id()));
        var before = snapshots.of(framework);
        framework.publish(clock.instant(), currentUsers.current().username());
        framework.expectVersion(input.version());
        Framework saved = frameworks.save(framework);
        events.publishEvent(new FrameworkChanged("publishFramework", before, saved));
        return saved;
    }
}
