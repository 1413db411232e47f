package org.jointboard.export;

import static org.jointboard.export.AssessmentTables.label;
import static org.jointboard.export.Table.column;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.risk.Risk;
import org.jointboard.risk.RiskControl;
import org.jointboard.risk.RiskInputs.RiskFilter;
import org.jointboard.risk.RiskRegister;
import org.jointboard.risk.RiskScore;
import org.jointboard.risk.RiskSettings;

import org.springframework.stereotype.Component;

/** The risk register as its page shows it to the caller: scores, controls, the last review and its trend. */
@Component
class RiskTables {

    private final RiskRegister register;
    private final PersonService people;

    RiskTables(RiskRegister register, PersonService people) {
        this.register = register;
        this.people = people;
    }

    List<Table> register(String partnership, boolean includeClosed) {
        RiskSettings settings = register.settings(partnership);
        var filter = new RiskFilter(null, null, null, null, null, includeClosed, null, null);
        Iterable<List<Object>> rows = Pages.of(page -> register.register(partnership, filter, page), page -> rows(page, settings));
        return List.of(new Table("Risk register", List.of(column("Reference", 10), column("Title", 40), column("Category", 20),
                column("Scope", 10), column("Status", 12), column("Owner", 24), column("Cause", 40), column("Event", 40),
                column("Consequence", 40), column("Inherent likelihood", 10), column("Inherent impact", 10), column("Inherent score", 10),
                column("Residual likelihood", 10), column("Residual impact", 10), column("Residual score", 10), column("Residual level", 10),
                column("Appetite", 9), column("Above appetite", 9), column("Target score", 9), column("Target date", 12),
                column("Controls", 60), column("Raised on", 12), column("Last review", 12), column("Next review due", 12),
                column("Trend", 8)), rows));
    }

    private List<List<Object>> rows(List<Risk> page, RiskSettings settings) {
        Map<String, Person> owners = people.byIds(page.stream().map(Risk::getOwnerPersonId).filter(java.util.Objects::nonNull).toList());
        return page.stream().map(risk -> {
            Integer appetite = settings.appetite(risk.getCategory());
            RiskScore inherent = risk.getInherent();
            RiskScore residual = risk.getResidual();
            Person owner = risk.getOwnerPersonId() == null ? null : owners.get(risk.getOwnerPersonId());
            return Arrays.<Object>asList(risk.getReference(), risk.getTitle(), risk.getCategory(),
                    risk.getScope() == null ? null : label(risk.getScope().name()), label(risk.getStatus().name()),
                    owner == null ? null : owner.getName(), risk.getCause(), risk.getEvent(), risk.getConsequence(),
                    inherent == null ? null : inherent.likelihood(), inherent == null ? null : inherent.impact(),
                    inherent == null ? null : inherent.score(), residual.likelihood(), residual.impact(), residual.score(),
                    label(residual.level().name()), appetite, appetite != null && residual.score() > appetite,
                    risk.getTarget() == null ? null : risk.getTarget().score(), risk.getTargetDate(), controls(risk.getControls()),
                    risk.getRaisedOn(), risk.lastReviewedOn(), risk.getNextReviewDue(), label(risk.trend().name()));
        }).toList();
    }

    private static String controls(List<RiskControl> controls) {
        return controls == null ? "" : controls.stream()
                .map(c -> c.description() + (c.effectiveness() == null ? "" : " (" + label(c.effectiveness().name()).toLowerCase(java.util.Locale.ROOT) + ")"))
                .collect(Collectors.joining("; "));
    }
}
