package org.jointboard.committee;

import java.util.List;
import java.util.Map;

import org.jointboard.partnership.PartnershipBoard;
import org.jointboard.partnership.Person;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** A partnership's board (a type of the partnership feature): its body, chair and vice-chair come from this feature. */
@Controller
class BoardGraphQlController {

    private final CommitteeService committees;
    private final org.jointboard.partnership.PersonService people;

    BoardGraphQlController(CommitteeService committees, org.jointboard.partnership.PersonService people) {
        this.committees = committees;
        this.people = people;
    }

    @BatchMapping(typeName = "Board")
    Map<PartnershipBoard, Committee> body(List<PartnershipBoard> boards) {
        var codes = boards.stream().map(PartnershipBoard::partnershipCode).distinct().toList();
        List<Committee> bodies = committees.boards(codes);
        var result = new java.util.HashMap<PartnershipBoard, Committee>();
        for (PartnershipBoard board : boards) {
            bodies.stream().filter(b -> b.getBoardKind() == board.kind() && b.getPartnershipCodes().contains(board.partnershipCode()))
                    .findFirst().ifPresent(body -> result.put(board, body));
        }
        return result;
    }

    @BatchMapping(typeName = "Board")
    Map<PartnershipBoard, Person> chair(List<PartnershipBoard> boards) {
        return holders(boards, MembershipRole.CHAIR);
    }

    @BatchMapping(typeName = "Board")
    Map<PartnershipBoard, Person> viceChair(List<PartnershipBoard> boards) {
        return holders(boards, MembershipRole.VICE_CHAIR);
    }

    private Map<PartnershipBoard, Person> holders(List<PartnershipBoard> boards, MembershipRole role) {
        Map<PartnershipBoard, Committee> bodies = body(boards);
        var holderIds = new java.util.HashMap<PartnershipBoard, String>();
        bodies.forEach((board, body) -> body.holderOn(role, committees.today()).ifPresent(m -> holderIds.put(board, m.personId())));
        Map<String, Person> byId = people.byIds(holderIds.values());
        var result = new java.util.HashMap<PartnershipBoard, Person>();
        holderIds.forEach((board, id) -> {
            if (byId.containsKey(id)) {
                result.put(board, byId.get(id));
            }
        });
        return result;
    }
}
