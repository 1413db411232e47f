package org.jointboard.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.Document;
import org.jointboard.audit.DataSubject;
import org.jointboard.audit.PersonalDataHolder;
import org.jointboard.audit.RecordDirectory;
import org.jointboard.audit.RetainedRecord;
import org.jointboard.audit.RetentionKind;
import org.jointboard.audit.RetentionParticipant;
import org.jointboard.audit.Snapshots;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Meetings under retention: the whole record goes the policy's years after the meeting ({@link RetentionKind#MEETINGS});
 * before that, the names in it are replaced by "former member" ({@link RetentionKind#ATTENDANCE_NAMES}, see
 * {@link Meeting#removeNames}). Committees and meetings are what a hold may name; memberships and attendance are what a
 * subject access export gathers.
 */
final class CommitteeRetention {

    private CommitteeRetention() {
    }

    private static List<RetainedRecord> meetings(MongoOperations mongo, Snapshots snapshots, Criteria criteria, String partnershipCode) {
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCodes").is(partnershipCode);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("date", "_id")), Meeting.class).stream()
                .map(m -> new RetainedRecord("Meeting", m.getId(), m.getTitle() + " (" + m.getDate() + ")", m.getPartnershipCodes(), m.getDate(), null,
                        Stream.concat(m.getAttendance().stream().map(AttendanceEntry::personId), m.getAgenda().stream().map(AgendaItem::ownerPersonId))
                                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()),
                        snapshots.of(m)))
                .toList();
    }

    @Component
    static class Meetings implements RetentionParticipant, RecordDirectory {

        private final MongoOperations mongo;
        private final Snapshots snapshots;

        Meetings(MongoOperations mongo, Snapshots snapshots) {
            this.mongo = mongo;
            this.snapshots = snapshots;
        }

        @Override
        public RetentionKind kind() {
            return RetentionKind.MEETINGS;
        }

        @Override
        public List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode) {
            return meetings(mongo, snapshots, Criteria.where("date").lte(startedBy), partnershipCode);
        }

        @Override
        public void dispose(List<RetainedRecord> records) {
            mongo.remove(Query.query(Criteria.where("_id").in(records.stream().map(RetainedRecord::id).toList())), Meeting.class);
        }

        @Override
        public Set<String> recordTypes() {
            return Set.of("Committee", "Meeting");
        }

        @Override
        public Optional<Entry> find(String recordType, String id) {
            if (recordType.equals("Committee")) {
                return Optional.ofNullable(mongo.findById(id, Committee.class)).map(c -> new Entry(c.getName(), c.getPartnershipCodes()));
            }
            return Optional.ofNullable(mongo.findById(id, Meeting.class)).map(m -> new Entry(m.getTitle() + " (" + m.getDate() + ")", m.getPartnershipCodes()));
        }
    }

    @Component
    static class AttendanceNames implements RetentionParticipant {

        private final MongoOperations mongo;
        private final Snapshots snapshots;
        private final Clock clock;

        AttendanceNames(MongoOperations mongo, Snapshots snapshots, Clock clock) {
            this.mongo = mongo;
            this.snapshots = snapshots;
            this.clock = clock;
        }

        @Override
        public RetentionKind kind() {
            return RetentionKind.ATTENDANCE_NAMES;
        }

        @Override
        public List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode) {
            return meetings(mongo, snapshots, Criteria.where("date").lte(startedBy).and("namesRemovedOn").isNull(), partnershipCode);
        }

        @Override
        public void dispose(List<RetainedRecord> records) {
            LocalDate today = LocalDate.now(clock);
            for (Meeting meeting : mongo.find(Query.query(Criteria.where("_id").in(records.stream().map(RetainedRecord::id).toList())), Meeting.class)) {
                meeting.removeNames(today);
                mongo.save(meeting);
            }
        }
    }

    @Component
    static class PeopleInMeetings implements PersonalDataHolder {

        private final MongoOperations mongo;

        PeopleInMeetings(MongoOperations mongo) {
            this.mongo = mongo;
        }

        @Override
        public String section() {
            return "attendance";
        }

        @Override
        public List<Document> about(DataSubject subject, Collection<String> partnershipCodes) {
            var query = Query.query(Criteria.where("attendance.personId").is(subject.personId()).and("partnershipCodes").in(partnershipCodes))
                    .with(Sort.by("date"));
            return mongo.find(query, Meeting.class).stream().flatMap(m -> m.getAttendance().stream().filter(e -> subject.personId().equals(e.personId()))
                    .map(e -> new Document("meetingId", m.getId()).append("meeting", m.getTitle()).append("date", m.getDate().toString())
                            .append("status", e.status().name()).append("organisation", e.organisationCode()).append("deputyName", e.deputyName())))
                    .toList();
        }
    }

    @Component
    static class Memberships implements PersonalDataHolder {

        private final MongoOperations mongo;

        Memberships(MongoOperations mongo) {
            this.mongo = mongo;
        }

        @Override
        public String section() {
            return "memberships";
        }

        @Override
        public List<Document> about(DataSubject subject, Collection<String> partnershipCodes) {
            var query = Query.query(Criteria.where("memberships.personId").is(subject.personId()).and("partnershipCodes").in(partnershipCodes));
            return mongo.find(query, Committee.class).stream().flatMap(c -> c.getMemberships().stream().filter(m -> subject.personId().equals(m.personId()))
                    .map(m -> new Document("committeeId", c.getId()).append("committee", c.getName()).append("role", m.role().name())
                            .append("representing", m.representingOrganisationCode()).append("from", String.valueOf(m.startDate()))
                            .append("to", m.endDate() == null ? null : m.endDate().toString())))
                    .toList();
        }
    }
}
