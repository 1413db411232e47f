package org.jointboard.partnership.internal;

import java.util.List;

import org.jointboard.partnership.DemoOrganisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo partnerships and organisations of DOMAIN.md §10 into an empty store, once. A store
 * that already holds any partnership is never touched.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class PartnershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnershipDemoData.class);

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;

    PartnershipDemoData(PartnershipRepository partnerships, OrganisationRepository organisations, PersonRepository people) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (partnerships.count() > 0 || organisations.count() > 0) {
            log.info("Store already holds partnerships: demo data not loaded");
            return;
        }
        List<org.jointboard.partnership.Partnership> demoPartnerships = DemoOrganisations.partnerships();
        partnerships.insert(demoPartnerships);
        organisations.insert(DemoOrganisations.organisations());
        people.insert(org.jointboard.partnership.DemoPeople.people());
        log.info("Loaded demo data: {} partnerships, {} organisations, {} people", demoPartnerships.size(),
                DemoOrganisations.organisations().size(), org.jointboard.partnership.DemoPeople.people().size());
    }
}
