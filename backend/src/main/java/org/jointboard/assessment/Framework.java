package org.jointboard.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jointboard.partnership.Serves;
import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One edition of an assessment framework (Section 11, the schools' s175/s157 audit, an adults' variant): data,
 * not code. A draft may change; a published edition never does, so every return issued on it keeps its meaning.
 * A new edition of the guidance is a new framework document with the same code and the next edition number.
 */
@Document("frameworks")
@CompoundIndex(name = "edition", def = "{'code': 1, 'edition': 1}", unique = true)
public class Framework {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    private String id;
    @Version
    private Long version;
    private String code;
    private int edition;
    private FrameworkContent content;
    private Status status = Status.DRAFT;
    private Instant publishedAt;
    private String publishedBy;
    @Transient
    private Map<String, Question> questionsByCode;

    protected Framework() {
    }

    Framework(String code, int edition, FrameworkContent content) {
        this.code = code;
        this.edition = edition;
        revise(content);
    }

    void revise(FrameworkContent content) {
        if (status == Status.PUBLISHED) {
            throw new RejectedCommand("id", "Edition " + edition + " of " + code
                    + " is published and cannot change: create a new edition instead");
        }
        content.check();
        this.content = content;
        this.questionsByCode = null;
    }

    void publish(Instant at, String by) {
        if (status == Status.PUBLISHED) {
            throw new RejectedCommand("id", "Edition " + edition + " of " + code + " is already published");
        }
        this.status = Status.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Optional<Question> question(String questionCode) {
        if (questionsByCode == null) {
            var map = new LinkedHashMap<String, Question>();
            standards().forEach(s -> s.questions().forEach(q -> map.put(q.code(), q)));
            questionsByCode = map;
        }
        return Optional.ofNullable(questionsByCode.get(questionCode));
    }

    public Stream<Standard> standards() {
        return content.sections().stream().flatMap(section -> section.standards().stream());
    }

    public Optional<Standard> standard(String standardCode) {
        return standards().filter(s -> s.code().equals(standardCode)).findFirst();
    }

    /** The section a question is in. */
    public Optional<FrameworkSection> sectionOf(String questionCode) {
        return content.sections().stream().filter(section -> section.standards().stream().flatMap(s -> s.questions().stream())
                .anyMatch(q -> q.code().equals(questionCode))).findFirst();
    }

    /** The standard a question belongs to. */
    public String standardOf(String questionCode) {
        return standards().filter(s -> s.questions().stream().anyMatch(q -> q.code().equals(questionCode)))
                .map(Standard::code).findFirst().orElseThrow();
    }

    public Optional<RatingLevel> level(String value) {
        return content.ratingScale().stream().filter(l -> l.value().equals(value)).findFirst();
    }

    /** The questions a return must answer before it can be submitted. */
    public List<Question> requiredFor(Serves serves, String establishmentType) {
        return standards().flatMap(s -> s.questions().stream())
                .filter(q -> q.required() && q.appliesTo(serves, establishmentType)).toList();
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public int getEdition() {
        return edition;
    }

    public FrameworkContent getContent() {
        return content;
    }

    public String getTitle() {
        return content.title();
    }

    public String getDescription() {
        return content.description();
    }

    public Serves getServes() {
        return content.serves();
    }

    public java.util.Set<org.jointboard.partnership.OrganisationKind> getOrganisationKinds() {
        return content.organisationKinds();
    }

    public List<RatingLevel> getRatingScale() {
        return content.ratingScale();
    }

    public List<String> getSignOffs() {
        return content.signOffs();
    }

    public List<FrameworkSection> getSections() {
        return content.sections();
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
