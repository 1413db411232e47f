package org.jointboard.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jointboard.config.EmbeddedMongoConfiguration;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.TestPropertySource;

/**
 * The store rules the services rely on, on the embedded wire-protocol server. A subclass runs the same
 * tests against a real MongoDB in a container where Docker exists.
 */
@DataMongoTest
@Import({ EmbeddedMongoConfiguration.class, PartnershipFixtures.class })
@TestPropertySource(properties = { "jointboard.store.embedded.mode=memory", "spring.data.mongodb.auto-index-creation=true" })
class OrganisationRepositoryTests {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    OrganisationRepository organisations;

    @BeforeEach
    void empty() {
        organisations.deleteAll();
    }

    @Test
    void codesAreUnique() {
        partnershipFixtures.storeAgency("cafcass", "CAFCASS", OrganisationKind.CAFCASS, "wolverhampton");
        assertThatThrownBy(() -> partnershipFixtures.storeAgency("cafcass", "CAFCASS again", OrganisationKind.CAFCASS, "walsall"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(organisations.count()).isEqualTo(1);
    }

    @Test
    void aSaveFromAStaleCopyFailsInsteadOfOverwriting() {
        Organisation stored = partnershipFixtures.storeAgency("cafcass", "CAFCASS", OrganisationKind.CAFCASS, "wolverhampton");
        Organisation first = organisations.findById(stored.getId()).orElseThrow();
        Organisation second = organisations.findById(stored.getId()).orElseThrow();
        organisations.save(first);

        assertThatThrownBy(() -> organisations.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(organisations.findById(stored.getId()).orElseThrow().getVersion()).isEqualTo(1);
    }

    @Test
    void findsSchoolsByUrnExcludingItself() {
        Organisation school = partnershipFixtures.storeSchool("park-primary", "Park Primary", "900001");
        Organisation trust = partnershipFixtures.storeAgency("trust", "Trust", OrganisationKind.NHS_TRUST, "wolverhampton");
        assertThat(organisations.existsBySchoolUrn("900001")).isTrue();
        assertThat(organisations.existsBySchoolUrn("900002")).isFalse();
        assertThat(organisations.existsBySchoolUrnAndIdNot("900001", school.getId())).isFalse();
        assertThat(organisations.existsBySchoolUrnAndIdNot("900001", trust.getId())).isTrue();
    }
}
