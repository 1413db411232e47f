package org.jointboard.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partnership's retention policy: for each kind of record, how many years it is kept after its period starts. Kinds
 * the partnership has not set keep the deployment's default; no period may be shorter than the deployment's legal
 * minimum for its kind ({@link RetentionProperties}).
 */
@Document("retentionPolicies")
public class RetentionPolicy implements AuditedRecord.OfOnePartnership {

    @Id
    private String partnershipCode;
    @Version
    private Long version;
    private Map<RetentionKind, Integer> years = new EnumMap<>(RetentionKind.class);

    protected RetentionPolicy() {
    }

    static RetentionPolicy defaults(String partnershipCode) {
        var policy = new RetentionPolicy();
        policy.partnershipCode = partnershipCode;
        return policy;
    }

    /** Sets the periods given; the field named in a refusal is {@code rules[i].years}. */
    void set(List<Rule> rules, RetentionProperties limits) {
        var changed = new EnumMap<RetentionKind, Integer>(RetentionKind.class);
        changed.putAll(years);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.kind() == null) {
                throw new RejectedCommand("rules[" + i + "].kind", "Say which kind of record this period is for");
            }
            if (rules.subList(0, i).stream().anyMatch(r -> r.kind() == rule.kind())) {
                throw new RejectedCommand("rules[" + i + "].kind", rule.kind().label() + " is given twice");
            }
            int minimum = limits.minimumYears(rule.kind());
            if (rule.years() < minimum) {
                throw new RejectedCommand("rules[" + i + "].years", rule.kind().label() + " must be kept at least " + minimum
                        + " years (the legal minimum set for this service); " + rule.years() + " is shorter");
            }
            if (rule.years() > RetentionProperties.LONGEST_YEARS) {
                throw new RejectedCommand("rules[" + i + "].years", "Give at most " + RetentionProperties.LONGEST_YEARS + " years");
            }
            changed.put(rule.kind(), rule.years());
        }
        years = changed;
    }

    /** The period for a kind: the partnership's own, or the default; never below the minimum (should that be raised later). */
    public int yearsFor(RetentionKind kind, RetentionProperties limits) {
        return Math.max(years.getOrDefault(kind, limits.defaultYears(kind)), limits.minimumYears(kind));
    }

    public boolean setsOwn(RetentionKind kind) {
        return years.containsKey(kind);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    /** One kind's period, as a command gives it. */
    public record Rule(RetentionKind kind, int years) { }



    @Override
    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Long getVersion() {
        return version;
    }
}
