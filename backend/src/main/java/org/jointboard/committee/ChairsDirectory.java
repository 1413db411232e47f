package org.jointboard.committee;

import java.time.LocalDate;
import java.util.Optional;

import org.jointboard.notification.Recipients;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who chairs a body, and the partnership's board (its independent chair), for the escalation ladder. */
@Component
class ChairsDirectory implements Recipients.Chairs {

    private final MongoOperations mongo;

    ChairsDirectory(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> chairOf(String bodyId, LocalDate on) {
        return Optional.ofNullable(mongo.findById(bodyId, Committee.class)).flatMap(body -> body.holderOn(MembershipRole.CHAIR, on)).map(Membership::personId);
    }

    @Override
    public Optional<String> independentChairOf(String partnershipCode, LocalDate on) {
        return mongo.find(Query.query(Criteria.where("kind").is(BodyKind.BOARD).and("partnershipCodes").is(partnershipCode)), Committee.class).stream()
                .map(board -> board.holderOn(MembershipRole.CHAIR, on)).flatMap(Optional::stream).map(Membership::personId).findFirst();
    }
}
