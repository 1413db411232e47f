package org.jointboard.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

/**
 * A feature that holds personal data: for a subject access export it gives everything it holds about one person,
 * filed under the partnerships given (those of the board admin asking), as stored.
 */
public interface PersonalDataHolder {

    /** The heading of this feature's part of the export, for example {@code "attendance"}. */
    String section();

    List<Document> about(DataSubject subject, Collection<String> partnershipCodes);

    /** The register of people: who a person id names. One feature (partnerships) provides it. */
    interface People {
        Optional<DataSubject> find(String personId);
    }
}
