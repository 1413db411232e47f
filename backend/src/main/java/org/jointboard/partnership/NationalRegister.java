package org.jointboard.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Partnerships and organisations built as the partnership feature stores them, for the national-scale data generator
 * (the register import and the services build the same documents one at a time).
 */
public final class NationalRegister {

    private NationalRegister() {
    }

    /** Whether the store has no partnership yet (the generator writes only into an empty store). */
    public static boolean isEmpty(MongoOperations mongo) {
        return mongo.count(new Query(), Partnership.class) == 0;
    }

    /** Stores partnerships, as stored. */
    public static List<Partnership> storePartnerships(MongoOperations mongo, List<Partnership> partnerships) {
        return inBatches(mongo, partnerships);
    }

    /** Stores organisations a thousand at a time, as stored. */
    public static List<Organisation> storeOrganisations(MongoOperations mongo, List<Organisation> organisations) {
        return inBatches(mongo, organisations);
    }

    /** Stores people a thousand at a time, as stored. */
    public static List<Person> storePeople(MongoOperations mongo, List<Person> people) {
        return inBatches(mongo, people);
    }

    /** Someone on a partnership's boards and committees, without a sign-in. */
    public static Person person(String id, String name, String jobTitle, String organisationCode, String partnershipCode) {
        return new Person(id, new PersonDetails(name, jobTitle, organisationCode, null, null, Set.of(partnershipCode)));
    }

    private static <T> List<T> inBatches(MongoOperations mongo, List<T> records) {
        var stored = new ArrayList<T>();
        for (int from = 0; from < records.size(); from += 1000) {
            stored.addAll(mongo.insertAll(records.subList(from, Math.min(records.size(), from + 1000))));
        }
        return stored;
    }

    /** A partnership with a joint board, or a children's and an adults' board. */
    public static Partnership partnership(String code, String name, boolean joint) {
        return new Partnership(code, name, joint ? List.of(new Board(BoardKind.JOINT, name + " Board"))
                : List.of(new Board(BoardKind.CHILDREN, name + " Children Board"), new Board(BoardKind.ADULTS, name + " Adults Board")));
    }

    public static Organisation agency(String code, String name, OrganisationKind kind, Set<String> partnershipCodes) {
        return new Organisation(code, new OrganisationDetails(name, kind, null, partnershipCodes));
    }

    public static Organisation school(String code, String name, String urn, SchoolPhase phase, EstablishmentType type, String partnershipCode) {
        return new Organisation(code, new OrganisationDetails(name, OrganisationKind.SCHOOL, new School(urn, phase, type), Set.of(partnershipCode)));
    }
}
