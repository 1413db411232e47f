package org.jointboard.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A subject access export: everything JointBoard holds about one person in the partnerships the board admin works for
 * (their record, memberships, attendance, actions they lead, risks they own, the changes they made), as JSON. The
 * export is itself audited, with the counts and the reason, never the data.
 */
@Service
@PreAuthorize("hasRole('BOARD_ADMIN')")
public class SubjectAccess {

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build();

    private final PersonalDataHolder.People people;
    private final List<PersonalDataHolder> holders;
    private final MongoOperations mongo;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectAccess(PersonalDataHolder.People people, List<PersonalDataHolder> holders, MongoOperations mongo, CurrentUsers currentUsers,
            ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.holders = holders;
        this.mongo = mongo;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    public record Export(String personId, String fileName, String json, List<Section> sections) { }

    public record Section(String name, int records) { }

    public Export export(String personId, String reason) {
        CurrentUser admin = currentUsers.current();
        if (reason == null || reason.isBlank()) {
            throw new RejectedCommand("reason", "Say what the export is for (for example the request's reference)");
        }
        DataSubject subject = people.find(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        Set<String> partnerships = new TreeSet<>(subject.partnershipCodes());
        partnerships.retainAll(admin.partnerships());
        if (partnerships.isEmpty()) {
            throw new AccessDeniedException("This person is not in any of the caller's partnerships");
        }
        var content = new Document("person", new Document("id", subject.personId()).append("name", subject.name()).append("email", subject.email())
                .append("username", subject.username()).append("organisation", subject.organisationCode()))
                .append("partnerships", List.copyOf(partnerships)).append("exportedAt", clock.instant().toString()).append("exportedBy", admin.name());
        var sections = new ArrayList<Section>();
        var data = new Document();
        for (PersonalDataHolder holder : holders) {
            List<Document> records = holder.about(subject, partnerships);
            data.append(holder.section(), records);
            sections.add(new Section(holder.section(), records.size()));
        }
        List<Document> changes = changesBy(subject, partnerships);
        data.append("changesMade", changes);
        sections.add(new Section("changesMade", changes.size()));
        content.append("data", data);
        var counts = new Document();
        sections.forEach(s -> counts.append(s.name(), s.records()));
        events.publishEvent(new RetentionChanged.SubjectAccessExported(personId, partnerships,
                new Document("personId", personId).append("records", counts), reason.strip()));
        String fileName = "subject-access-" + personId + "-" + java.time.LocalDate.now(clock) + ".json";
        return new Export(personId, fileName, content.toJson(JSON), sections);
    }

    /** The audit events of changes the person made themselves, in the partnerships asked about. */
    private List<Document> changesBy(DataSubject subject, Set<String> partnerships) {
        if (subject.username() == null) {
            return List.of();
        }
        var query = Query.query(Criteria.where("actorUsername").is(subject.username()).and("partnershipCodes").in(partnerships))
                .with(Sort.by(Sort.Order.asc("at")));
        query.fields().include("at", "action", "entityType", "entityId", "partnershipCodes", "reason");
        return mongo.find(query, Document.class, "auditEvents");
    }
}
