package org.jointboard.ui.partnership;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jointboard.ui.partnership.OrganisationRow.PartnershipRef;

/** What the organisation form edits; becomes a create or update input. */
class OrganisationDraft {

    private String id;
    private int version;
    private String code = "";
    private String name = "";
    private String kind;
    private Set<PartnershipRef> partnerships = new LinkedHashSet<>();
    private String urn = "";
    private String phase;
    private String establishmentType;
    private String localAuthority = "";
    private String headTeacher = "";
    private String dslName = "";
    private String dslEmail = "";

    static OrganisationDraft of(OrganisationRow row) {
        var draft = new OrganisationDraft();
        draft.id = row.id();
        draft.version = row.version();
        draft.code = row.code();
        draft.name = row.name();
        draft.kind = row.kind();
        draft.partnerships = new LinkedHashSet<>(row.partnerships());
        if (row.school() != null) {
            draft.urn = row.school().urn();
            draft.phase = row.school().phase();
            draft.establishmentType = row.school().establishmentType();
            draft.localAuthority = orEmpty(row.school().localAuthority());
            draft.headTeacher = orEmpty(row.school().headTeacher());
            draft.dslName = orEmpty(row.school().dslName());
            draft.dslEmail = orEmpty(row.school().dslEmail());
        }
        return draft;
    }

    boolean isNew() {
        return id == null;
    }

    Map<String, Object> toInput() {
        var input = new HashMap<String, Object>();
        if (isNew()) {
            input.put("code", code == null ? "" : code.strip());
        } else {
            input.put("id", id);
            input.put("version", version);
        }
        input.put("name", name == null ? "" : name);
        input.put("kind", kind);
        input.put("partnershipCodes", partnerships.stream().map(PartnershipRef::code).toList());
        if ("SCHOOL".equals(kind)) {
            var school = new HashMap<String, Object>();
            school.put("urn", urn == null ? "" : urn.strip());
            school.put("phase", phase);
            school.put("establishmentType", establishmentType);
            school.put("localAuthority", localAuthority);
            school.put("headTeacher", headTeacher);
            school.put("dslName", dslName);
            school.put("dslEmail", dslEmail);
            input.put("school", school);
        }
        return input;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    String getLocalAuthority() { return localAuthority; }
    void setLocalAuthority(String value) { this.localAuthority = value; }
    String getHeadTeacher() { return headTeacher; }
    void setHeadTeacher(String value) { this.headTeacher = value; }
    String getDslName() { return dslName; }
    void setDslName(String value) { this.dslName = value; }
    String getDslEmail() { return dslEmail; }
    void setDslEmail(String value) { this.dslEmail = value; }
    String getCode() { return code; }
    void setCode(String code) { this.code = code; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getKind() { return kind; }
    void setKind(String kind) { this.kind = kind; }
    Set<PartnershipRef> getPartnerships() { return partnerships; }
    void setPartnerships(Set<PartnershipRef> partnerships) { this.partnerships = new LinkedHashSet<>(partnerships); }
    String getUrn() { return urn; }
    void setUrn(String urn) { this.urn = urn; }
    String getPhase() { return phase; }
    void setPhase(String phase) { this.phase = phase; }
    String getEstablishmentType() { return establishmentType; }
    void setEstablishmentType(String establishmentType) { this.establishmentType = establishmentType; }
}
