package org.jointboard.actionplan.internal;

import java.util.List;

import org.jointboard.actionplan.ActionPlan;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActionPlanRepository extends MongoRepository<ActionPlan, String> {

    List<ActionPlan> findByPartnershipCodeOrderByPeriodStartDescTitleAsc(String partnershipCode);

    java.util.Optional<ActionPlan> findFirstByPartnershipCodeAndKindAndCycleId(String partnershipCode, ActionPlan.Kind kind, String cycleId);
}
