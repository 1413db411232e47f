package org.jointboard.committee.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jointboard.committee.Meeting;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MeetingRepository extends MongoRepository<Meeting, String> {

    List<Meeting> findByCommitteeIdInAndDateGreaterThanEqualOrderByDateAsc(Collection<String> committeeIds, LocalDate from);

    List<Meeting> findByCommitteeIdInAndDateLessThanOrderByDateDesc(Collection<String> committeeIds, LocalDate before);
}
