package org.jointboard.partnership;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.KeysetPage;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.PartnershipInputs.BoardInput;
import org.jointboard.partnership.PartnershipInputs.CreatePartnershipInput;
import org.jointboard.partnership.PartnershipInputs.PartnershipFilter;
import org.jointboard.partnership.PartnershipInputs.UpdatePartnershipInput;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Partnerships and their boards. Everyone reads the partnerships they work for; board admins create and
 * change partnerships whose code is in their own token.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD','VIEWER')")
public class PartnershipService {

    private static final Sort BY_CODE = Sort.by("code");

    private final PartnershipRepository partnerships;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;

    PartnershipService(PartnershipRepository partnerships, KeysetPage pages, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events) {
        this.partnerships = partnerships;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    public Window<Partnership> page(PartnershipFilter filter, ScrollSubrange subrange) {
        Criteria criteria = Criteria.where("_id").in(currentUsers.current().partnerships());
        criteria = org.jointboard.common.NameSearch.narrow(criteria, filter == null ? null : filter.name(), "filter.name");
        return pages.scroll(Partnership.class, criteria, BY_CODE, subrange);
    }

    /** The partnership, or null if it does not exist or the caller does not work for it. */
    public Partnership find(String code) {
        return currentUsers.current().worksFor(code) ? partnerships.findById(code).orElse(null) : null;
    }

    /** Names of any partnerships, for showing whom an organisation serves: codes and names are public. */
    /**
     * The partnerships with these codes that the caller works for: what a nested field (an organisation's or a
     * body's partnerships) may show, the same as {@code partnership(code)} would.
     */
    public Map<String, Partnership> byCodes(Collection<String> codes) {
        var visible = new HashSet<>(codes);
        visible.retainAll(currentUsers.current().partnerships());
        return anyByCodes(visible);
    }

    /** The partnerships with these codes, whoever asks: for rules that need them, never to show to the caller. */
    public Map<String, Partnership> anyByCodes(Collection<String> codes) {
        return partnerships.findAllById(new HashSet<>(codes)).stream()
                .collect(Collectors.toMap(Partnership::getCode, Function.identity()));
    }

    public boolean exists(String code) {
        return partnerships.existsById(code);
    }

    /** Every code names a partnership, else BAD_REQUEST on {@code partnershipCodes}. */
    public void requireKnown(Collection<String> codes) {
        for (String code : codes) {
            if (!partnerships.existsById(code)) {
                throw new RejectedCommand("partnershipCodes", "There is no partnership with the code " + code);
            }
        }
    }

    /**
     * Every code names a partnership (else BAD_REQUEST on {@code partnershipCodes}) and the caller works for all
     * of them (else FORBIDDEN): what anything an admin files under partnerships must satisfy.
     */
    public void requireOwn(Collection<String> codes) {
        requireKnown(codes);
        if (!currentUsers.current().worksForAll(codes)) {
            throw new AccessDeniedException("Not all of the caller's partnerships");
        }
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Partnership create(@Valid CreatePartnershipInput input) {
        currentUsers.requireWorksFor(input.code());
        if (partnerships.existsById(input.code())) {
            throw new RejectedCommand("code", "A partnership with this code already exists");
        }
        Partnership saved = partnerships.insert(new Partnership(input.code(), input.name().strip(), boards(input.boards())));
        events.publishEvent(new PartnershipChanged("createPartnership", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Partnership update(@Valid UpdatePartnershipInput input) {
        currentUsers.requireWorksFor(input.code());
        Partnership partnership = partnerships.findById(input.code())
                .orElseThrow(() -> new NotFoundException("Partnership", input.code()));
        var before = snapshots.of(partnership);
        partnership.rename(input.name().strip(), boards(input.boards()));
        partnership.expectVersion(input.version());
        Partnership saved = partnerships.save(partnership);
        events.publishEvent(new PartnershipChanged("updatePartnership", before, saved));
        return saved;
    }

    private static List<Board> boards(List<BoardInput> inputs) {
        var kinds = new HashSet<BoardKind>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!kinds.add(inputs.get(i).kind())) {
                throw new RejectedCommand("boards[" + i + "].kind", "A partnership has only one " + inputs.get(i).kind().name().toLowerCase() + " board");
            }
        }
        return inputs.stream().map(BoardInput::toBoard).toList();
    }
}
