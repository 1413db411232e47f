package org.jointboard.ui.assessment;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.jointboard.ui.layout.MyPartnerships;

/** Partnerships' names for the codes the API returns; a code the user does not know stays a code. */
public record PartnershipNames(Map<String, String> byCode) {

    public static PartnershipNames of(MyPartnerships partnerships) {
        return new PartnershipNames(partnerships.list().stream()
                .collect(Collectors.toMap(MyPartnerships.PartnershipName::code, MyPartnerships.PartnershipName::name)));
    }

    public String name(String code) {
        return code == null ? "" : byCode.getOrDefault(code, code);
    }

    public String and(Collection<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining(" and "));
    }
}
