package org.jointboard.partnership.internal.demo;

import java.util.List;

import org.jointboard.partnership.DemoOrganisations;
import org.jointboard.partnership.DemoPartnershipsReady;
import org.jointboard.partnership.DemoPeople;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Partnership;
import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.jointboard.partnership.internal.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads the demo partnerships, organisations and people of DOMAIN.md §10 into an empty store, once; a store that
 * already holds any partnership is never touched. Then, if the demo people are there (now or from an earlier start),
 * announces {@link DemoPartnershipsReady} for the other features' demo loaders.
 */
@Component
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class PartnershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnershipDemoData.class);

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final ApplicationEventPublisher events;

    PartnershipDemoData(PartnershipRepository partnerships, OrganisationRepository organisations, PersonRepository people,
            ApplicationEventPublisher events) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (partnerships.count() > 0 || organisations.count() > 0) {
            log.info("Store already holds partnerships: demo partnerships not loaded");
        } else {
            List<Partnership> demoPartnerships = DemoOrganisations.partnerships();
            partnerships.insert(demoPartnerships);
            organisations.insert(DemoOrganisations.organisations());
            people.insert(DemoPeople.people());
            log.info("Loaded demo data: {} partnerships, {} organisations, {} people", demoPartnerships.size(),
                    DemoOrganisations.organisations().size(), DemoPeople.people().size());
        }
        if (people.existsById(DemoPeople.INDEPENDENT_CHAIR)) {
            List<Organisation> stored = organisations.findAll();
            events.publishEvent(new DemoPartnershipsReady(partnerships.findAll(), stored));
        }
    }
}
