package org.jointboard.summary;

import org.jointboard.audit.AuditedRecord;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whether a partnership lets its compliance figures count, anonymised, in the median other areas compare themselves
 * with. Off until its business unit turns it on; its figures are never shown under its name to anyone outside it.
 */
@Document("benchmarkSharing")
public class BenchmarkSharing implements AuditedRecord.OfOnePartnership {

    @Id
    private String partnershipCode;
    @Version
    private Long version;
    private boolean shared;

    protected BenchmarkSharing() {
    }

    static BenchmarkSharing notShared(String partnershipCode) {
        var sharing = new BenchmarkSharing();
        sharing.partnershipCode = partnershipCode;
        return sharing;
    }

    void share(boolean shared) {
        this.shared = shared;
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    @Override
    public String getPartnershipCode() {
        return partnershipCode;
    }

    /** 0 for a partnership that never chose (nothing stored yet): setting it then expects version 0, as the first save makes. */
    public Long getVersion() {
        return version == null ? 0L : version;
    }

    public boolean isShared() {
        return shared;
    }
}
