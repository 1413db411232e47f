/**
 * Who changed what and when: the audit trail every feature writes to.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "security", "common" })
package org.jointboard.audit;

import org.springframework.modulith.ApplicationModule;
